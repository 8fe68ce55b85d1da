import net from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { writeAuditCheckpoint } from '../../src/audit/audit-checkpoint-writer';
import { nextYearCoverage } from '../../src/calendar/calendar-coverage';
import { ManualClock } from '../../src/calendar/clock';
import { loadConfig } from '../../src/config';
import { ormConfig } from '../../src/db/orm.config';
import { MAX_OPERATION_LABELS, OTHER_OPERATION } from '../../src/metrics/metrics';
import { isLoopback, routeLabel } from '../../src/metrics/metrics-http';
import { startCloudScheduler } from '../../src/modules/cloud/cloud.scheduler';
import { createServer } from '../../src/server';
import { createLogger } from '../../src/log/logger';
import { captureLog, startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { testNotice2027 } from '../calendar/notice-fixture';

const PUBLISH = `mutation ($input: WorkingCalendarYearPublishInput!) {
  workingCalendarYearPublish(input: $input) { workingCalendarYear { year } errors { code rule } }
}`;

const year2027 = testNotice2027();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // The test is about a missing 2027, whatever the packaged calendar has by now.
  await sqlAsAdmin(app.database, 'delete from working_calendar_year where year = 2027');
});
afterAll(() => app.stop());

async function scrape(url = app.url, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/metrics`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text(), res };
}

/** The value of one sample of the exposition text, or undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function readyz(lang = 'en') {
  const res = await fetch(`${app.url}/readyz`, { headers: { 'accept-language': lang } });
  return { status: res.status, body: (await res.json()) as { status: string; checks: { name: string; status: string; [k: string]: unknown }[] } };
}

describe('GET /metrics', () => {
  it('counts requests by root field, type and outcome, and refusals by rule ID', async () => {
    expect((await app.request('query { me { username } }', {}, { as: 'jyj.clerk' })).errors).toBeUndefined();
    const refused = await app.request(PUBLISH, { input: year2027 }, { as: 'bdc.clerk' });
    expect((refused.data as any).workingCalendarYearPublish.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-12' }]);
    await app.request('query { me { username } }', {}, {});
    await app.request('query { me { ', {}, { as: 'jyj.clerk' });
    // A caller's operation name never becomes a label.
    const named = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token('jyj.clerk')}` },
      body: JSON.stringify({ query: 'query CallerChosenName7f3a { __typename ...F } fragment F on Query { me { username } agencies(first: 1) { totalCount } }', operationName: 'CallerChosenName7f3a' }),
    });
    expect(named.status).toBe(200);

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, 'jian_graphql_requests_total', { operation: 'me', type: 'query', outcome: 'OK' })).toBe(1);
    expect(sample(text, 'jian_graphql_requests_total', { operation: 'workingCalendarYearPublish', type: 'mutation', outcome: 'FORBIDDEN' })).toBe(1);
    expect(sample(text, 'jian_graphql_request_duration_seconds_count', { operation: 'workingCalendarYearPublish', type: 'mutation', outcome: 'FORBIDDEN' })).toBe(1);
    expect(sample(text, 'jian_graphql_request_duration_seconds_bucket', { operation: 'me', outcome: 'OK', le: '+Inf' })).toBe(1);
    expect(sample(text, 'jian_graphql_requests_total', { operation: '(none)', type: 'none', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(text, 'jian_graphql_requests_total', { operation: '(none)', type: 'none', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(sample(text, 'jian_graphql_requests_total', { operation: 'agencies+me', type: 'query', outcome: 'OK' })).toBe(1);
    expect(text).not.toContain('CallerChosenName7f3a');
    expect(sample(text, 'jian_refusals_total', { rule: 'CM-12', code: 'FORBIDDEN' })).toBe(1);
  });

  it('counts a mutation refused by several rules under each, and its request by the first code', async () => {
    const wrong = { ...year2027, makeUpWorkdays: ['2027-02-22'], holidays: [{ ...year2027.holidays[0], start: '2026-12-31' }, ...year2027.holidays.slice(1)] };
    const res = await app.request(PUBLISH, { input: wrong }, { as: 'bdc.leader' });
    expect((res.data as any).workingCalendarYearPublish.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-12' },
      { code: 'INVALID_INPUT', rule: 'CM-12' },
    ]);
    const { text } = await scrape();
    expect(sample(text, 'jian_refusals_total', { rule: 'CM-12', code: 'INVALID_INPUT' })).toBe(1);
    expect(sample(text, 'jian_graphql_requests_total', { operation: 'workingCalendarYearPublish', outcome: 'INVALID_INPUT' })).toBe(1);
  });

  it('counts HTTP responses by route and status, unknown paths under one label', async () => {
    await fetch(`${app.url}/healthz`);
    await fetch(`${app.url}/no/such/${Math.random()}`);
    const { text } = await scrape();
    expect(sample(text, 'jian_http_responses_total', { route: '/healthz', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'jian_http_responses_total', { route: '(other)', status: '404' })).toBe(1);
    expect(sample(text, 'jian_http_responses_total', { route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(3);
    expect(routeLabel('/documents/abc')).toBe('/documents');
    expect(routeLabel('/graphiql/assets/x.js')).toBe('/graphiql');
    expect(routeLabel('/graphqlx')).toBe('(other)');
  });

  it('shows the pools: connections in use and free, waits, the size', async () => {
    const client = (app.orm.em.getConnection().getKnex() as any).client;
    const held = await client.acquireConnection();
    try {
      const { text } = await scrape();
      expect(sample(text, 'jian_db_pool_connections', { pool: 'primary', state: 'used' })).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'jian_db_pool_connections', { pool: 'primary', state: 'free' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'jian_db_pool_pending_acquires', { pool: 'primary' })).toBe(0);
      expect(sample(text, 'jian_db_pool_max', { pool: 'primary' })).toBe(app.config.database.poolMax);
      expect(sample(text, 'jian_db_pool_max', { pool: 'read' })).toBe(app.config.database.poolMax);
    } finally {
      await client.releaseConnection(held);
    }
    const { text } = await scrape();
    expect(sample(text, 'jian_db_pool_connections', { pool: 'primary', state: 'used' })).toBe(0);
  });

  it('counts scheduled job runs by outcome', async () => {
    const scheduler = startCloudScheduler(app.services, 3600_000);
    expect((await scheduler.runNow()).ran).toBe(true);
    await scheduler.stop();
    await expect(app.services.metrics!.trackJob('test_job', async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    const { text } = await scrape();
    expect(sample(text, 'jian_job_runs_total', { job: 'late_deployment_exit', outcome: 'ran' })).toBe(1);
    expect(sample(text, 'jian_job_duration_seconds_count', { job: 'late_deployment_exit' })).toBe(1);
    expect(sample(text, 'jian_job_last_success_timestamp_seconds', { job: 'late_deployment_exit' })).toBeGreaterThan(Date.now() / 1000 - 600);
    expect(sample(text, 'jian_job_runs_total', { job: 'test_job', outcome: 'failed' })).toBe(1);
    expect(sample(text, 'jian_job_last_success_timestamp_seconds', { job: 'test_job' })).toBeUndefined();
  });

  it('shows the age of the newest valid audit checkpoint, none before the first', async () => {
    expect(sample((await scrape()).text, 'jian_audit_checkpoint_age_seconds')).toBeUndefined();
    expect((await writeAuditCheckpoint(app.services)).status).toBe('written');
    const age = sample((await scrape()).text, 'jian_audit_checkpoint_age_seconds');
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(600);
  });

  it('includes the process metrics', async () => {
    const { text } = await scrape();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
  });

  it('caps the number of operation labels', () => {
    const metrics = app.services.metrics!;
    for (let i = 0; i < MAX_OPERATION_LABELS + 5; i++) metrics.operationLabel(`field${i}`);
    expect(metrics.operationLabel('yetAnotherField')).toBe(OTHER_OPERATION);
    expect(metrics.operationLabel('me')).toBe('me');
  });
});

describe('protection of /metrics', () => {
  it('answers loopback callers only when METRICS_TOKEN is unset', () => {
    for (const a of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a)).toBe(true);
    for (const a of ['10.0.0.5', '::ffff:10.0.0.5', '192.168.1.127', 'fe80::1', '::', '1127.0.0.1', undefined]) expect(isLoopback(a)).toBe(false);
  });

  it('requires the bearer secret from everyone when METRICS_TOKEN is set', async () => {
    const secured = await startTestApp({ env: { METRICS_TOKEN: 'metrics-secret-0123456789' } });
    try {
      const none = await scrape(secured.url, { 'accept-language': 'en' });
      expect(none.status).toBe(401);
      expect(none.res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(JSON.parse(none.text)).toEqual({
        errors: [{ message: '/metrics requires the METRICS_TOKEN bearer token', extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) } }],
      });
      expect((await scrape(secured.url, { authorization: 'Bearer metrics-secret-012345678' })).status).toBe(401);
      const ok = await scrape(secured.url, { authorization: 'Bearer metrics-secret-0123456789' });
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('jian_graphql_requests_total');
    } finally {
      await secured.stop();
    }
  });

  it('refuses a guessable METRICS_TOKEN at start', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });
});

describe('liveness and readiness', () => {
  it('keeps /healthz a liveness check and answers /readyz with the checks', async () => {
    app.services.clock = new ManualClock('2026-10-15');
    const live = await fetch(`${app.url}/healthz`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await readyz();
    expect(ready).toEqual({
      status: 200,
      body: {
        status: 'ready',
        checks: [
          { name: 'database', status: 'ok' },
          { name: 'migrations', status: 'ok' },
          { name: 'calendar', status: 'ok' },
        ],
      },
    });
    // Before November 1 a missing next year is no warning yet.
    expect(sample((await scrape()).text, 'jian_calendar_next_year_missing', { year: '2027' })).toBe(0);
  });

  it('is unready while a migration the app has is not applied', async () => {
    const [last] = await sqlAsAdmin<{ id: number; name: string }>(app.database, 'select id, name from mikro_orm_migrations order by id desc limit 1');
    await sqlAsAdmin(app.database, 'delete from mikro_orm_migrations where id = $1', [last.id]);
    try {
      const res = await readyz();
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('unready');
      expect(res.body.checks.find((c) => c.name === 'migrations')).toEqual({
        name: 'migrations',
        status: 'fail',
        message: 'The database lacks 1 migration(s): run the migrations first',
        pending: [last.name],
      });
    } finally {
      await sqlAsAdmin(app.database, 'insert into mikro_orm_migrations (id, name) values ($1, $2)', [last.id, last.name]);
    }
    expect((await readyz()).status).toBe(200);
  });

  it('is unready when the database does not answer, and still alive and scrapable', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const dead = await MikroORM.init(ormConfig(`postgres://jian:jian@127.0.0.1:${closed}/jian`, { connect: false }));
    const log = captureLog();
    const logger = createLogger({ level: 'info' }, { destination: log.stream });
    const server = await createServer({ ...app.services, orm: dead, readOrm: dead, metrics: undefined, logger });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as net.AddressInfo).port}`;
    try {
      const res = await fetch(`${url}/readyz`, { headers: { 'accept-language': 'en' } });
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: 'unready',
        checks: [
          { name: 'database', status: 'fail', message: 'The database does not answer' },
          { name: 'migrations', status: 'skipped', message: 'Not checked: the database does not answer' },
          { name: 'calendar', status: 'skipped', message: 'Not checked: the database does not answer' },
        ],
      });
      expect(log.lines()).toContainEqual(expect.objectContaining({ level: 'error', msg: 'readiness: the database does not answer', err: expect.objectContaining({ message: expect.any(String) }) }));
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const { status, text } = await scrape(url);
      expect(status).toBe(200);
      expect(sample(text, 'jian_calendar_next_year_missing')).toBeUndefined();
      expect(sample(text, 'jian_db_pool_connections', { pool: 'primary', state: 'used' })).toBe(0);
    } finally {
      await server.stop();
      await dead.close();
    }
  });

  it('warns from November 1 that next year’s calendar is missing, still ready; publishing the year clears it', async () => {
    app.services.clock = new ManualClock('2026-11-15');
    const warned = await readyz();
    expect(warned.status).toBe(200);
    expect(warned.body.status).toBe('ready');
    expect(warned.body.checks.find((c) => c.name === 'calendar')).toEqual({
      name: 'calendar',
      status: 'warning',
      year: 2027,
      daysLeft: 47,
      message:
        'The 2027 official holiday calendar has not been published (47 days to January 1, 2027): every step whose working-day deadline falls in 2027 is refused until BDC or the Government Office publishes it',
    });
    const zh = await readyz('zh-CN');
    expect(zh.body.checks.find((c) => c.name === 'calendar')?.message).toMatch(/^2027 年法定节假日安排尚未发布到工作日历/);
    expect(sample((await scrape()).text, 'jian_calendar_next_year_missing', { year: '2027' })).toBe(1);
    expect(await nextYearCoverage(app.orm.em.fork(), '2026-11-15')).toMatchObject({ year: 2027, covered: false, warning: true });

    const published = await app.request(PUBLISH, { input: year2027 }, { as: 'govoffice.reviewer' });
    expect((published.data as any).workingCalendarYearPublish).toEqual({ workingCalendarYear: { year: 2027 }, errors: [] });
    const cleared = await readyz();
    expect(cleared.status).toBe(200);
    expect(cleared.body.checks.find((c) => c.name === 'calendar')).toEqual({ name: 'calendar', status: 'ok' });
    expect(sample((await scrape()).text, 'jian_calendar_next_year_missing', { year: '2027' })).toBe(0);
  });

  it('looks at the year after today’s: on 2027-11-01 it is 2028', async () => {
    expect(await nextYearCoverage(app.orm.em.fork(), '2027-10-31')).toMatchObject({ year: 2028, covered: false, warning: false });
    expect(await nextYearCoverage(app.orm.em.fork(), '2027-11-01')).toMatchObject({ year: 2028, covered: false, warning: true, daysLeft: 61 });
    expect(await nextYearCoverage(app.orm.em.fork(), '2026-12-31')).toMatchObject({ year: 2027, covered: true, warning: false });
  });
});
