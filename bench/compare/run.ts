import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { boot, type Booted } from '../../src/app';
import { loadConfig, type AppConfig } from '../../src/config';
import { mintLocalToken } from '../../src/identity/token-verifier';
import { servingNodeFlags } from '../node-flags';
import { fetchJson, measure, type Measurement, type Target } from './load';
import {
  API_AUDIT_PAGE,
  API_COUNTY_PAGE,
  canonicalAuditFromApi,
  canonicalAuditFromPostGraphile,
  canonicalAuditFromSql,
  canonicalFromApi,
  canonicalFromPostGraphile,
  canonicalFromSql,
  firstDifference,
  POSTGRAPHILE_AUDIT_PAGE,
  POSTGRAPHILE_COUNTY_PAGE,
} from './pages';
import { installRls } from './rls';
import { seedCompareData, type SeedSummary } from './seed';
import type { FromParent, ToParent } from './server';
import { LABEL, SIDES, writeSection, type RoundResult, type Side, type StatementCounts } from './results';

/**
 * `npm run bench:compare`: the API beside PostGraphile v4 (row-level security doing the policy
 * filter) and a raw-SQL handler (one statement builds the page's JSON), on one PostgreSQL with one
 * data set. Checks that the three answer the same rows, then measures them in interleaved rounds,
 * counts the API's SQL statements per request at page sizes 1, 10 and 100, and loads the API's
 * county page with many clients. Figures go to bench/RESULTS.md (BENCH_WRITE=0: printed only).
 */
