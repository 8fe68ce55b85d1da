import { createHash } from 'node:crypto';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { ormConfig } from '../../src/db/orm.config';
import { readRows, readRowsByKeys, readRowsJoined } from '../../src/db/rows';
import { executeBatched } from '../../src/db/statement-batch';
import { runWithRequestFacts, type RequestFacts } from '../../src/log/request-facts';
import { Agency } from '../../src/modules/organizations/agency.entity';
import { Division } from '../../src/modules/organizations/division.entity';
import { User } from '../../src/modules/organizations/user.entity';
import { databaseUrl, openTestOrm, type TestOrm } from '../support/database';

/**
 * Keyed reads of one turn of the event loop go as one multi-statement query
 * (src/db/statement-batch.ts), each caller still getting its own answer, or its own error.
 */
let db: TestOrm;
let em: EntityManager;
beforeAll(async () => {
  db = await openTestOrm();
});
beforeEach(() => {
  em = db.orm.em.fork();
});
afterAll(() => db.close());

/** `fn` as a request: its statements and round trips counted as the request log counts them. */
async function asRequest<T>(fn: () => Promise<T>): Promise<{ result: T; facts: RequestFacts }> {
  const facts: RequestFacts = { requestId: 'batch-test', lang: 'en', startedAt: process.hrtime.bigint(), statements: 0, roundTrips: 0 };
  const result = await runWithRequestFacts(facts, fn);
  return { result, facts };
}

describe('statement batches', () => {
  it('sends the keyed reads of one turn as one query, each answered as if sent alone', async () => {
    const agencies = await readRows(db.orm.em.fork(), Agency, { county: { $ne: null } }, { orderBy: { code: 'asc' }, limit: 6 });
    const agencyIds = agencies.map((a) => a.id);
    const countyCodes = [...new Set(agencies.map((a) => a.county!.code))];
    const { result, facts } = await asRequest(() =>
      Promise.all([
        readRowsByKeys(em, Agency, 'id', agencyIds, {}),
        readRowsByKeys(em, Division, 'code', countyCodes, {}),
        readRowsByKeys(em, Agency, 'county', countyCodes, { kind: agencies[0].kind }, { code: 'asc' }),
      ]),
    );
    expect(facts).toMatchObject({ statements: 3, roundTrips: 1 });
    const [byId, divisions, byCounty] = result;
    expect(byId.map((a) => a.id).sort()).toEqual([...agencyIds].sort());
    expect(divisions.map((d) => d.code).sort()).toEqual([...countyCodes].sort());
    const alone = await readRows(db.orm.em.fork(), Agency, { county: { $in: countyCodes }, kind: agencies[0].kind }, { orderBy: { code: 'asc' } });
    expect(byCounty.map((a) => a.id)).toEqual(alone.map((a) => a.id));
    // Rows of one entity manager: the agencies' counties are the divisions read beside them.
    expect(byId.find((a) => a.id === agencies[0].id)!.county).toBe(divisions.find((d) => d.code === agencies[0].county!.code));
  });

  it('sends a read that follows another one turn later on its own', async () => {
    const [agency] = await readRows(db.orm.em.fork(), Agency, { county: { $ne: null } }, { limit: 1 });
    const { facts } = await asRequest(async () => {
      const [row] = await readRowsByKeys(em, Agency, 'id', [agency.id], {});
      return readRowsByKeys(em, Division, 'code', [row.county!.code], {});
    });
    expect(facts).toMatchObject({ statements: 2, roundTrips: 2 });
  });

  it('fails only the statement that fails: the others of its batch are answered', async () => {
    const [agency] = await readRows(db.orm.em.fork(), Agency, {}, { limit: 1 });
    const [good, bad] = await Promise.allSettled([
      readRowsByKeys(em, Agency, 'id', [agency.id], {}),
      // Not a uuid: PostgreSQL refuses the statement, and the batch with it.
      readRowsByKeys(em, Agency, 'id', ['not-a-uuid'], {}),
    ]);
    expect(good).toMatchObject({ status: 'fulfilled', value: [expect.objectContaining({ id: agency.id })] });
    expect(bad).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/uuid/) }) });
  });

  it('runs a transaction’s batch on its connection, seeing what it wrote', async () => {
    const [county] = await readRows(db.orm.em.fork(), Division, { code: { $ne: '360800' } }, { limit: 1 });
    await db.orm.em.fork().transactional(async (tx) => {
      const added = tx.create(Agency, { code: 'BATCH-TEST', name: '批量读取测试', nameEn: 'Batch read test', kind: 'DEPARTMENT', county: tx.getReference(Division, county.code) } as never);
      await tx.flush();
      const [rows, divisions] = await Promise.all([
        readRowsByKeys(tx, Agency, 'id', [added.id], {}),
        readRowsByKeys(tx, Division, 'code', [county.code], {}),
      ]);
      expect(rows.map((a) => a.code)).toEqual(['BATCH-TEST']);
      expect(divisions).toHaveLength(1);
      tx.remove(added);
    });
    expect(await readRows(db.orm.em.fork(), Agency, { code: 'BATCH-TEST' })).toEqual([]);
  });
});

describe('statement batches and transactions', () => {
  it('does not send a read of a transaction that has ended (its connection is back in the pool)', async () => {
    const [agency] = await readRows(db.orm.em.fork(), Agency, {}, { limit: 1 });
    let late: Promise<unknown> | undefined;
    await db.orm.em.fork().transactional(async (tx) => {
      // Not awaited: dispatched after the commit.
      late = new Promise((resolve) => setImmediate(resolve))
        .then(() => readRowsByKeys(tx, Agency, 'id', [agency.id], {}))
        .catch((e: unknown) => e);
    });
    expect(await late).toEqual(expect.objectContaining({ message: expect.stringMatching(/transaction ended/) }));
  });
});

