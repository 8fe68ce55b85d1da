import { startPeriodicJob, type PeriodicJob } from '../../jobs/periodic-job';
import type { Logger } from '../../log/logger';
import type { Metrics } from '../../metrics/metrics';
import { exitLateDeployments, type JobRun, type JobServices } from './late-deployment.job';

/** The job's name in the metrics (`jian_job_runs_total{job=…}`). */
export const LATE_DEPLOYMENT_JOB = 'late_deployment_exit';

export type CloudScheduler = PeriodicJob<JobRun>;

/**
 * Runs the cloud's scheduled jobs every `intervalMs` in this process. Every API process may start
 * one: the jobs themselves make sure only one process does the work at a time (advisory lock) and
 * that each tenancy moves once (its row claimed for the run, its version checked).
 */
export function startCloudScheduler(
  services: JobServices & { logger: Logger; metrics?: Metrics },
  intervalMs: number,
  onError: (e: unknown) => void = (err) => services.logger.error({ err, job: LATE_DEPLOYMENT_JOB }, 'scheduled job failed'),
): CloudScheduler {
  return startPeriodicJob({
    name: LATE_DEPLOYMENT_JOB,
    intervalMs,
    run: () => exitLateDeployments(services),
    metrics: services.metrics,
    // A run that changed nothing is only worth a debug line; one that moved tenancies is news.
    onRun: (run) => {
      const line = { job: LATE_DEPLOYMENT_JOB, ran: run.ran, today: run.today, exited: run.exited, skipped: run.skipped };
      if (run.exited.length || run.skipped.length) services.logger.info(line, 'scheduled job ran');
      else services.logger.debug(line, 'scheduled job ran');
    },
    onError,
  });
}
