import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { loadPolicies } from './authz/policy-loader';
import type { AppConfig } from './config';
import type { AppServices } from './context';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { migrateUp } from './db/migrate';
import { ormConfig, readOnlyOrmConfig, servingLimits } from './db/orm.config';
import { seedReferenceData } from './db/seed/seed';
import { developmentKeysOf, loadOrCreateLocalKeys, type LocalKeys } from './identity/keys';
import { PrincipalCache } from './identity/principal-cache';
import { createTokenVerifier } from './identity/token-verifier';
import { createLogger, type Logger } from './log/logger';
import { Metrics } from './metrics/metrics';

export interface Booted {
  services: AppServices;
  localKeys?: LocalKeys;
  embedded?: EmbeddedDatabase;
  /**
   * Registers work for the shutdown, run in order after the server stopped serving and before the
   * ORM closes, so it still has the database (the last audit checkpoint belongs here). A failing
   * hook is logged and does not keep the others from running.
   */
  onShutdown(hook: () => Promise<void>): void;
  /** Runs the shutdown hooks, closes the ORM, leaves the embedded PostgreSQL (see db/embedded.ts). */
  shutdown(): Promise<void>;
}

/** A reason the service cannot start, said in one line to whoever started it. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** The URL without its password, to name it in a message. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Connects once with a bound, so an unreachable database is one clear line instead of a hang or a stack. */
async function checkReachable(url: string, variable: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (e) {
    throw new StartupError(`Cannot connect to the database ${redactUrl(url)} (${variable}): ${(e as Error).message || (e as { code?: string }).code || 'no answer'}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Everything the service needs before it serves: policies validated (a bad policy stops the boot),
 * the database (embedded when DATABASE_URL is unset) migrated and seeded, the token verifier, the
 * logger (made from the configuration unless given).
 */
export async function boot(
  config: AppConfig,
  options: { seed?: boolean; migrate?: boolean; logger?: Logger; /** Keep signed-in users between changes (serving); false for a CLI. */ principals?: boolean } = {},
): Promise<Booted> {
  const logger = options.logger ?? createLogger(config.log, { production: config.production });
  const policies = loadPolicies();
  if (config.databaseUrl) await checkReachable(config.databaseUrl, 'DATABASE_URL');
  if (config.databaseReadUrl) await checkReachable(config.databaseReadUrl, 'DATABASE_READ_URL');
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  let orm: MikroORM | undefined;
  let readOrm: MikroORM | undefined;
  let principals: PrincipalCache | undefined;
  try {
    orm = await MikroORM.init(ormConfig(url, servingLimits(config.database)));
    if (options.migrate !== false) await migrateUp(orm);
    if (options.seed !== false) await seedReferenceData(orm.em.fork());
    readOrm = await MikroORM.init(readOnlyOrmConfig(config.databaseReadUrl ?? url, config.database));
    const localKeys = config.auth.jwksUrl ? undefined : await loadOrCreateLocalKeys(config.dataDir);
    const verifyToken = createTokenVerifier(config.auth, localKeys);
    const developmentKeys = developmentKeysOf(config, localKeys);
    const services: AppServices = { config, orm, readOrm, policies, verifyToken, developmentKeys, logger };
    services.metrics = new Metrics(services);
    if (options.principals !== false && config.auth.principalCacheSeconds > 0) {
      principals = new PrincipalCache(url, config.auth.principalCacheSeconds * 1000, logger);
      // Off until it hears its probe (a few milliseconds); it keeps trying when it cannot.
      await principals.start();
      services.principals = principals;
    }
    const o = orm;
    const r = readOrm;
    const p = principals;
    const hooks: (() => Promise<void>)[] = [];
    return {
      services,
      localKeys,
      embedded,
      onShutdown(hook) {
        hooks.push(hook);
      },
      async shutdown() {
        for (const hook of hooks) await hook().catch((err) => logger.error({ err }, 'shutdown step failed'));
        await p?.stop();
        await r.close();
        await o.close();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await principals?.stop().catch(() => undefined);
    await readOrm?.close().catch(() => undefined);
    await orm?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw e;
  }
}