describe('readRowsJoined', () => {
  it('reads a user with their agency and its county in one statement, as em.findOne populates them', async () => {
    for (const username of ['taihe.gov', 'drc.clerk']) {
      const { result, facts } = await asRequest(() => readRowsJoined(db.orm.em.fork(), User, { username, active: true }, ['agency', 'agency.county']));
      expect(facts).toMatchObject({ statements: 1, roundTrips: 1 });
      const entity = await db.orm.em.fork().findOneOrFail(User, { username }, { populate: ['agency', 'agency.county'] });
      const [row] = result;
      expect([row.id, row.username, row.roles, row.active, row.agency.id, row.agency.kind, row.agency.name]).toEqual([
        entity.id,
        entity.username,
        entity.roles,
        entity.active,
        entity.agency.id,
        entity.agency.kind,
        entity.agency.name,
      ]);
      expect(row.agency.county?.code ?? null).toBe(entity.agency.county?.code ?? null);
      expect(row.agency.county?.name ?? null).toBe(entity.agency.county?.name ?? null);
    }
    // The municipal clerk's agency has no county; the county government's has.
    const [clerk] = await readRowsJoined(em, User, { username: 'drc.clerk', active: true }, ['agency', 'agency.county']);
    expect(clerk.agency.county).toBeNull();
    expect(await readRowsJoined(em, User, { username: 'nobody.here', active: true }, ['agency'])).toEqual([]);
  });
});

/** An ORM of one connection, so that what is prepared on it can be seen. */
const oneConnection = () => MikroORM.init({ ...ormConfig(databaseUrl(db.database)), pool: { min: 0, max: 1 } });

describe('prepared reads', () => {
  let one: MikroORM;
  beforeAll(async () => {
    one = await oneConnection();
  });
  afterAll(() => one?.close());

  const readOn = (orm: MikroORM, text: string) => executeBatched(orm.em.fork(), text, []);
  const read = (text: string) => readOn(one, text);
  /** The reads prepared on the connection of `orm`, by their text. */
  const preparedOn = async (orm: MikroORM) =>
    (await readOn(orm, `select statement from pg_prepared_statements where name like 'jian_read_%'`)).map((p) => p.statement as string);
  const prepared = () => preparedOn(one);

  it('prepares a read sent alone the second time it is sent, and answers it as before', async () => {
    const text = `select code, name from division where code like '3608%' order by code`;
    const first = await read(text);
    expect(await prepared()).not.toContain(text);
    const second = await read(text);
    const third = await read(text);
    expect(await prepared()).toContain(text);
    expect(first.length).toBeGreaterThan(1);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('keeps the most recent hundred on a connection, and prepares an older one again when it comes back', async () => {
    const text = (i: number) => `select ${i} as n, count(*)::int as divisions from division`;
    for (let i = 0; i < 120; i++) for (let k = 0; k < 2; k++) await read(text(i));
    const kept = await prepared();
    expect(kept.length).toBe(100);
    expect(kept).not.toContain(text(0));
    expect(kept).toContain(text(119));
    expect(await read(text(0))).toEqual([expect.objectContaining({ n: 0 })]);
    expect(await prepared()).toContain(text(0));
  });

  it('plans a prepared read again when its table changed under it', async () => {
    await one.em.fork().execute(`create table changing_under_plan (a int); insert into changing_under_plan values (1)`);
    const text = `select * from changing_under_plan`;
    await read(text);
    expect(await read(text)).toEqual([{ a: 1 }]);
    expect(await prepared()).toContain(text);
    await one.em.fork().execute(`alter table changing_under_plan add column b int default 2`);
    expect(await read(text)).toEqual([{ a: 1, b: 2 }]);
    await one.em.fork().execute(`drop table changing_under_plan`);
  });

  it('sends a read of a transaction as it is', async () => {
    const text = `select count(*)::int as n from agency`;
    await one.em.fork().transactional(async (trx) => {
      for (let k = 0; k < 3; k++) await executeBatched(trx, text, []);
    });
    expect(await prepared()).not.toContain(text);
  });
  it.each([
    ['does not know a statement prepared on the connection', '26000', 'deallocate all'],
    ['already has a statement of the name', '42P05', 'prepare'],
  ])('sends the pool\'s reads as they are once a session %s (%s: a pooler between)', async (_what, code, arrange) => {
    const orm = await oneConnection();
    try {
      // A text of its own: one seen before would be prepared on its first send.
      const text = `select count(*)::int as n, '${code}' as case from division`;
      const [expected] = await readOn(orm, text);
      if (arrange === 'prepare') {
        // The session has the name from elsewhere (another process, before a restart): the read's next send parses it again.
        const name = `jian_read_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
        await readOn(orm, `prepare ${name} as ${text}`);
      } else {
        await readOn(orm, text);
        expect(await preparedOn(orm)).toContain(text);
        // The session answering has not prepared it.
        await readOn(orm, `deallocate all`);
      }
      expect(await readOn(orm, text)).toEqual([expected]);
      const other = `select count(*)::int as n from agency`;
      for (let k = 0; k < 3; k++) await readOn(orm, other);
      expect(await preparedOn(orm)).not.toContain(other);
      // Another pool prepares as before.
      for (let k = 0; k < 2; k++) await read(other);
      expect(await prepared()).toContain(other);
    } finally {
      await orm.close();
    }
  });
});
