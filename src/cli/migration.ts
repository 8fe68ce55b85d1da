import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateUp } from '../db/migrate';
import { ormConfig } from '../db/orm.config';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm run migration:up`: applies pending migrations to DATABASE_URL (or the embedded database).
 * `npm run migration:create -- <name>`: diffs the entities against a scratch database migrated to
 * the latest migration and writes the difference as a new migration in migrations/.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  if (command === 'up') {
    const db = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
    const orm = await MikroORM.init(ormConfig(config.databaseUrl ?? db!.url));
    try {
      const applied = await migrateUp(orm);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
    } finally {
      await orm.close();
      await db?.stop();
    }
    return;
  }
  if (command === 'create') {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-migration-'));
    const db = await startEmbeddedPostgres(scratch);
    const orm = await MikroORM.init(ormConfig(db.url));
    // Migrations are applied from where they run (dist/ when compiled) and written as TypeScript.
    const writer = await MikroORM.init(
      ormConfig(db.url, { migrations: { ...orm.config.get('migrations'), path: orm.config.get('migrations').pathTs } }),
    );
    try {
      await migrateUp(orm);
      const result = await writer.getMigrator().createMigration(undefined, false, false, name);
      console.log(result.fileName ? `wrote migrations/${result.fileName}` : 'entities and migrations agree: nothing to write');
    } finally {
      await writer.close();
      await orm.close();
      await db.stop();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    return;
  }
  console.error('usage: migration.ts up | create <name>');
  process.exit(2);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
