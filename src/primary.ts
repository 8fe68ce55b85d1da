import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { AppConfig } from './config';

/** What a worker tells the supervisor once it serves. */
export const WORKER_SERVING = 'jian:serving';

/** A worker that dies this soon after it started is not restarted: it would only die again. */
const CRASH_LOOP_MS = 10_000;

/**
 * WEB_CONCURRENCY > 1: this process serves nothing itself. It forks the workers (the first alone,
 * the others once it serves), which listen on
 * the one port (Node's cluster shares it), replaces one that dies, passes SIGINT and SIGTERM on to
 * all, and exits once every worker has stopped, with the worst exit code. Each worker is the whole
 * service (main.ts): they share the database, the embedded PostgreSQL included; the scheduled jobs
 * and webhook deliveries take an advisory lock, so one process does each piece of work.
 */
export function runPrimary(config: AppConfig, logger: Logger): Promise<number> {
  return new Promise((resolve) => {
    let stopping: NodeJS.Signals | undefined;
    let worst = 0;
    const startedAt = new Map<number, number>();

    const fork = (): Worker => {
      const worker = cluster.fork();
      startedAt.set(worker.id, Date.now());
      return worker;
    };

    cluster.on('exit', (worker, code, signal) => {
      const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
      startedAt.delete(worker.id);
      // A worker still starting may be ended by the signal passed on before it handles signals
      // itself: it had served nothing, so that is a clean stop.
      worst = Math.max(worst, code ?? (stopping && signal === stopping ? 0 : 1));
      if (!stopping) {
        if (lived < CRASH_LOOP_MS) {
          logger.error({ pid: worker.process.pid, code, signal }, 'a worker died during its start: stopping the others');
          stop('SIGTERM');
        } else {
          logger.error({ pid: worker.process.pid, code, signal }, 'a worker died: starting another');
          fork();
          return;
        }
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) resolve(stopping === 'SIGINT' && worst === 0 ? 0 : worst);
    });

    const stop = (signal: NodeJS.Signals) => {
      stopping ??= signal;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));

    logger.info({ workers: config.webConcurrency }, `starting ${config.webConcurrency} worker processes (WEB_CONCURRENCY)`);
    // One worker first, the others once it serves: it alone starts the embedded PostgreSQL and
    // migrates, and a service that cannot start (a database out of reach, a bad policy file) says
    // so once, not once per core.
    const first = fork();
    // The worker's own message, not the cluster's 'listening': a worker's check that the port is free listens too.
    first.once('message', (message: unknown) => {
      if (message !== WORKER_SERVING || stopping) return;
      for (let i = 1; i < config.webConcurrency; i++) fork();
    });
  });
}
