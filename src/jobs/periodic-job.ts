import type { Metrics } from '../metrics/metrics';

export interface PeriodicJob<R> {
  /** Runs the job now (also what each tick does); a run already in progress is joined, not repeated. */
  runNow(): Promise<R>;
  /** Stops ticking and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs` in this process, never two runs at once here, counted in the job
 * metrics (`jian_job_runs_total{job=name}`, outcome `ran` or `skipped`). Every process may start
 * one: the jobs themselves take an advisory lock, so one process does each piece of work.
 */
export function startPeriodicJob<R extends { ran: boolean }>(job: {
  name: string;
  intervalMs: number;
  run: () => Promise<R>;
  metrics?: Metrics;
  onRun: (result: R) => void;
  onError: (e: unknown) => void;
}): PeriodicJob<R> {
  let running: Promise<R> | undefined;
  let stopped = false;
  const runNow = () => {
    running ??= (job.metrics ? job.metrics.trackJob(job.name, job.run, (r) => (r.ran ? 'ran' : 'skipped')) : job.run()).finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped && !running) runNow().then(job.onRun, job.onError);
  }, job.intervalMs);
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
