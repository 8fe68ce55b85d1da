import 'reflect-metadata';
import { loadConfig } from '../config';
import { loadOrCreateLocalKeys } from '../identity/keys';
import { mintLocalToken } from '../identity/token-verifier';

/** `npm run token -- <username> [--act <oa-client>]`: a local token for a seeded user. */
async function main(): Promise<void> {
  const [username, flag, client] = process.argv.slice(2);
  if (!username) {
    console.error('usage: npm run token -- <username> [--act <service-client>]   e.g. npm run token -- drc.leader');
    process.exit(2);
  }
  const config = loadConfig();
  if (config.auth.jwksUrl) {
    console.error('AUTH_JWKS_URL is set: tokens come from the identity platform, not from here.');
    process.exit(2);
  }
  const actor = flag === '--act' ? client : undefined;
  if (actor !== undefined && !config.auth.oaClients.has(actor)) {
    console.error(`note: "${actor}" is not in OA_CLIENTS (${[...config.auth.oaClients.keys()].join(', ') || 'none'}); the API will refuse this token.`);
  }
  const keys = await loadOrCreateLocalKeys(config.dataDir);
  // 12 hours, or less when AUTH_MAX_TOKEN_LIFETIME is shorter; an absolute time, fixed before `iat`
  // is stamped, so the lifetime never exceeds the maximum by a second.
  const expiresIn = Math.floor(Date.now() / 1000) + Math.min(12 * 3600, config.auth.maxTokenLifetimeSeconds);
  const token = await mintLocalToken(keys, config.auth, username, { actor, expiresIn });
  process.stdout.write(token + '\n');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
