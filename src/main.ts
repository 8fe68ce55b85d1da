import 'reflect-metadata';
import { boot } from './app';
import { loadConfig } from './config';
import { createServer } from './server';
import { purgeIdempotentRequests } from './graphql/idempotency';
import { startCloudScheduler } from './modules/cloud/cloud.scheduler';
import { writeAuditCheckpoint } from './audit/audit-checkpoint-writer';

async function main(): Promise<void> {
  const config = loadConfig();
  const booted = await boot(config);
  const server = await createServer(booted.services);
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, resolve));
  console.log(`Ji'an e-gov API: http://localhost:${config.port}/graphql  (GraphiQL: http://localhost:${config.port}/graphiql)`);
  if (booted.embedded) console.log(`Embedded PostgreSQL: data in ${config.dataDir}/pg`);
  // Every process runs the scheduled jobs; the jobs see to it that one process does the work.
  const scheduler = startCloudScheduler(booted.services, config.schedulerIntervalSeconds * 1000);
  const purge = setInterval(() => {
    purgeIdempotentRequests(booted.services).catch((e) => console.error('idempotency purge failed', e));
  }, 3600_000);
  purge.unref();
  const checkpoints = setInterval(() => void writeAuditCheckpoint(booted.services), config.auditCheckpoint.intervalSeconds * 1000);
  checkpoints.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    clearInterval(purge);
    await scheduler.stop();
    await server.stop();
    clearInterval(checkpoints);
    await writeAuditCheckpoint(booted.services);
    await booted.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
