import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { listCheckpoints, readCheckpoint, trustedCheckpointKeys } from '../audit/audit-checkpoint';
import { nextYearCoverage } from '../calendar/calendar-coverage';
import { todayOf, type Clock } from '../calendar/clock';
import type { AppConfig } from '../config';

/** What the gauges read when scraped: the service as it is then (tests move its clock). */
export interface MetricsSources {
  config: AppConfig;
  orm: MikroORM;
  readOrm: MikroORM;
  clock?: Clock;
}

/** Distinct operation labels kept; any further one is counted as `(other)`, so no caller can grow the series. */
export const MAX_OPERATION_LABELS = 200;
export const OTHER_OPERATION = '(other)';

/** Codes are the service's own upper-case words; anything else is not a label value. */
const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;
export function codeLabel(code: unknown): string {
  return typeof code === 'string' && CODE.test(code) ? code : 'OTHER';
}

/** Outcomes of a job run that are not a success (`refused`: the audit checkpoint writer found the chain contradicting it). */
const FAILED_OUTCOMES = new Set(['failed', 'refused']);

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Process metrics (CPU, memory, event loop, GC) belong to the process, not to one server in it. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

type KnexPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number; numPendingCreates(): number; max: number };

/** The tarn pool under MikroORM's knex client; undefined once the ORM is closed. */
function poolOf(orm: MikroORM): KnexPool | undefined {
  const client = (orm.em.getConnection().getKnex() as unknown as { client?: { pool?: KnexPool } }).client;
  return client?.pool;
}

