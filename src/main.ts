import 'reflect-metadata';
import cluster from 'node:cluster';
import net from 'node:net';
import { boot, StartupError, type Booted } from './app';
import { loadConfig } from './config';
import { createServer, type RunningServer } from './server';
import { purgeIdempotentRequests } from './graphql/idempotency';
import { startCloudScheduler, type CloudScheduler } from './modules/cloud/cloud.scheduler';
import { startDeliveryScheduler, type DeliveryScheduler } from './events/delivery.scheduler';
import { writeAuditCheckpoint } from './audit/audit-checkpoint-writer';
import { createLogger } from './log/logger';
import { runPrimary, WORKER_SERVING } from './primary';

/** Time past the request bound for the rest of the shutdown (hooks, ORM, PostgreSQL) before the process gives up on it. */
const SHUTDOWN_MARGIN_MS = 10_000;

function listenError(host: string, port: number, e: NodeJS.ErrnoException): Error {
  if (e.code === 'EADDRINUSE') return new StartupError(`Port ${port} is already in use on ${host} (PORT, HOST): another process listens there`);
  if (e.code === 'EACCES') return new StartupError(`Port ${port} may not be opened by this user (PORT)`);
  if (e.code === 'EADDRNOTAVAIL') return new StartupError(`${host} is not an address of this machine (HOST)`);
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return new StartupError(`${host} does not resolve to an address (HOST)`);
  return e;
}

/** Fails fast on a busy port, before the database is opened and migrated; probes the address the server will listen on. */
async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return; // a free port is picked at listen
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (e) => reject(listenError(host, port, e)));
    probe.listen(port, host, resolve);
  });
  await new Promise((resolve) => probe.close(resolve));
}

function listen(server: RunningServer, host: string, port: number): Promise<net.AddressInfo> {
  return new Promise((resolve, reject) => {
    server.httpServer.once('error', (e) => reject(listenError(host, port, e)));
    server.httpServer.listen(port, host, () => resolve(server.httpServer.address() as net.AddressInfo));
  });
}

/** The base URL of the address really bound (the port PORT=0 picked, an IPv6 address in brackets). */
function baseUrl({ address, family, port }: net.AddressInfo): string {
  return `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.log, { production: config.production });
  if (cluster.isPrimary && config.webConcurrency > 1) {
    await checkPortFree(config.host, config.port);
    process.exit(await runPrimary(config, logger));
  }
  let booted: Booted | undefined;
  let server: RunningServer | undefined;
  let scheduler: CloudScheduler | undefined;
  let delivery: DeliveryScheduler | undefined;
  let purge: NodeJS.Timeout | undefined;
  let ready = false;
  let signalled: string | undefined;
  let signalledAt = 0;

  const shutdown = async (signal: string) => {
    logger.info({ signal }, `${signal}: stopping (requests in flight get ${config.shutdownTimeoutSeconds} s)`);
    const watchdog = setTimeout(() => {
      logger.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, config.shutdownTimeoutSeconds * 1000 + SHUTDOWN_MARGIN_MS);
    watchdog.unref();
    try {
      clearInterval(purge);
      // No new connections; requests in flight finish or are cut at the bound; no new job starts.
      await Promise.all([server!.stop(), scheduler!.stop(), delivery?.stop()]);
      // Then the hooks registered with booted.onShutdown (the audit checkpoint), the ORM, and the
      // embedded PostgreSQL when no other process uses it.
      await booted!.shutdown();
    } catch (e) {
      logger.error({ err: e }, 'shutdown failed');
      process.exit(1);
    }
    process.exit(0);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      // Ctrl-C under `npm start` arrives twice at once, from the terminal and forwarded by npm.
      if (Date.now() - signalledAt < 1000) return;
      // A second signal: whoever sent it does not want to wait.
      logger.warn({ signal }, `${signal} again: exiting without finishing the shutdown`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    signalled = signal;
    signalledAt = Date.now();
    // While booting, main() shuts down as soon as the boot is done.
    if (ready) void shutdown(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  await checkPortFree(config.host, config.port);
  booted = await boot(config, { logger });
  let bound: net.AddressInfo;
  try {
    server = await createServer(booted.services);
    bound = await listen(server, config.host, config.port);
  } catch (e) {
    await server?.stop().catch(() => undefined);
    await booted.shutdown().catch(() => undefined);
    throw e;
  }
  const url = baseUrl(bound);
  const everyInterface = ['0.0.0.0', '::'].includes(bound.address);
  logger.info(
    { host: bound.address, port: bound.port },
    `Ji'an e-gov API: ${url}/graphql  (GraphiQL: ${url}/graphiql)${everyInterface ? ' on every interface' : ''}`,
  );
  if (isLoopback(bound.address) && (config.databaseUrl || config.production)) {
    // A server deployment that forgot HOST: say why nobody else reaches it.
    logger.warn('Listening on loopback only: set HOST (e.g. 0.0.0.0) to serve other hosts');
  }
  const { embedded } = booted;
  if (embedded) {
    logger.info(
      { dataDir: `${config.dataDir}/pg`, postgresPort: embedded.port, postgresPid: embedded.pid },
      `Embedded PostgreSQL: data in ${config.dataDir}/pg, port ${embedded.port}, ${embedded.started ? 'started' : 'already running'} (pid ${embedded.pid})`,
    );
  }
  // Every process runs the scheduled jobs; the jobs see to it that one process does the work.
  scheduler = startCloudScheduler(booted.services, config.schedulerIntervalSeconds * 1000);
  const services = booted.services;
  // Webhook deliveries (WEBHOOK_DELIVERY=false: this process leaves them to the others).
  if (config.webhooks.enabled) delivery = startDeliveryScheduler(services, config.webhooks.pollIntervalSeconds * 1000);
  purge = setInterval(() => {
    services.metrics!.trackJob('idempotency_purge', () => purgeIdempotentRequests(services)).catch((err) => logger.error({ err }, 'idempotency purge failed'));
  }, 3600_000);
  purge.unref();
  const checkpoint = () => services.metrics!.trackJob('audit_checkpoint', () => writeAuditCheckpoint(services), (r) => r.status);
  const checkpoints = setInterval(() => void checkpoint(), config.auditCheckpoint.intervalSeconds * 1000);
  checkpoints.unref();
  // Shutdown work that needs the database registers with booted.onShutdown: it runs after serving
  // and the scheduler stopped, before the ORM closes. The last checkpoint covers the last requests.
  booted.onShutdown(async () => {
    clearInterval(checkpoints);
    await checkpoint();
  });
  ready = true;
  // The supervisor starts the other workers once the first serves (primary.ts).
  if (cluster.isWorker) process.send?.(WORKER_SERVING);
  if (signalled) await shutdown(signalled);
}

main().catch((e) => {
  // One line, no stack: a startup failure is a message for whoever started the service.
  const message = e instanceof Error ? e.message : String(e);
  console.error(`Ji'an e-gov API did not start: ${message.replace(/\s*\n\s*/g, ' ')}`);
  process.exit(1);
});
