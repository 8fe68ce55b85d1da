import os from 'node:os';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { isStatementCancelled } from '../../src/graphql/errors';
import { migrateUp, MIGRATION_LOCK } from '../../src/db/migrate';
import { ormConfig, readOnlyOrmConfig, servingLimits } from '../../src/db/orm.config';
import { seedReferenceData } from '../../src/db/seed/seed';
import { CreateProject } from '../support/projects';
import { startTestApp, type TestApp } from '../support/app';
import { createEmptyDatabase, databaseUrl, dropDatabase, sqlAsAdmin } from '../support/database';

const TIMEOUT_MS = 1000;
/** "Answered fast": far below the 30 s a cancelled statement would otherwise run. */
const FAST_MS = 15_000;

/** A session of the database owner, outside the app: it takes the locks that stall the app. */
async function adminSession(database: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl(database) });
  await client.connect();
  return client;
}

/** Waits until some other session of `database` waits on a lock (the stalled statement started). */
async function untilBlocked(admin: Client, database: string, at_least = 1): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await admin.query<{ n: string }>(
      "select count(*) n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and pid <> pg_backend_pid()",
      [database],
    );
    if (Number(rows[0].n) >= at_least) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no session of the app started waiting on the lock');
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - start };
}

describe('time limits of database sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { DATABASE_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS), DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '30000' } });
  });
  afterAll(() => app.stop());

  it('defaults to 5 s per statement, a minute idle in a transaction, 20 connections a pool', () => {
    const { database } = loadConfig({ WEB_CONCURRENCY: '1' });
    expect(database).toEqual({ poolMax: 20, statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 60_000 });
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).database.statementTimeoutMs).toBe(0);
    expect(() => loadConfig({ DATABASE_POOL_MAX: '0' })).toThrow();
  });

  it('shares DATABASE_POOL_MAX among the worker processes, at least 2 connections a process', () => {
    expect(loadConfig({ WEB_CONCURRENCY: '4' }).database.poolMax).toBe(5);
    expect(loadConfig({ WEB_CONCURRENCY: '3', DATABASE_POOL_MAX: '20' }).database.poolMax).toBe(6);
    expect(loadConfig({ WEB_CONCURRENCY: '16' }).database.poolMax).toBe(2);
    const perCore = Math.max(2, Math.floor(20 / os.availableParallelism()));
    expect(loadConfig({}).database.poolMax).toBe(perCore);
  });

  it('is in force on every session of the primary and the read-only pool', async () => {
    const show = async (orm: MikroORM) =>
      (await orm.em.getConnection().execute<Record<string, string>[]>(
        "select current_setting('statement_timeout') st, current_setting('idle_in_transaction_session_timeout') idle, current_setting('transaction_read_only') ro",
      ))[0];
    // Several at once, so that several pooled sessions answer.
    for (const row of await Promise.all([1, 2, 3, 4].map(() => show(app.orm)))) expect(row).toEqual({ st: '1s', idle: '30s', ro: 'off' });
    for (const row of await Promise.all([1, 2, 3].map(() => show(app.services.readOrm)))) expect(row).toEqual({ st: '1s', idle: '30s', ro: 'on' });
    expect(app.orm.config.get('pool')?.max).toBe(8);
  });

  it('cancels a slow statement of the app', async () => {
    const { value: error, ms } = await timed(() => app.orm.em.fork().execute('select pg_sleep(30)').then(() => null, (e: unknown) => e));
    expect(isStatementCancelled(error)).toBe(true);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('answers TIMEOUT to a query stalled past the limit, while another user is served', async () => {
    const admin = await adminSession(app.database);
    try {
      await admin.query('begin');
      await admin.query('lock table project in access exclusive mode');
      // More stalled requests than the pool has connections: each gives its connection back when cancelled.
      const stalled = Array.from({ length: 12 }, (_, i) =>
        app.request('{ projects(first: 5) { totalCount } }', {}, { as: 'jyj.clerk', lang: i === 0 ? 'en' : 'zh' }),
      );
      await untilBlocked(admin, app.database);
      const other = await timed(() => app.request('{ me { username } }', {}, { as: 'drc.leader' }));
      expect(other.value.errors).toBeUndefined();
      expect(other.value.data).toEqual({ me: { username: 'drc.leader' } });
      expect(other.ms).toBeLessThan(FAST_MS);
      const answers = await Promise.all(stalled);
      for (const res of answers) {
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
        expect(JSON.stringify(res)).not.toMatch(/stacktrace|select |pg_|\.ts:/i);
      }
      expect(answers[0].errors![0].message).toMatch(/took too long/);
      expect(answers[1].errors![0].message).toMatch(/请求处理时间过长/);
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
  });

  it('refuses a mutation stalled past the limit with TIMEOUT, changes nothing, and audits the refusal', async () => {
    const name = `超时测试项目 ${Math.random()}`;
    const input = { name, category: 'BUSINESS_SYSTEM' as const, buildType: 'NEW' as const, network: 'EGOV_EXTRANET' as const, investment: '100.00', classified: false };
    const admin = await adminSession(app.database);
    let res;
    try {
      await admin.query('begin');
      await admin.query('lock table project in access exclusive mode');
      res = await app.query(CreateProject, { input }, 'jyj.clerk');
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
    expect(res.projectCreate.project).toBeNull();
    expect(res.projectCreate.errors).toEqual([expect.objectContaining({ code: 'TIMEOUT', message: expect.stringMatching(/请求处理时间过长/) })]);
    expect(await sqlAsAdmin(app.database, 'select id from project where name = $1', [name])).toEqual([]);
    const [event] = await sqlAsAdmin<{ outcome: string; error_code: string; actor_username: string }>(
      app.database,
      "select outcome, error_code, actor_username from audit_event where action = 'create' and subject_type = 'Project' order by seq desc limit 1",
    );
    expect(event).toEqual({ outcome: 'REFUSED', error_code: 'TIMEOUT', actor_username: 'jyj.clerk' });
    // Once the lock is gone the same filing goes through.
    expect((await app.query(CreateProject, { input }, 'jyj.clerk')).projectCreate.errors).toEqual([]);
  });

  it('answers 503 TIMEOUT, in the JSON error shape, to a download stalled past the limit', async () => {
    const id = await app.upload('jyj.clerk');
    const admin = await adminSession(app.database);
    let res: Response;
    try {
      await admin.query('begin');
      await admin.query('lock table document_content in access exclusive mode');
      res = await fetch(`${app.url}/documents/${id}`, { headers: { authorization: `Bearer ${await app.token('jyj.clerk')}`, 'accept-language': 'en' } });
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ errors: [{ message: expect.stringMatching(/took too long/), extensions: { code: 'TIMEOUT', requestId: expect.any(String) } }] });
  });
});

describe('migrating and seeding under the time limits', () => {
  let database: string;
  let orm: MikroORM;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    orm = await MikroORM.init(ormConfig(databaseUrl(database), servingLimits({ poolMax: 4, statementTimeoutMs: 200, idleInTransactionTimeoutMs: 200 })));
  });
  afterAll(async () => {
    await orm.close();
    await dropDatabase(database);
  });

  it('waits for another process\'s migration and seeding longer than a statement may take, then completes', async () => {
    const admin = await adminSession(database);
    try {
      // Another process migrating: holds the migration lock for well past the statement timeout.
      await admin.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const migrating = migrateUp(orm);
      await untilBlocked(admin, database);
      await new Promise((r) => setTimeout(r, 1000));
      await admin.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      expect((await migrating).length).toBeGreaterThan(0);

      // Another process seeding: holds the divisions for well past the statement timeout.
      await admin.query('begin');
      await admin.query('lock table division in exclusive mode');
      const seeding = seedReferenceData(orm.em.fork());
      await untilBlocked(admin, database);
      await new Promise((r) => setTimeout(r, 1000));
      await admin.query('commit');
      await seeding;
    } finally {
      await admin.end();
    }
    expect(Number((await sqlAsAdmin<{ n: string }>(database, 'select count(*) n from division'))[0].n)).toBeGreaterThan(1);
    // The lift was the migration's and the seed's own: every pooled session is back to the limit.
    const settings = await Promise.all([1, 2, 3, 4].map(() => orm.em.getConnection().execute<{ st: string }[]>("select current_setting('statement_timeout') st")));
    expect(settings.map(([r]) => r.st)).toEqual(['200ms', '200ms', '200ms', '200ms']);
  });
});