const env = (name: string, fallback: number) => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, got "${v}"`);
  return n;
};
const SETTINGS = {
  projects: env('BENCH_PROJECTS', 2400),
  auditEvents: env('BENCH_AUDIT_EVENTS', 30_000),
  rounds: env('BENCH_ROUNDS', 3),
  seconds: env('BENCH_SECONDS', 8),
  warmupSeconds: env('BENCH_WARMUP_SECONDS', 3),
  concurrency: env('BENCH_CONCURRENCY', 16),
  loadClients: env('BENCH_LOAD_CLIENTS', 200),
  loadSeconds: env('BENCH_LOAD_SECONDS', 20),
  statementRequests: env('BENCH_STATEMENT_REQUESTS', 5),
  countyPage: env('BENCH_COUNTY_PAGE', 20),
  auditPage: env('BENCH_AUDIT_PAGE', 50),
  /**
   * The API's worker processes: one, like for like with the other sides (each one process); the
   * API serves with one per core by default (WEB_CONCURRENCY), which BENCH_API_WORKERS can measure.
   */
  apiWorkers: env('BENCH_API_WORKERS', 1),
};
/** The API's GRAPHQL_MAX_COST: its default unless BENCH_API_MAX_COST says otherwise (the county page of 100 is within it). */
const API_MAX_COST = process.env.BENCH_API_MAX_COST ?? '';
const COUNTY_USER = process.env.BENCH_COUNTY_USER ?? 'taihe.gov';
const AUDIT_USER = process.env.BENCH_AUDIT_USER ?? 'audit.auditor';

const log = (...args: unknown[]) => console.log(...args);
const START_TIMEOUT_MS = 180_000;

interface Child {
  side: Side;
  process: ChildProcess;
  port: number;
  /** The next message of the given shape. */
  next<T extends ToParent>(has: (m: ToParent) => m is T): Promise<T>;
}

function startChild(side: Side, extraEnv: NodeJS.ProcessEnv, children: Child[]): Promise<Child> {
  const proc = fork(path.join(__dirname, 'server.js'), [side], {
    env: { ...process.env, ...extraEnv },
    execArgv: [...process.execArgv, ...servingNodeFlags()],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: { has: (m: ToParent) => boolean; resolve: (m: ToParent) => void; reject: (e: Error) => void }[] = [];
  const exited = new Promise<never>((_, reject) => proc.once('exit', (code) => reject(new Error(`The ${LABEL[side]} server exited (${code})`))));
  exited.catch(() => undefined);
  proc.on('message', (m: ToParent) => {
    const i = waiting.findIndex((w) => w.has(m));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(m);
    if ('error' in m) for (const w of waiting.splice(0)) w.reject(new Error(`${LABEL[side]}: ${m.error}`));
  });
  proc.once('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`The ${LABEL[side]} server exited (${code})`));
  });
  const next = <T extends ToParent>(has: (m: ToParent) => m is T) =>
    new Promise<T>((resolve, reject) => waiting.push({ has, resolve: resolve as (m: ToParent) => void, reject }));
  const child: Child = { side, process: proc, port: 0, next };
  children.push(child);
  return Promise.race([
    next((m): m is { ready: true; port: number } => 'ready' in m).then((m) => {
      child.port = m.port;
      return child;
    }),
    next((m): m is { error: string } => 'error' in m).then((m) => Promise.reject(new Error(`${LABEL[side]} did not start: ${m.error}`))),
    exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${LABEL[side]} did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS).unref()),
  ]);
}

async function stopChild(child: Child): Promise<void> {
  const proc = child.process;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise<void>((r) => proc.once('exit', () => r()));
  try {
    proc.send({ cmd: 'stop' } satisfies FromParent);
  } catch {
    proc.kill('SIGTERM');
  }
  const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}

/** pg_stat_statements when the server preloads it (the embedded one is restarted with it). */
async function statementStats(db: pg.Client): Promise<boolean> {
  const preload = (await db.query<{ shared_preload_libraries: string }>('show shared_preload_libraries')).rows[0].shared_preload_libraries;
  if (!preload.split(',').map((s) => s.trim()).includes('pg_stat_statements')) return false;
  await db.query('create extension if not exists pg_stat_statements');
  // Planning is counted too (off by default): a statement planned on every request pays it each time.
  if ((await db.query<{ on: string }>(`select current_setting('pg_stat_statements.track_planning') as on`)).rows[0].on !== 'on') {
    await db.query('alter system set pg_stat_statements.track_planning = on').catch(() => log('pg_stat_statements.track_planning could not be set: planning time is not counted'));
    await db.query('select pg_reload_conf()');
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

async function preloadStatementStats(booted: Booted, config: AppConfig): Promise<Booted> {
  if (!booted.embedded) return booted;
  const db = new pg.Client({ connectionString: booted.embedded.url });
  await db.connect();
  try {
    const preload = (await db.query<{ s: string }>('select current_setting($1) as s', ['shared_preload_libraries'])).rows[0].s;
    if (preload.includes('pg_stat_statements')) return booted;
    await db.query("alter system set shared_preload_libraries = 'pg_stat_statements'");
  } finally {
    await db.end();
  }
  log('restarting the embedded PostgreSQL with pg_stat_statements');
  await booted.shutdown();
  return boot(config, { migrate: false, seed: false });
}

interface Pages {
  county: Record<Side, (first: number) => Target>;
  audit: Record<Side, (first: number) => Target>;
}

function pages(children: Record<Side, Child>, tokens: { county: string; audit: string }, range: { from: string; before: string }): Pages {
  const gql = (side: Side, token: string, query: string, variables: object): Target => ({
    name: LABEL[side],
    url: `http://127.0.0.1:${children[side].port}/graphql`,
    init: { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) },
  });
  const get = (token: string, pathAndQuery: string): Target => ({
    name: LABEL.sql,
    url: `http://127.0.0.1:${children.sql.port}${pathAndQuery}`,
    init: { method: 'GET', headers: { authorization: `Bearer ${token}` } },
  });
  const q = new URLSearchParams(range).toString();
  return {
    county: {
      api: (first) => gql('api', tokens.county, API_COUNTY_PAGE, { first }),
      postgraphile: (first) => gql('postgraphile', tokens.county, POSTGRAPHILE_COUNTY_PAGE, { first }),
      sql: (first) => get(tokens.county, `/county?first=${first}`),
    },
    audit: {
      api: (first) => gql('api', tokens.audit, API_AUDIT_PAGE, { first, ...range }),
      postgraphile: (first) => gql('postgraphile', tokens.audit, POSTGRAPHILE_AUDIT_PAGE, { first, ...range }),
      sql: (first) => get(tokens.audit, `/audit?first=${first}&${q}`),
    },
  };
}

