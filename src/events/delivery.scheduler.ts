import type { Logger } from '../log/logger';
import { deliverWebhooks, type DeliveryRun, type DeliveryServices } from './delivery.worker';

/** The worker's name in the job metrics (`jian_job_runs_total{job=…}`). */
export const WEBHOOK_DELIVERY_JOB = 'webhook_delivery';

export interface DeliveryScheduler {
  runNow(): Promise<DeliveryRun>;
  /** Stops polling and waits for a run in progress (its posts are bounded by the timeout). */
  stop(): Promise<void>;
}

/**
 * Runs the delivery worker every `intervalMs` in this process; every process may start one (the
 * worker's lock and leases let one process at a time claim each delivery). A run never overlaps
 * the previous one in the same process.
 */
export function startDeliveryScheduler(services: DeliveryServices & { logger: Logger }, intervalMs: number): DeliveryScheduler {
  let running: Promise<DeliveryRun> | undefined;
  let stopped = false;
  const runNow = () => {
    const run = () => deliverWebhooks(services);
    running ??= (services.metrics ? services.metrics.trackJob(WEBHOOK_DELIVERY_JOB, run, (r) => (r.ran ? 'ran' : 'skipped')) : run()).finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (stopped || running) return;
    runNow().then(
      (r) => {
        const line = { job: WEBHOOK_DELIVERY_JOB, ...r };
        if (r.delivered || r.retried || r.failed || r.skipped) services.logger.info(line, 'webhook deliveries');
      },
      (err) => services.logger.error({ err, job: WEBHOOK_DELIVERY_JOB }, 'webhook delivery failed'),
    );
  }, intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
