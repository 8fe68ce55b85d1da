import { createMongoAbility } from '@casl/ability';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { subjectTypeOf } from '../../src/authz/ability';
import { isRow, readRows, readRowsByKeys, takeRelated, textDiffers } from '../../src/db/rows';
import { Project } from '../../src/modules/projects/project.entity';
import { Agency } from '../../src/modules/organizations/agency.entity';
import { Division } from '../../src/modules/organizations/division.entity';
import { openTestOrm, type TestOrm } from '../support/database';

/**
 * The read path's rows (src/db/rows.ts): what `em.find` reads, without entities of the unit of
 * work, and answering the questions resolvers and policies ask of an entity alike.
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

/** Every property of a row, as read (a relation by its stub's key). */
function values(row: object): Record<string, unknown> {
  const meta = db.orm.getMetadata().get(row.constructor.name);
  return Object.fromEntries(
    meta.props
      .filter((p) => p.persist !== false && (p.kind === 'scalar' || p.kind === 'm:1'))
      .map((p) => {
        const v = (row as Record<string, unknown>)[p.name];
        return [p.name, v && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) ? (v as Record<string, unknown>)[meta.properties[p.name].targetMeta?.primaryKeys[0] ?? 'id'] : v];
      }),
  );
}

describe('rows', () => {
  it('reads what em.find reads, in its order, as objects of the entity class that are not entities', async () => {
    const where = { county: { $ne: null } };
    const rows = await readRows(em, Agency, where, { orderBy: { code: 'asc' }, limit: 5 });
    const entities = await db.orm.em.fork().find(Agency, where, { orderBy: { code: 'asc' }, limit: 5 });
    expect(rows.map((r) => [r.id, r.code, r.name, r.kind, r.createdAt.toISOString(), r.county?.code])).toEqual(
      entities.map((e) => [e.id, e.code, e.name, e.kind, e.createdAt.toISOString(), e.county?.code]),
    );
    for (const row of rows) {
      expect(row.constructor).toBe(Agency);
      expect(row).toBeInstanceOf(Agency);
      expect(isRow(row)).toBe(true);
      expect((row as unknown as { __helper?: unknown }).__helper).toBeUndefined();
    }
    // Nothing entered the unit of work.
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    expect(() => em.persist(rows[0])).toThrow();
  });

  it('holds a to-one relation as a stub that becomes the row when the target is read', async () => {
    const [agency] = await readRows(em, Agency, { county: { $ne: null } }, { orderBy: { code: 'asc' }, limit: 1 });
    const stub = agency.county!;
    expect(stub.constructor).toBe(Division);
    expect(stub.name).toBeUndefined();
    const [division] = await readRows(em, Division, { code: stub.code });
    expect(division).toBe(stub);
    expect(agency.county!.name).toEqual(expect.any(String));
  });

  it('decodes a property when it is first read and keeps what it decoded; a row read again holds the newer values', async () => {
    const [agency] = await readRows(em, Agency, { county: { $ne: null } }, { orderBy: { code: 'asc' }, limit: 1 });
    // Nothing decoded yet but the key: the result is kept for the properties asked later.
    expect(Object.keys(agency)).toEqual(['id']);
    const created = agency.createdAt;
    expect(created).toBeInstanceOf(Date);
    expect(agency.createdAt).toBe(created);
    expect(agency.county).toBe(agency.county);
    const name = agency.name;
    await db.orm.em.fork().getConnection().execute('update agency set name = ? where id = ?', [`${name} (renamed)`, agency.id]);
    try {
      const [again] = await readRows(em, Agency, { id: agency.id });
      expect(again).toBe(agency);
      expect(agency.name).toBe(`${name} (renamed)`);
      expect(agency.createdAt.getTime()).toBe(created.getTime());
    } finally {
      await db.orm.em.fork().getConnection().execute('update agency set name = ? where id = ?', [name, agency.id]);
    }
  });

  it("reads related rows in the page's statement, as their own read gives them", async () => {
    const where = { county: { $ne: null } };
    const agencies = await readRows(em, Agency, where, {
      orderBy: { code: 'asc' },
      limit: 5,
      related: [
        { entity: 'Division', key: 'code', from: 'county', filter: {} },
        { entity: 'Project', key: 'constructionUnit', from: 'id', filter: {}, orderBy: { createdAt: 'asc', id: 'asc' } },
      ],
    });
    expect(agencies).toHaveLength(5);
    const alone = db.orm.em.fork();
    for (const agency of agencies) {
      const [divisions, projects] = takeRelated(agency)!;
      expect(divisions).toHaveLength(1);
      const [division] = await readRows(alone, Division, { code: agency.county!.code });
      expect(values(divisions![0])).toEqual(values(division));
      expect(divisions![0]).toBe(agency.county);
      const own = await readRows(alone, Project, { constructionUnit: agency.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      expect(projects!.map(values)).toEqual(own.map(values));
    }
    const [again] = await readRows(em, Agency, where, { orderBy: { code: 'asc' }, limit: 1 });
    expect(takeRelated(again)).toBeUndefined();
  });

  it('leaves to its loader a relation with a column whose text is not what the driver gives', () => {
    for (const type of ['bytea', 'interval', 'int[]', 'uuid[]', 'point']) expect(textDiffers({ columnTypes: [type] })).toBe(true);
    for (const type of ['numeric(14,2)', 'timestamptz', 'date', 'bigint', 'text[]', 'varchar(40)', 'jsonb', 'agency_kind']) {
      expect(textDiffers({ columnTypes: [type] })).toBe(false);
    }
  });

  it('answers CASL by its entity type, conditions on relations included', async () => {
    const [agency] = await readRows(em, Agency, { county: { $ne: null } }, { orderBy: { code: 'asc' }, limit: 1 });
    const ability = createMongoAbility(
      [
        { action: 'read', subject: 'Agency', conditions: { 'county.code': agency.county!.code } },
        { action: 'read', subject: 'Agency', fields: ['name'], inverted: true },
      ],
      { detectSubjectType: subjectTypeOf },
    );
    expect(subjectTypeOf(agency)).toBe('Agency');
    expect(ability.can('read', agency)).toBe(true);
    expect(ability.can('read', agency, 'code')).toBe(true);
    expect(ability.can('read', agency, 'name')).toBe(false);
  });

  it('reads by keys through a compiled statement as readRows does', async () => {
    const all = await readRows(em, Agency, {}, { orderBy: { code: 'asc' } });
    const keys = all.slice(0, 7).map((a) => a.id);
    const filter: FilterQuery<Agency> = { kind: all[0].kind };
    const compiled = await readRowsByKeys(em, Agency, 'id', keys, filter, { code: 'asc' });
    const again = await readRowsByKeys(em, Agency, 'id', keys.slice(0, 2), filter, { code: 'asc' });
    const plain = await readRows(db.orm.em.fork(), Agency, { $and: [{ id: { $in: keys } }, filter] } as FilterQuery<Agency>, { orderBy: { code: 'asc' } });
    expect(compiled.map((a) => a.id)).toEqual(plain.map((a) => a.id));
    expect(compiled.length).toBeGreaterThan(0);
    expect(again.map((a) => a.id)).toEqual(plain.filter((a) => keys.slice(0, 2).includes(a.id)).map((a) => a.id));
  });
  it('pages by cursor as em.findByCursor does, forwards and backwards, from a statement kept after its first use', async () => {
    const orderBy = { code: 'asc', id: 'asc' } as const;
    const fresh = () => db.orm.em.fork();
    const first = await fresh().findByCursor(Agency, {}, { first: 4, orderBy });
    const next = await fresh().findByCursor(Agency, {}, { first: 4, after: first, orderBy });
    const back = await fresh().findByCursor(Agency, {}, { last: 3, before: next, orderBy });
    const ids = (xs: Iterable<Agency>) => [...xs].map((a) => a.id);
    for (let pass = 0; pass < 2; pass++) {
      expect(ids(await readRows(fresh(), Agency, {}, { first: 4, orderBy }))).toEqual(ids(first.items));
      expect(ids(await readRows(fresh(), Agency, {}, { first: 4, after: first.endCursor!, orderBy }))).toEqual(ids(next.items));
      expect(ids(await readRows(fresh(), Agency, {}, { last: 3, before: next.startCursor!, orderBy }))).toEqual(ids(back.items));
    }
  });

  it('reads the data of now through a kept statement, and reads by a filter holding an entity too', async () => {
    const [agency] = await readRows(em, Agency, { county: { $ne: null } }, { orderBy: { code: 'asc' }, limit: 1 });
    const where = { code: agency.code };
    expect((await readRows(db.orm.em.fork(), Agency, where))[0].name).toBe(agency.name);
    await db.orm.em.fork().nativeUpdate(Agency, { id: agency.id }, { name: `${agency.name}（改）` });
    try {
      expect((await readRows(db.orm.em.fork(), Agency, where))[0].name).toBe(`${agency.name}（改）`);
    } finally {
      await db.orm.em.fork().nativeUpdate(Agency, { id: agency.id }, { name: agency.name });
    }
    // A filter too long to keep (many keys) is read as well.
    const many = [agency.id, ...Array.from({ length: 400 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)];
    expect((await readRows(db.orm.em.fork(), Agency, { id: { $in: many } })).map((a) => a.id)).toEqual([agency.id]);
    // A filter naming an entity (not plain data) is read through the ORM's find, with the same answer.
    const other = db.orm.em.fork();
    const byRow = await readRows(other, Agency, { county: other.getReference(Division, agency.county!.code), kind: agency.kind }, { orderBy: { code: 'asc' } });
    const byKey = await readRows(db.orm.em.fork(), Agency, { county: agency.county!.code, kind: agency.kind }, { orderBy: { code: 'asc' } });
    expect(byRow.map((a) => a.id)).toEqual(byKey.map((a) => a.id));
    expect(byRow.map((a) => a.id)).toContain(agency.id);
  });
});