/** Every side answers the same rows, in the same order, or the run stops here. */
async function checkEqual(p: Pages, countyFirst: number, auditFirst: number) {
  const county = {
    api: canonicalFromApi(await fetchJson(p.county.api(countyFirst))),
    postgraphile: canonicalFromPostGraphile(await fetchJson(p.county.postgraphile(countyFirst))),
    sql: canonicalFromSql(await fetchJson(p.county.sql(countyFirst))),
  };
  const audit = {
    api: canonicalAuditFromApi(await fetchJson(p.audit.api(auditFirst))),
    postgraphile: canonicalAuditFromPostGraphile(await fetchJson(p.audit.postgraphile(auditFirst))),
    sql: canonicalAuditFromSql(await fetchJson(p.audit.sql(auditFirst))),
  };
  for (const side of ['postgraphile', 'sql'] as const) {
    const d = firstDifference(county.api, county[side]);
    if (d) throw new Error(`County page (first ${countyFirst}): the API and ${LABEL[side]} differ at ${d}`);
    const a = firstDifference(audit.api, audit[side]);
    if (a) throw new Error(`Audit page (first ${auditFirst}): the API and ${LABEL[side]} differ at ${a}`);
  }
  const rows = county.api;
  if (rows.length !== Math.min(countyFirst, rows.length) || rows.length === 0) throw new Error('The county page is empty');
  return {
    projects: rows.length,
    budgetLines: rows.reduce((n, r) => n + r.budgetLines.length, 0),
    catalogs: rows.filter((r) => r.catalog).length,
    entries: rows.reduce((n, r) => n + (r.catalog?.entryCount ?? 0), 0),
    reviews: rows.filter((r) => r.sharingReview).length,
    records: rows.reduce((n, r) => n + r.acceptanceRecords.length, 0),
    tenancies: rows.reduce((n, r) => n + r.tenancies.length, 0),
    auditEvents: audit.api.nodes.length,
    auditTotal: audit.api.totalCount,
  };
}

/** The CPU time a side's process has used so far, in ms. */
async function cpuOf(child: Child): Promise<number> {
  child.process.send({ cmd: 'cpu' } satisfies FromParent);
  return (await child.next((m): m is { cpuMicros: number } => 'cpuMicros' in m)).cpuMicros / 1000;
}

async function interleaved(page: string, children: Record<Side, Child>, make: Record<Side, () => Target>): Promise<RoundResult> {
  for (const side of SIDES) await measure(make[side](), SETTINGS.warmupSeconds, SETTINGS.concurrency);
  const rounds: Record<Side, Measurement & { cpuMs: number }>[] = [];
  for (let r = 0; r < SETTINGS.rounds; r++) {
    const round = {} as Record<Side, Measurement & { cpuMs: number }>;
    for (const side of SIDES) {
      const cpu = await cpuOf(children[side]);
      const m = await measure(make[side](), SETTINGS.seconds, SETTINGS.concurrency);
      round[side] = { ...m, cpuMs: ((await cpuOf(children[side])) - cpu) / Math.max(1, m.requests) };
      if (round[side].errors) throw new Error(`${page}, ${LABEL[side]}: ${round[side].errors} failed requests, e.g. ${round[side].firstError}`);
    }
    rounds.push(round);
    log(`${page} round ${r + 1}: ` + SIDES.map((s) => `${LABEL[s]} ${round[s].rps.toFixed(1)} req/s (p50 ${round[s].p50.toFixed(1)} ms, p99 ${round[s].p99.toFixed(1)} ms, ${round[s].cpuMs.toFixed(1)} ms CPU)`).join(' · '));
  }
  return { page, rounds };
}

