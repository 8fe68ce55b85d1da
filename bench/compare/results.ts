import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, type Measurement } from './load';
import type { SeedSummary } from './seed';

/** The machine's load when the run began (this module is loaded at its start), before any side runs. */
const LOAD_AT_START = os.loadavg()[0];

export const SIDES = ['api', 'postgraphile', 'sql'] as const;
export type Side = (typeof SIDES)[number];
export const LABEL: Record<Side, string> = { api: 'API', postgraphile: 'PostGraphile', sql: 'raw SQL' };

export interface RoundResult {
  page: string;
  /** Each side's figures per round, with the CPU time its process used per request (ms). */
  rounds: Record<Side, Measurement & { cpuMs: number }>[];
}

export interface StatementCounts {
  page: string;
  sizes: {
    first: number;
    rows: number;
    detail?: string;
    api: number;
    /** Queries the API sent for them: a batch of keyed reads is one (src/db/statement-batch.ts). */
    apiRoundTrips?: number;
    /** Calls per request in pg_stat_statements, and their planning and execution time per request (ms). */
    apiPgss?: number;
    postgraphilePgss?: number;
    sqlPgss?: number;
    apiPgMs?: number;
    postgraphilePgMs?: number;
    sqlPgMs?: number;
  }[];
}

export interface Report {
  settings: Record<string, number>;
  users: { county: string; audit: string };
  seed: SeedSummary;
  coverage: Record<string, number>;
  range: { from: string; before: string };
  pgss: boolean;
  statements: StatementCounts[];
  results: RoundResult[];
  load: Measurement;
  minutes: number;
  /** Which PostgreSQL: `embedded PostgreSQL 18.4` or `PostgreSQL 16.2 at DATABASE_URL`. */
  database: string;
  /** GRAPHQL_MAX_COST of the API's process when set by BENCH_API_MAX_COST ('' for the default). */
  apiMaxCost: string;
  /** DATABASE_POOL_MAX of every side (the API's shared among its workers). */
  poolMax: number;
  /** The Node flags every side runs with: those `npm start` serves with. */
  nodeFlags: string[];
}

/** The section's markers in bench/RESULTS.md: `npm run bench` keeps what is between them, and this run replaces it. */
export const BEGIN = '<!-- bench:compare -->';
export const END = '<!-- /bench:compare -->';

export const RESULTS_FILE = path.join(__dirname, '..', '..', '..', 'bench', 'RESULTS.md');

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const spread = (xs: number[]) => `${f2(Math.min(...xs))} / ${f2(median(xs))} / ${f2(Math.max(...xs))}`;
const pgss = (n: number | undefined) => (n === undefined ? '–' : Number.isInteger(n) ? String(n) : f1(n));

/** Whether the API's statements stayed the same from 10 to 100 rows, said of each page. */
function growth(counts: StatementCounts[]): string {
  return counts
    .map((c) => {
      const [ten, hundred] = [c.sizes.find((x) => x.first === 10), c.sizes.find((x) => x.first === 100)];
      if (!ten || !hundred) return '';
      return hundred.api === ten.api
        ? `${c.page[0].toUpperCase()}${c.page.slice(1)}: the same ${ten.api} statements at 10 and at ${hundred.rows} rows.`
        : `${c.page[0].toUpperCase()}${c.page.slice(1)}: **${ten.api} statements at 10 rows, ${hundred.api} at ${hundred.rows}** (they grow with the rows).`;
    })
    .join(' ');
}

