import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { projectRoot } from '../paths';
import { entities } from './entities';

/**
 * The one ORM configuration of the app, the migration scripts and the tests.
 * Migrations are read from `migrations/` under TypeScript and from `dist/migrations/` when compiled.
 */
/**
 * The configuration for read-only principals (the Audit Bureau): every session of this pool is
 * READ ONLY, so PostgreSQL itself refuses any write, whatever the code does. Points at the read
 * replica when there is one.
 */
export function readOnlyOrmConfig(clientUrl: string): Options {
  return ormConfig(clientUrl, {
    pool: {
      min: 0,
      max: 10,
      afterCreate: (conn: { query(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) => {
        conn.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY', (err) => done(err, conn));
      },
    },
  });
}

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  const compiled = __filename.endsWith('.js');
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Relations of read paths go through DataLoaders; the ORM never loads lazily behind our back.
    loadStrategy: 'select-in',
    debug: false,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    migrations: {
      path: compiled ? path.join(projectRoot, 'dist', 'migrations') : path.join(projectRoot, 'migrations'),
      pathTs: path.join(projectRoot, 'migrations'),
      glob: compiled ? '!(*.d).js' : '!(*.d).ts',
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    ...overrides,
  });
}