/** Statements per request: the API's own count (its request log), and pg_stat_statements' calls per request for each side. */
async function countStatements(
  db: pg.Client,
  pgss: boolean,
  api: Child,
  page: string,
  make: Record<Side, (first: number) => Target>,
  rowsOf: (data: any) => { rows: number; detail?: string },
): Promise<StatementCounts> {
  const n = Math.max(1, SETTINGS.statementRequests);
  const sizes: StatementCounts['sizes'] = [];
  const calls = async () => {
    const [row] = (
      await db.query<{ n: string; ms: number }>(
        `select coalesce(sum(calls), 0) as n, coalesce(sum(total_exec_time + total_plan_time), 0)::float8 as ms from pg_stat_statements
         where dbid = (select oid from pg_database where datname = current_database()) and query not ilike '%pg_stat_statements%'`,
      )
    ).rows;
    return { calls: Number(row.n), ms: row.ms };
  };
  for (const first of [1, 10, 100]) {
    const row: StatementCounts['sizes'][number] = { first, rows: 0, api: 0 };
    let detail: string | undefined;
    for (const side of SIDES) {
      await fetchJson(make[side](first)); // pools and caches warm
      if (side === 'api') {
        api.process.send({ cmd: 'countStatements', on: true } satisfies FromParent);
        api.process.send({ cmd: 'statements' } satisfies FromParent);
        await api.next((m): m is { statements: number[]; roundTrips: number[] } => 'statements' in m);
      }
      if (pgss) await db.query('select pg_stat_statements_reset()');
      for (let i = 0; i < n; i++) {
        const data = await fetchJson(make[side](first));
        if (side === 'api') ({ rows: row.rows, detail } = rowsOf(data));
      }
      if (pgss) {
        // The reset itself and this query are not the side's; each is excluded by its text.
        const { calls: made, ms } = await calls();
        row[`${side}Pgss`] = made / n;
        row[`${side}PgMs`] = ms / n;
      }
      if (side === 'api') {
        api.process.send({ cmd: 'statements' } satisfies FromParent);
        const { statements, roundTrips } = await api.next((m): m is { statements: number[]; roundTrips: number[] } => 'statements' in m);
        api.process.send({ cmd: 'countStatements', on: false } satisfies FromParent);
        if (statements.length !== n || new Set(statements).size !== 1) throw new Error(`${page} (first ${first}): the API's requests sent ${statements.join(', ')} statements`);
        row.api = statements[0];
        row.apiRoundTrips = Math.max(...roundTrips);
      }
    }
    sizes.push(detail ? { ...row, detail } : row);
    log(`${page} statements per request, first ${first} (${row.rows} rows): API ${row.api} in ${row.apiRoundTrips} round trips (pg_stat_statements ${row.apiPgss ?? '–'}), PostGraphile ${row.postgraphilePgss ?? '–'}, raw SQL ${row.sqlPgss ?? '–'}`);
  }
  return { page, sizes };
}

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-bench-compare-'));
  const config = loadConfig({ ...process.env, DATA_DIR: scratch, GRAPHQL_INTROSPECTION: 'false', RATE_LIMIT_POINTS: '0', LOG_LEVEL: 'warn' });
  const children: Child[] = [];
  let booted: Booted | undefined;
  let db: pg.Client | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await Promise.all(children.map((c) => stopChild(c).catch(() => undefined)));
      await db?.end().catch(() => undefined);
      await booted?.shutdown().catch((e) => console.error('shutdown failed', e));
      fs.rmSync(scratch, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: stopping the servers and PostgreSQL`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  const t0 = Date.now();
  try {
    log(`bench:compare ${JSON.stringify(SETTINGS)}`);
    booted = await boot(config);
    booted = await preloadStatementStats(booted, config);
    const url = config.databaseUrl ?? booted.embedded!.url;
    db = new pg.Client({ connectionString: url });
    db.on('error', () => undefined);
    await db.connect();
    await db.query('set statement_timeout = 0');
    const pgss = await statementStats(db);
    const seed: SeedSummary = await seedCompareData(db, { projects: SETTINGS.projects, auditEvents: SETTINGS.auditEvents }, booted.services.policies.version);
    await installRls(db);
    await db.query('analyze');
    log(`data (${seed.inserted ? 'inserted' : 'found'} in ${((Date.now() - t0) / 1000).toFixed(0)} s): ${JSON.stringify(seed)}`);

    const childEnv = { DATABASE_URL: url, DATA_DIR: scratch, DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '20', BENCH_API_WORKERS: String(SETTINGS.apiWorkers), ...(API_MAX_COST ? { BENCH_API_MAX_COST: API_MAX_COST } : {}) };
    const started = await Promise.all(SIDES.map((side) => startChild(side, childEnv, children)));
    const bySide = Object.fromEntries(started.map((c) => [c.side, c])) as Record<Side, Child>;
    const tokens = {
      county: await mintLocalToken(booted.localKeys!, config.auth, COUNTY_USER, { expiresIn: '2h' }),
      audit: await mintLocalToken(booted.localKeys!, config.auth, AUDIT_USER, { expiresIn: '2h' }),
    };
    const span = (await db.query<{ min: Date; max: Date }>('select min(occurred_at) as min, max(occurred_at) as max from audit_event')).rows[0];
    const third = (span.max.getTime() - span.min.getTime()) / 3;
    const range = { from: new Date(span.min.getTime() + third).toISOString(), before: new Date(span.min.getTime() + 2 * third).toISOString() };
    const p = pages(bySide, tokens, range);

    const coverage = await checkEqual(p, SETTINGS.countyPage, SETTINGS.auditPage);
    await checkEqual(p, 100, 100);
    log(`equal answers from the three sides; the county page holds ${JSON.stringify(coverage)}`);

    const statements = [
      // A relation's statement is sent only when a row of the page has it: the rows with a catalog say whether its entry count was asked.
      await countStatements(db, pgss, bySide.api, 'county page', p.county, (d) => ({
        rows: d.projects.nodes.length,
        detail: `${d.projects.nodes.filter((n: { catalog: unknown }) => n.catalog).length} with a catalog`,
      })),
      await countStatements(db, pgss, bySide.api, 'audit page', p.audit, (d) => ({ rows: d.auditEvents.nodes.length })),
    ];

    const county = await interleaved('county page', bySide, { api: () => p.county.api(SETTINGS.countyPage), postgraphile: () => p.county.postgraphile(SETTINGS.countyPage), sql: () => p.county.sql(SETTINGS.countyPage) });
    const audit = await interleaved('audit page', bySide, { api: () => p.audit.api(SETTINGS.auditPage), postgraphile: () => p.audit.postgraphile(SETTINGS.auditPage), sql: () => p.audit.sql(SETTINGS.auditPage) });

    log(`load: ${SETTINGS.loadClients} clients for ${SETTINGS.loadSeconds} s on the API's county page`);
    const load = await measure(p.county.api(SETTINGS.countyPage), SETTINGS.loadSeconds, SETTINGS.loadClients);
    log(`load: ${load.requests} requests, ${load.errors} failed${load.firstError ? ` (${load.firstError})` : ''}, ${load.rps.toFixed(1)} req/s, p50 ${load.p50.toFixed(0)} ms, p99 ${load.p99.toFixed(0)} ms`);

    const report = writeSection(
      {
        settings: SETTINGS,
        users: { county: COUNTY_USER, audit: AUDIT_USER },
        seed,
        coverage,
        range,
        pgss,
        statements,
        results: [county, audit],
        load,
        minutes: (Date.now() - t0) / 60_000,
        apiMaxCost: API_MAX_COST,
        poolMax: Number(process.env.DATABASE_POOL_MAX || 20),
        nodeFlags: servingNodeFlags(),
        database: `${config.databaseUrl ? '' : 'embedded '}PostgreSQL ${(await db.query<{ server_version: string }>('show server_version')).rows[0].server_version}${config.databaseUrl ? ' at DATABASE_URL' : ''}`,
      },
      process.env.BENCH_WRITE !== '0',
    );
    log('\n' + report);
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
