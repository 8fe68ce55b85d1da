import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { AppConfig } from '../config';
import { RequestStatementLogger } from '../log/statement-logger';
import { projectRoot } from '../paths';
import { entities } from './entities';

/**
 * The pool of a serving process and the time limits PostgreSQL enforces on each of its sessions,
 * sent as startup parameters so that they hold from the first statement: no statement holds a
 * connection longer than `statementTimeoutMs`, no transaction sits idle on its locks longer than
 * `idleInTransactionTimeoutMs`. Migrations and seeding lift them for their own transaction
 * (`LIFT_TIME_LIMITS_SQL`).
 */
export function servingLimits(limits: AppConfig['database']): Pick<Options, 'pool' | 'driverOptions'> {
  return {
    pool: { min: 0, max: limits.poolMax },
    driverOptions: {
      connection: {
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      },
    },
  };
}

/** Lifts the serving time limits for the rest of the current transaction (migrating, seeding). */
export const LIFT_TIME_LIMITS_SQL =
  "select set_config('statement_timeout', '0', true), set_config('idle_in_transaction_session_timeout', '0', true)";

/**
 * The configuration for read-only principals (the Audit Bureau): every session of this pool is
 * READ ONLY, so PostgreSQL itself refuses any write, whatever the code does. Points at the read
 * replica when there is one.
 */
export function readOnlyOrmConfig(clientUrl: string, limits?: AppConfig['database']): Options {
  const serving = limits ? servingLimits(limits) : { pool: { min: 0, max: 10 } };
  return ormConfig(clientUrl, {
    ...serving,
    pool: {
      ...serving.pool,
      afterCreate: (conn: { query(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) => {
        conn.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY', (err) => done(err, conn));
      },
    },
  });
}

/**
 * The one ORM configuration of the app, the migration scripts and the tests.
 * Migrations are read from `migrations/` under TypeScript and from `dist/migrations/` when compiled.
 */
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
    // Counts each request's statements for its log line.
    loggerFactory: (options) => new RequestStatementLogger(options),
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