/**
 * The service's metrics, in one registry: what requests, refusals and jobs did (counted as they
 * happen) and what the pools, the audit checkpoints and the calendar are (read when scraped).
 * Label values come from the schema, the code and the policies only, never from a caller.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly graphqlRequests: Counter<'operation' | 'type' | 'outcome'>;
  private readonly graphqlDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly refusals: Counter<'rule' | 'code'>;
  private readonly httpResponses: Counter<'route' | 'status'>;
  private readonly jobRuns: Counter<'job' | 'outcome'>;
  private readonly jobDuration: Histogram<'job'>;
  private readonly jobLastSuccess: Gauge<'job'>;
  private readonly webhookDeliveries: Counter<'outcome'>;
  /** The first refusal code of each request (keyed by its context), for the request's outcome. */
  private readonly operationLabels = new Set<string>();
  /** The newest checkpoint file read, so a scrape verifies a signature only when a new one appears. */
  private checkpointSeen?: { file: string; found?: { keyId: string; signedAt: number } };

  constructor(private readonly sources: MetricsSources) {
    const registers = [this.registry];
    this.graphqlRequests = new Counter({
      name: 'jian_graphql_requests_total',
      help: 'GraphQL requests by root field(s), operation type and outcome (OK or the first error code)',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'jian_graphql_request_duration_seconds',
      help: 'Time from the start of GraphQL processing to the response, by root field(s), type and outcome',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.refusals = new Counter({
      name: 'jian_refusals_total',
      help: 'Mutations refused, by the rule ID and code of each problem (a refusal citing several rules counts under each)',
      labelNames: ['rule', 'code'],
      registers,
    });
    this.httpResponses = new Counter({
      name: 'jian_http_responses_total',
      help: 'HTTP responses by route and status',
      labelNames: ['route', 'status'],
      registers,
    });
    this.jobRuns = new Counter({
      name: 'jian_job_runs_total',
      help: 'Scheduled job runs by outcome (ran; skipped: another process ran it; failed; or the job’s own status)',
      labelNames: ['job', 'outcome'],
      registers,
    });
    this.jobDuration = new Histogram({ name: 'jian_job_duration_seconds', help: 'Duration of scheduled job runs', labelNames: ['job'], buckets: LATENCY_BUCKETS, registers });
    this.jobLastSuccess = new Gauge({ name: 'jian_job_last_success_timestamp_seconds', help: 'When each job last finished without failing (Unix time)', labelNames: ['job'], registers });

    this.webhookDeliveries = new Counter({
      name: 'jian_webhook_deliveries_total',
      help: 'Webhook deliveries by outcome: delivered; retry (an attempt failed, another is due); failed (no attempt left); skipped (the identity may not read the subject)',
      labelNames: ['outcome'],
      registers,
    });

    const pools = () => {
      const { orm, readOrm } = this.sources;
      return readOrm === orm ? [['primary', orm] as const] : [['primary', orm] as const, ['read', readOrm] as const];
    };
    new Gauge({
      name: 'jian_db_pool_connections',
      help: 'Database pool connections by pool (primary, read) and state (used, free)',
      labelNames: ['pool', 'state'],
      registers,
      collect() {
        this.reset();
        for (const [name, orm] of pools()) {
          const pool = poolOf(orm);
          if (!pool) continue;
          this.set({ pool: name, state: 'used' }, pool.numUsed());
          this.set({ pool: name, state: 'free' }, pool.numFree());
        }
      },
    });
    // One gauge per pool figure, each read from the pool when scraped.
    const poolGauge = (name: string, help: string, read: (pool: KnexPool) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['pool'],
        registers,
        collect() {
          this.reset();
          for (const [label, orm] of pools()) {
            const pool = poolOf(orm);
            if (pool) this.set({ pool: label }, read(pool));
          }
        },
      });
    poolGauge('jian_db_pool_pending_acquires', 'Requests waiting for a database connection now, by pool', (p) => p.numPendingAcquires());
    poolGauge('jian_db_pool_pending_creates', 'Database connections being opened now, by pool', (p) => p.numPendingCreates());
    poolGauge('jian_db_pool_max', 'Largest size of each database pool', (p) => p.max);
    const newestCheckpoint = () => this.newestCheckpoint();
    new Gauge({
      name: 'jian_audit_checkpoint_age_seconds',
      help: 'Seconds since the newest valid audit checkpoint was signed, by the key that signed it; absent while there is none',
      labelNames: ['key_id'],
      registers,
      collect() {
        this.reset();
        try {
          const newest = newestCheckpoint();
          // Checkpoints are signed at wall time, so their age is read on the wall clock too.
          if (newest) this.set({ key_id: newest.keyId }, Math.max(0, (Date.now() - newest.signedAt) / 1000));
        } catch {
          // An unreadable directory: no value (an alert on its absence catches it).
        }
      },
    });
    new Gauge({
      name: 'jian_calendar_next_year_missing',
      help: 'From November 1 (Asia/Shanghai): 1 while next year’s official working calendar is missing, else 0',
      labelNames: ['year'],
      registers,
      async collect() {
        this.reset();
        try {
          const coverage = await nextYearCoverage(sources.orm.em.fork(), todayOf(sources.clock));
          this.set({ year: String(coverage.year) }, coverage.warning ? 1 : 0);
        } catch {
          // The database does not answer: no value rather than a wrong one (readiness says why).
        }
      },
    });
  }

  /** The label of an operation's root field(s); names past the cap share one label. */
  operationLabel(name: string): string {
    if (this.operationLabels.has(name)) return name;
    if (this.operationLabels.size >= MAX_OPERATION_LABELS) return OTHER_OPERATION;
    this.operationLabels.add(name);
    return name;
  }

  graphqlRequest(operation: string, type: string, outcome: string, seconds?: number): void {
    const labels = { operation, type, outcome };
    this.graphqlRequests.inc(labels);
    if (seconds !== undefined) this.graphqlDuration.observe(labels, seconds);
  }

  /** A mutation refused (policy, gate, input, conflict): counted once per rule and code. */
  refused(problems: readonly { code: string; rule?: string }[]): void {
    const seen = new Set<string>();
    for (const p of problems) {
      const rule = p.rule ?? 'none';
      const key = `${rule}\u0000${p.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.refusals.inc({ rule, code: codeLabel(p.code) });
    }
  }

  /** One delivery attempt's outcome (or a delivery skipped without an attempt). */
  webhookDelivery(outcome: 'delivered' | 'retry' | 'failed' | 'skipped'): void {
    this.webhookDeliveries.inc({ outcome });
  }

  httpResponse(route: string, status: number): void {
    this.httpResponses.inc({ route, status: String(status) });
  }

  /**
   * Runs one scheduled job and records it: `outcomeOf` names the outcome of a run that returned
   * (e.g. `skipped` when another process held the job's lock), a throw is `failed` and is rethrown.
   */
  async trackJob<T>(job: string, run: () => Promise<T>, outcomeOf: (result: T) => string = () => 'ran'): Promise<T> {
    const end = this.jobDuration.startTimer({ job });
    try {
      const result = await run();
      const outcome = outcomeOf(result);
      this.jobRuns.inc({ job, outcome });
      if (!FAILED_OUTCOMES.has(outcome)) this.jobLastSuccess.set({ job }, Date.now() / 1000);
      return result;
    } catch (e) {
      this.jobRuns.inc({ job, outcome: 'failed' });
      throw e;
    } finally {
      end();
    }
  }

  /** The newest checkpoint whose signature verifies (an unsigned or forged file does not count). */
  private newestCheckpoint(): { keyId: string; signedAt: number } | undefined {
    const { dir } = this.sources.config.auditCheckpoint;
    const { entries } = listCheckpoints(dir);
    const newest = entries.at(-1);
    if (!newest) return undefined;
    if (this.checkpointSeen?.file !== newest.file) {
      const trusted = trustedCheckpointKeys(this.sources.config.auditCheckpoint);
      let found: { keyId: string; signedAt: number } | undefined;
      // A handful back is enough: the writer signs only over a valid newest checkpoint.
      for (let i = entries.length - 1; i >= Math.max(0, entries.length - 5) && !found; i--) {
        const reading = readCheckpoint(dir, entries[i], trusted);
        if (reading.valid) found = { keyId: reading.checkpoint.keyId, signedAt: Date.parse(reading.checkpoint.signedAt) };
      }
      this.checkpointSeen = { file: newest.file, found };
    }
    return this.checkpointSeen.found;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text: the service's metrics, then (when configured) the process's. */
  async text(): Promise<string> {
    const own = await this.registry.metrics();
    return this.sources.config.metrics.processMetrics ? own + (await processMetrics().metrics()) : own;
  }
}
