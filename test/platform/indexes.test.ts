import { createTestDatabase, dropDatabase, sqlAsAdmin } from '../support/database';

/**
 * PostgreSQL indexes a primary key and a unique constraint, never the referencing side of a
 * foreign key: without an index of its own, reading a parent's children (a project's budget
 * lines) and deleting or re-keying a parent scan the whole child table. A foreign key is covered
 * when some index of its table starts with the key's columns, in the key's order.
 */
const UNINDEXED_FOREIGN_KEYS = `
  select c.conrelid::regclass::text as "table",
         (select string_agg(a.attname, ', ' order by k.ord)
            from unnest(c.conkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as "columns"
    from pg_constraint c
    join pg_namespace n on n.oid = c.connamespace
   where c.contype = 'f'
     and n.nspname = current_schema()
     and not exists (
       select 1 from pg_index i
        where i.indrelid = c.conrelid
          and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey::int2[])
   order by 1, 2`;

describe('database: foreign keys', () => {
  let database: string;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await dropDatabase(database);
  });

  it('has an index led by the columns of every foreign key', async () => {
    const rows = await sqlAsAdmin<{ table: string; columns: string }>(database, UNINDEXED_FOREIGN_KEYS);
    expect(rows.map((r) => `${r.table}(${r.columns})`)).toEqual([]);
  });
});
