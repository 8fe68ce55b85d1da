import { MikroORM } from '@mikro-orm/postgresql';
import { migrateUp } from '../../src/db/migrate';
import { ormConfig } from '../../src/db/orm.config';
import { agencies, counties } from '../../src/db/seed/reference-data';
import { seedReferenceData } from '../../src/db/seed/seed';
import { systemUsers } from '../../src/db/seed/cloud-data';
import { createEmptyDatabase, databaseUrl, dropDatabase, sqlAsAdmin } from '../support/database';

describe('database: migrations and reference data', () => {
  let database: string;
  let orm: MikroORM;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    orm = await MikroORM.init(ormConfig(databaseUrl(database)));
  });
  afterAll(async () => {
    await orm.close();
    await dropDatabase(database);
  });

  it('migrates an empty database, then finds nothing more to apply', async () => {
    expect((await migrateUp(orm)).length).toBeGreaterThan(0);
    expect(await migrateUp(orm)).toEqual([]);
  });

  it('seeds the reference data twice without duplicating or losing a row', async () => {
    const count = async () =>
      (await sqlAsAdmin<{ d: string; a: string; u: string }>(
        database,
        'select (select count(*) from division) d, (select count(*) from agency) a, (select count(*) from "user") u',
      ))[0];
    await seedReferenceData(orm.em.fork());
    const first = await count();
    await seedReferenceData(orm.em.fork());
    expect(await count()).toEqual(first);
    expect(Number(first.d)).toBe(counties.length + 1);
    expect(Number(first.a)).toBe(agencies.length);
    expect(Number(first.u)).toBe(agencies.reduce((n, a) => n + a.users.length, 0) + systemUsers.length);
  });

  it('has the city, its 13 county-level units and the three functional zones', async () => {
    const rows = await sqlAsAdmin<{ code: string; kind: string }>(database, 'select code, kind from division order by code');
    expect(rows.filter((r) => /^3608\d\d$/.test(r.code) && r.code !== '360800')).toHaveLength(13);
    expect(rows.filter((r) => r.kind === 'ZONE').map((r) => r.code).sort()).toEqual(['360800-ETDZ', '360800-JGSGLJ', '360800-LLXQ']);
  });

  it('gives every county a government, its approving department (PM-8.3), a finance bureau, an e-government authority and a department', async () => {
    const rows = await sqlAsAdmin<{ county_code: string; kinds: string[] }>(
      database,
      'select county_code, array_agg(kind::text order by kind) kinds from agency where county_code is not null group by county_code',
    );
    expect(rows).toHaveLength(counties.length);
    for (const r of rows) expect([...r.kinds].sort()).toEqual(['COUNTY_DRC', 'COUNTY_EGOV', 'COUNTY_GOV', 'DEPARTMENT', 'FINANCE']);
  });
});
