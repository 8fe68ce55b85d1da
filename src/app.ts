import { MikroORM } from '@mikro-orm/postgresql';
import { loadPolicies } from './authz/policy-loader';
import type { AppConfig } from './config';
import type { AppServices } from './context';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { migrateUp } from './db/migrate';
import { ormConfig, readOnlyOrmConfig, servingLimits } from './db/orm.config';
import { seedReferenceData } from './db/seed/seed';
import { loadOrCreateLocalKeys, type LocalKeys } from './identity/keys';
import { createTokenVerifier } from './identity/token-verifier';

export interface Booted {
  services: AppServices;
  localKeys?: LocalKeys;
  embedded?: EmbeddedDatabase;
  shutdown(): Promise<void>;
}

/**
 * Everything the service needs before it serves: policies validated (a bad policy stops the boot),
 * the database (embedded when DATABASE_URL is unset) migrated and seeded, the token verifier.
 */
export async function boot(config: AppConfig, options: { seed?: boolean; migrate?: boolean } = {}): Promise<Booted> {
  const policies = loadPolicies();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  let orm: MikroORM | undefined;
  let readOrm: MikroORM | undefined;
  try {
    orm = await MikroORM.init(ormConfig(url, servingLimits(config.database)));
    if (options.migrate !== false) await migrateUp(orm);
    if (options.seed !== false) await seedReferenceData(orm.em.fork());
    readOrm = await MikroORM.init(readOnlyOrmConfig(config.databaseReadUrl ?? url, config.database));
    const localKeys = config.auth.jwksUrl ? undefined : await loadOrCreateLocalKeys(config.dataDir);
    const verifyToken = createTokenVerifier(config.auth, localKeys);
    const services: AppServices = { config, orm, readOrm, policies, verifyToken };
    const o = orm;
    const r = readOrm;
    return {
      services,
      localKeys,
      embedded,
      async shutdown() {
        await r.close();
        await o.close();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await orm?.close();
    await embedded?.stop();
    throw e;
  }
}
