import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type CryptoKey } from 'jose';

export const LOCAL_ALG = 'ES256';

export interface LocalKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/**
 * The local signing key pair used when no identity platform is configured: generated once under
 * `<dataDir>/keys/` and reused, so tokens minted by `npm run token` stay valid across restarts.
 */
export async function loadOrCreateLocalKeys(dataDir: string): Promise<LocalKeys> {
  const dir = path.join(dataDir, 'keys');
  const privPath = path.join(dir, 'jwt-private.pem');
  const pubPath = path.join(dir, 'jwt-public.pem');
  if (!fs.existsSync(privPath)) {
    const pair = await generateKeyPair(LOCAL_ALG, { extractable: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(privPath, await exportPKCS8(pair.privateKey), { mode: 0o600 });
    fs.writeFileSync(pubPath, await exportSPKI(pair.publicKey));
  }
  return {
    privateKey: await importPKCS8(fs.readFileSync(privPath, 'utf8'), LOCAL_ALG),
    publicKey: await importSPKI(fs.readFileSync(pubPath, 'utf8'), LOCAL_ALG),
  };
}

/**
 * The local key pair when it counts as development keys: no identity platform is configured and
 * the service is not in production (production requires the identity platform anyway). Only then
 * may the service mint tokens for whoever asks (GraphiQL's sign-in picker).
 */
export function developmentKeysOf(config: Pick<AppConfig, 'production' | 'auth'>, local: LocalKeys | undefined): LocalKeys | undefined {
  return config.production || config.auth.jwksUrl ? undefined : local;
}
