import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { migrateUp } from '../../src/db/migrate';
import { ormConfig } from '../../src/db/orm.config';
import { seedReferenceData } from '../../src/db/seed/seed';

const TEMPLATE_LOCK = 0x4a41_7e57;

function adminUrl(): string {
  const url = process.env.JIAN_TEST_ADMIN_URL;
  if (!url) throw new Error('JIAN_TEST_ADMIN_URL is unset: run the tests with `npm test`');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = '/' + name;
  return url.toString();
}

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const run = () => process.env.JIAN_TEST_RUN ?? 'local';

/**
 * A database of its own for the calling test file: a copy of this run's template, which the first
 * caller builds (migrations applied, reference data seeded) while the others wait on a lock.
 */
export async function createTestDatabase(): Promise<string> {
  const template = `jian_t_${run()}_template`;
  const name = `jian_t_${run()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(async (admin) => {
    await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (!rowCount) {
        await admin.query(`create database "${template}"`);
        const orm = await MikroORM.init(ormConfig(databaseUrl(template)));
        try {
          await migrateUp(orm);
          await seedReferenceData(orm.em.fork());
        } finally {
          await orm.close();
        }
      }
      await admin.query(`create database "${name}" template "${template}"`);
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return name;
}

/** An empty database (no migrations), for tests of migrating and seeding themselves. */
export async function createEmptyDatabase(): Promise<string> {
  const name = `jian_t_${run()}_${process.pid}_empty_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin((admin) => admin.query(`create database "${name}"`));
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`drop database if exists "${name}" with (force)`));
}

/** Runs SQL as the database owner, outside the application (to tamper, to inspect). */
export async function sqlAsAdmin<T = Record<string, unknown>>(database: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface TestOrm {
  orm: import('@mikro-orm/postgresql').MikroORM;
  database: string;
  close(): Promise<void>;
}

/** An ORM on a database of its own (a copy of the migrated, seeded template), for service-level tests. */
export async function openTestOrm(): Promise<TestOrm> {
  const database = await createTestDatabase();
  const orm = await MikroORM.init(ormConfig(databaseUrl(database)));
  return {
    orm,
    database,
    async close() {
      await orm.close();
      await dropDatabase(database);
    },
  };
}

/**
 * Runs `fn` while inserting a project named `name` fails in PostgreSQL with `sqlstate` (XX000 an
 * internal fault, 57014 a statement cut by the time limit), as the database owner arranges it.
 */
export async function withFailingProjectInsert<T>(database: string, name: string, sqlstate: string, message: string, fn: () => Promise<T>): Promise<T> {
  const fn_ = `fail_project_${sqlstate.toLowerCase()}`;
  await sqlAsAdmin(database, `
    create function ${fn_}() returns trigger language plpgsql as $$ begin raise exception '${message}' using errcode = '${sqlstate}'; end $$;
    create trigger ${fn_} before insert on project for each row when (new.name = '${name}') execute function ${fn_}();`);
  try {
    return await fn();
  } finally {
    await sqlAsAdmin(database, `drop trigger ${fn_} on project; drop function ${fn_}()`);
  }
}