export function render(r: Report): string {
  const s = r.settings;
  const cpu = os.cpus();
  const lines = [
    BEGIN,
    '## Side by side: the API, PostGraphile v4 and raw SQL (`npm run bench:compare`)',
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `${os.type()} ${os.release()}, Node ${process.version}, ${r.database}; the run took ${f1(r.minutes)} min.`,
    '',
    `Command: \`BENCH_PROJECTS=${s.projects} BENCH_AUDIT_EVENTS=${s.auditEvents} BENCH_ROUNDS=${s.rounds} BENCH_SECONDS=${s.seconds} ` +
      `BENCH_CONCURRENCY=${s.concurrency} BENCH_LOAD_CLIENTS=${s.loadClients} BENCH_LOAD_SECONDS=${s.loadSeconds} BENCH_API_WORKERS=${s.apiWorkers} npm run bench:compare\` ` +
      '(these are the defaults; each is an environment variable).',
    '',
    `The three servers, PostgreSQL and the load generator share the machine's ${cpu.length} cores; the load average was ` +
      `${LOAD_AT_START.toFixed(1)} when the run started. Absolute figures move with other work on the machine; the ratios of`,
    'interleaved rounds move less.',
    '',
    `Data: ${r.seed.projects} projects over the city and 16 county-level units, ${r.seed.budgetLines} budget lines, ${r.seed.catalogs} catalogs with ` +
      `${r.seed.catalogEntries} entries, ${r.seed.tenancies} cloud tenancies, ${r.seed.sharingReviews} sharing reviews, ${r.seed.acceptanceRecords} acceptance ` +
      `records, ${r.seed.auditEvents} audit events (bench/compare/seed.ts, bulk SQL after the app's migrations and reference data).`,
    '',
    'Sides, each in processes of its own on the same database, over HTTP on loopback with the same bearer tokens (ES256, checked on every request), ' +
      `each with the Node flags \`npm start\` serves with (${r.nodeFlags.length ? r.nodeFlags.map((f) => `\`${f}\``).join(' ') : 'none'}):`,
    '',
    `- **API**: src/server.ts as it serves (rate limits off), in ${s.apiWorkers === 1 ? 'one process like the others (`BENCH_API_WORKERS`; it serves with one worker per core by default)' : `${s.apiWorkers} worker processes on one port (\`BENCH_API_WORKERS\`, as WEB_CONCURRENCY), sharing its pool of ${r.poolMax} connections`}, policies filtering in SQL, the signed-in users kept between changes (src/identity/principal-cache.ts), with`,
    r.apiMaxCost ? `  its cost limit set to ${r.apiMaxCost} (\`BENCH_API_MAX_COST\`).` : '  its default query limits (the county page of 100 is within the default cost limit).',
    '- **PostGraphile** 4.14 in one process over the same tables, reading as a role of its own under row-level security policies that give',
    "  each principal the rows the app's read rules give it (bench/compare/rls.ts; the claims set per request by pgSettings).",
    '- **raw SQL** in one process: one statement per page builds the whole JSON (json_agg, json_build_object), the rules written into its',
    '  WHERE clauses (bench/compare/pages.ts); the handler sends the text on as PostgreSQL wrote it.',
    '',
    `Pages (bench/compare/pages.ts): the **county page** as \`${r.users.county}\`: ${s.countyPage} projects, newest first, each with its construction ` +
      `unit, division, budget lines, catalog with its entry count, sharing review, acceptance records and cloud tenancies (this page held ` +
      `${r.coverage.projects} projects, ${r.coverage.budgetLines} budget lines, ${r.coverage.catalogs} catalogs with ${r.coverage.entries} entries, ` +
      `${r.coverage.reviews} sharing reviews, ${r.coverage.records} acceptance records, ${r.coverage.tenancies} tenancies); the **audit page** as ` +
      `\`${r.users.audit}\`: the newest ${s.auditPage} events of a time range and their total (${r.coverage.auditTotal}). Before measuring, the run ` +
      'checks that the three sides answer the same rows in the same order (at the page sizes measured and at 100), normalised to one ' +
      'canonical JSON, and stops if they do not.',
    '',
    `Rounds: A B C A B C, ${s.rounds} rounds of ${s.seconds} s per side after a ${s.warmupSeconds} s warm-up, ${s.concurrency} concurrent clients.`,
    '',
  ];
  for (const result of r.results) {
    lines.push(`### ${result.page[0].toUpperCase()}${result.page.slice(1)}`, '', '| side | req/s (median of rounds) | p50 ms | p99 ms | requests | failed |', '|---|---:|---:|---:|---:|---:|');
    for (const side of SIDES) {
      const ms = result.rounds.map((x) => x[side]);
      lines.push(
        `| ${LABEL[side]} | ${f1(median(ms.map((m) => m.rps)))} | ${f1(median(ms.map((m) => m.p50)))} | ${f1(median(ms.map((m) => m.p99)))} | ` +
          `${ms.reduce((n, m) => n + m.requests, 0)} | ${ms.reduce((n, m) => n + m.errors, 0)} |`,
      );
    }
    lines.push('', '| ratio of req/s, per round | min / median / max |', '|---|---:|');
    lines.push(`| API / PostGraphile | ${spread(result.rounds.map((x) => x.api.rps / x.postgraphile.rps))} |`);
    lines.push(`| API / raw SQL | ${spread(result.rounds.map((x) => x.api.rps / x.sql.rps))} |`);
    lines.push(
      '',
      "CPU time of each side's own processes per request, median of rounds (PostgreSQL's time not included; it is below): " +
        SIDES.map((side) => `${LABEL[side]} ${f1(median(result.rounds.map((x) => x[side].cpuMs)))} ms`).join(', ') + '.',
    );
    lines.push('', 'Rounds (req/s): ' + result.rounds.map((x, i) => `${i + 1}: ${SIDES.map((side) => f1(x[side].rps)).join(' · ')}`).join('; ') + ' (API · PostGraphile · raw SQL).', '');
  }
  lines.push(
    '### SQL statements per request',
    '',
    "The API's own count is its request log's (every statement the ORM sends for the request, transaction control included);",
    r.pgss
      ? `the others are calls in pg_stat_statements per request (${r.settings.statementRequests} requests each, one side at a time; PostGraphile's include its \`set_config\` of the claims).`
      : 'pg_stat_statements was not loaded on this server, so only the API\'s own count is given.',
    '',
    "A relation the page reads with its rows costs no statement of its own. The API's figure has no lookup of the token's user",
    '(kept by the process: a user\'s first request, and the first after any change to users, agencies or divisions, costs one more). ' + growth(r.statements),
    "The API sends the keyed reads of one level of the query together, as one multi-statement query: its round trips are",
    'fewer than its statements (the most of the requests counted).',
    '',
    '| page | first | rows | API (request log) | API round trips | API (pg_stat_statements) | PostGraphile | raw SQL |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const c of r.statements) {
    for (const x of c.sizes) lines.push(`| ${c.page} | ${x.first} | ${x.rows}${x.detail ? ` (${x.detail})` : ''} | ${x.api} | ${x.apiRoundTrips ?? '–'} | ${pgss(x.apiPgss)} | ${pgss(x.postgraphilePgss)} | ${pgss(x.sqlPgss)} |`);
  }
  if (r.pgss) {
    lines.push(
      '',
      "PostgreSQL's planning and execution time per request (ms, pg_stat_statements, the same sequential requests):",
      '',
      '| page | first | API | PostGraphile | raw SQL |',
      '|---|---:|---:|---:|---:|',
    );
    for (const c of r.statements) {
      for (const x of c.sizes) lines.push(`| ${c.page} | ${x.first} | ${f2(x.apiPgMs ?? NaN)} | ${f2(x.postgraphilePgMs ?? NaN)} | ${f2(x.sqlPgMs ?? NaN)} |`);
    }
  }
  const l = r.load;
  lines.push(
    '',
    `### Load: ${r.settings.loadClients} concurrent clients for ${r.settings.loadSeconds} s on the API's county page`,
    '',
    'Each client sends its next request when the last one is answered; the requests in flight at the end are waited for',
    '(a request unanswered after 120 s would count as failed). Latencies include the time a request queues in the server.',
    '',
    '| requests | failed | s until the last answer | req/s | p50 ms | p99 ms |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${l.requests} | ${l.errors} | ${f1(l.seconds)} | ${f1(l.rps)} | ${f1(l.p50)} | ${f1(l.p99)} |`,
    ...(l.firstError ? ['', `First failure: \`${l.firstError.replace(/`/g, "'").slice(0, 200)}\``] : []),
    '',
    END,
  );
  return lines.join('\n');
}

/** Puts the section into bench/RESULTS.md in place of the last one (or after the rest), and returns it. */
export function writeSection(report: Report, write: boolean): string {
  const section = render(report);
  if (write) {
    const current = fs.existsSync(RESULTS_FILE) ? fs.readFileSync(RESULTS_FILE, 'utf8') : '# Benchmarks\n';
    const begin = current.indexOf(BEGIN);
    const end = current.indexOf(END);
    const next = begin >= 0 && end > begin ? current.slice(0, begin) + section + current.slice(end + END.length) : `${current.trimEnd()}\n\n${section}\n`;
    fs.writeFileSync(RESULTS_FILE, next);
  }
  return section;
}

/** The compare section of a RESULTS.md text, markers included, or '' (for `npm run bench`, which rewrites the rest). */
export function compareSection(text: string): string {
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  return begin >= 0 && end > begin ? text.slice(begin, end + END.length) : '';
}
