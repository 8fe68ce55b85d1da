import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../src/db/orm.config';
import { catalogSeed, systemUsers, zoneSeed } from '../../src/db/seed/cloud-data';
import { seedReferenceData } from '../../src/db/seed/seed';
import { createTestDatabase, databaseUrl, dropDatabase, sqlAsAdmin } from '../support/database';

let database: string;
let orm: MikroORM;
beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(ormConfig(databaseUrl(database)));
});
afterAll(async () => {
  await orm.close();
  await dropDatabase(database);
});

const counts = async () =>
  (await sqlAsAdmin<Record<string, string>>(
    database,
    `select (select count(*) from cloud_service_item) items, (select count(*) from cloud_service_price) prices,
            (select count(*) from cloud_zone) zones, (select count(*) from working_calendar_year) years,
            (select count(*) from "user" where username = 'bdc.scheduler' and not active and roles = '{}') scheduler`,
  ))[0];

describe('the cloud’s reference data (CM-5 catalog, CM-21 zones, the official calendar) seeds idempotently', () => {
  it('has the catalog with one first price per item, a zone per provider, 2004–2026 from the package, and the scheduler that cannot sign in', async () => {
    expect(await counts()).toEqual({
      items: String(catalogSeed.length),
      prices: String(catalogSeed.length),
      zones: String(zoneSeed.length),
      years: '23',
      scheduler: String(systemUsers.length),
    });
  });

  it('seeds again without duplicating, without touching a price BDC set or a year BDC published', async () => {
    await sqlAsAdmin(database, `insert into cloud_service_price (id, item_id, unit_price, effective_from) select gen_random_uuid(), id, 55.00, '2026-07-01' from cloud_service_item where code = 'ECS-VCPU'`);
    await sqlAsAdmin(database, `insert into working_calendar_year (id, year, holidays, workdays, source) values (gen_random_uuid(), 2027, '{2027-01-01}', '{}', '国办发明电（示例）')`);
    const before = await counts();
    await seedReferenceData(orm.em.fork());
    await seedReferenceData(orm.em.fork());
    expect(await counts()).toEqual(before);
    const [year] = await sqlAsAdmin<{ source: string }>(database, 'select source from working_calendar_year where year = 2027');
    expect(year.source).toBe('国办发明电（示例）');
    const prices = await sqlAsAdmin<{ unit_price: string }>(database, `select p.unit_price from cloud_service_price p join cloud_service_item i on i.id = p.item_id where i.code = 'ECS-VCPU' order by effective_from`);
    expect(prices.map((p) => p.unit_price)).toEqual(['60.00', '55.00']);
  });
});
