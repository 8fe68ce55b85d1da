import { startPeriodicJob, type PeriodicJob } from '../jobs/periodic-job';
import type { Logger } from '../log/logger';
import { deliverWebhooks, type DeliveryRun, type DeliveryServices } from './delivery.worker';

/** The worker's name in the job metrics (`jian_job_runs_total{job=…}`). */
export const WEBHOOK_DELIVERY_JOB = 'webhook_delivery';

export type DeliveryScheduler = PeriodicJob<DeliveryRun>;

/**
 * Runs the delivery worker every `intervalMs` in this process; every process may start one (the
 * worker's lock and leases let one process at a time claim each delivery).
 */
export function startDeliveryScheduler(services: DeliveryServices & { logger: Logger }, intervalMs: number): DeliveryScheduler {
  return startPeriodicJob({
    name: WEBHOOK_DELIVERY_JOB,
    intervalMs,
    run: () => deliverWebhooks(services),
    metrics: services.metrics,
    onRun: (r) => {
      if (r.delivered || r.retried || r.failed || r.skipped) services.logger.info({ job: WEBHOOK_DELIVERY_JOB, ...r }, 'webhook deliveries');
    },
    onError: (err) => services.logger.error({ err, job: WEBHOOK_DELIVERY_JOB }, 'webhook delivery failed'),
  });
}
