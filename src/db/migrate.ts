import type { MikroORM } from '@mikro-orm/postgresql';

/** Lock key held while migrating, so that API processes starting together migrate once. */
const MIGRATION_LOCK = 0x4a41_0002;

/** Applies pending migrations from migrations/ (idempotent; all or nothing). */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const knex = orm.em.getConnection().getKnex();
  // One pooled connection holds a session lock while the migrator works on others.
  const conn = await knex.client.acquireConnection();
  try {
    await conn.query(`select pg_advisory_lock(${MIGRATION_LOCK})`);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await conn.query(`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await knex.client.releaseConnection(conn);
  }
}
