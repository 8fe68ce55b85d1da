import { performance } from 'node:perf_hooks';

/** One request of a page to one side: its URL, method, headers and body, made once and sent many times. */
export interface Target {
  name: string;
  url: string;
  init: RequestInit;
}

export interface Measurement {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** The first error seen, to say what went wrong. */
  firstError?: string;
}

/** A request still unanswered after this long counts as failed (and the run goes on). */
export const REQUEST_TIMEOUT_MS = 120_000;

/** A response counts as served when it is 200 with data and no GraphQL error. */
function failure(status: number, text: string): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
  if (!text.startsWith('{"data":') || text.includes('"errors":')) return text.slice(0, 300);
  return undefined;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * `concurrency` clients, each sending the next request when the last one's answer has arrived,
 * for `seconds`; the requests in flight then are waited for (so `seconds` of the result is the time
 * until the last answer) and count, with the time they queued. Loopback only, bounded in time.
 */
export async function measure(target: Target, seconds: number, concurrency: number): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        let problem: string | undefined;
        try {
          const res = await fetch(target.url, { ...target.init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          problem = failure(res.status, await res.text());
        } catch (e) {
          problem = (e as Error).message;
        }
        latencies.push(performance.now() - t);
        if (problem) {
          errors += 1;
          firstError ??= problem;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    firstError,
  };
}

export async function fetchJson(target: Target): Promise<any> {
  const res = await fetch(target.url, { ...target.init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const text = await res.text();
  const problem = failure(res.status, text);
  if (problem) throw new Error(`${target.name} answered ${problem}`);
  return (JSON.parse(text) as { data: unknown }).data;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
