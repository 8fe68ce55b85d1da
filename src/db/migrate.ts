import type { MikroORM } from '@mikro-orm/postgresql';
import { LIFT_TIME_LIMITS_SQL } from './orm.config';

/** Lock key held while migrating, so that API processes starting together migrate once. */
export const MIGRATION_LOCK = 0x4a41_0002;

/**
 * Applies pending migrations from migrations/ (idempotent; all or nothing). Waiting for another
 * process's migration, and migrating, may take longer than a request may: the pool's statement
 * timeout is lifted on the lock's connection and inside the migrations' transaction.
 */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  const knex = connection.getKnex();
  // One pooled connection holds a session lock while the migrator works on others.
  const conn = await knex.client.acquireConnection();
  try {
    await conn.query('set statement_timeout = 0');
    await conn.query(`select pg_advisory_lock(${MIGRATION_LOCK})`);
    const applied = await connection.transactional(async (trx) => {
      await connection.execute(LIFT_TIME_LIMITS_SQL, [], 'all', trx);
      return orm.getMigrator().up({ transaction: trx });
    });
    return applied.map((m) => m.name);
  } finally {
    await conn.query(`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    // Back to the pool's own limit before the connection serves anyone else.
    await conn.query('reset statement_timeout').catch(() => undefined);
    await knex.client.releaseConnection(conn);
  }
}
