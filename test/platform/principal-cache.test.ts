import { PrincipalCache } from '../../src/identity/principal-cache';
import { silentLogger } from '../../src/log/logger';
import { startTestApp, type TestApp } from '../support/app';
import { databaseUrl, sqlAsAdmin } from '../support/database';

/**
 * The signed-in users a serving process keeps between changes (src/identity/principal-cache.ts):
 * a request of a kept user costs no lookup, and a change to a user, an agency or a division
 * reaches the next requests, by the database's notification, or by a lookup per request while
 * the notifications are not heard.
 */
let app: TestApp;
let cache: PrincipalCache;

beforeAll(async () => {
  app = await startTestApp();
  cache = new PrincipalCache(databaseUrl(app.database), 60_000, silentLogger());
  await cache.start();
  app.services.principals = cache;
});

afterAll(async () => {
  await cache?.stop();
  await app?.stop();
});

type Me = { me: { username: string; roles: string[] } };

async function me(as: string) {
  app.statements.reset();
  const res = await app.request<Me, object>('{ me { username roles } }', {}, { as });
  return { res, statements: app.statements.count };
}

/** Waits for `check` to hold, for at most `seconds` (a notification arrives within milliseconds). */
async function eventually(check: () => Promise<boolean>, seconds = 5): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`did not happen within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const sql = (text: string, params: unknown[] = []) => sqlAsAdmin(app.database, text, params);

describe('the signed-in users kept between changes', () => {
  it('looks a user up once, then answers from what it kept: a request costs one statement less', async () => {
    expect(cache.active).toBe(true);
    const first = await me('drc.clerk');
    const again = await me('drc.clerk');
    expect(first.res.errors).toBeUndefined();
    expect(again.res.data).toEqual(first.res.data);
    expect(again.statements).toBe(first.statements - 1);
  });

  it('refuses a deactivated user as soon as the change is committed, and takes them back when reactivated', async () => {
    expect((await me('jyj.clerk')).res.errors).toBeUndefined();
    await sql(`update "user" set active = false where username = 'jyj.clerk'`);
    try {
      await eventually(async () => (await me('jyj.clerk')).res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED');
    } finally {
      await sql(`update "user" set active = true where username = 'jyj.clerk'`);
    }
    await eventually(async () => (await me('jyj.clerk')).res.errors === undefined);
  });

  it('answers with the roles the database holds once they change', async () => {
    const before = (await me('taihe.dept')).res.data!.me.roles;
    await sql(`update "user" set roles = '{}' where username = 'taihe.dept'`);
    try {
      await eventually(async () => (await me('taihe.dept')).res.data?.me.roles.length === 0);
    } finally {
      await sql(`update "user" set roles = $1 where username = 'taihe.dept'`, [before]);
    }
    await eventually(async () => (await me('taihe.dept')).res.data?.me.roles.length === before.length);
  });

  it.each(['agency', 'division'])('drops what it kept when any %s changes', async (table) => {
    await me('drc.clerk');
    const kept = (await me('drc.clerk')).statements;
    await sql(`update "${table}" set name = name where code = (select min(code) from "${table}")`);
    await eventually(async () => (await me('drc.clerk')).statements === kept + 1);
  });

  it.each([
    ['dropped', `drop trigger "division_principal_change" on "division"`, `create trigger "division_principal_change" after insert or update or delete or truncate on "division" for each statement execute function "notify_principal_change"()`],
    ['disabled', `alter table "division" disable trigger "division_principal_change"`, `alter table "division" enable trigger "division_principal_change"`],
  ])('keeps nothing on a database where a table does not notify its changes (its trigger %s)', async (_how, remove, restore) => {
    const other = new PrincipalCache(databaseUrl(app.database), 60_000, silentLogger());
    await sql(remove);
    try {
      await other.start();
      expect(other.active).toBe(false);
    } finally {
      await other.stop();
      await sql(restore);
    }
    const again = new PrincipalCache(databaseUrl(app.database), 60_000, silentLogger());
    try {
      await again.start();
      expect(again.active).toBe(true);
    } finally {
      await again.stop();
      expect(again.active).toBe(false);
    }
  });

  it('keeps nothing while it does not hear the notifications: every request looks its user up', async () => {
    await me('drc.clerk');
    await sql(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'jian-principal-cache' and datname = $1`, [app.database]);
    await eventually(async () => !cache.active);
    const looked = await me('drc.clerk');
    expect((await me('drc.clerk')).statements).toBe(looked.statements);
    // It hears again (a new connection, its probe back) and keeps users from then on.
    await eventually(async () => cache.active, 15);
    await me('drc.clerk');
    expect((await me('drc.clerk')).statements).toBe(looked.statements - 1);
  }, 30_000);
});
