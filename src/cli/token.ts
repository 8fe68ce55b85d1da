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
  const keys = await loadOrCreateLocalKeys(config.dataDir);
  const token = await mintLocalToken(keys, config.auth, username, { actor: flag === '--act' ? client : undefined });
  process.stdout.write(token + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
