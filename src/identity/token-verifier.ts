import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import type { AppConfig } from '../config';
import { LOCAL_ALG, type LocalKeys } from './keys';

export interface VerifiedClaims extends JWTPayload {
  sub: string;
  /** RFC 8693 actor: the OA system calling server to server for the user. */
  act?: { sub?: string };
}

export class TokenError extends Error {
  override name = 'TokenError';
}

export type TokenVerifier = (token: string) => Promise<VerifiedClaims>;

/**
 * Verifies bearer JWTs: against the identity platform's JWKS when `AUTH_JWKS_URL` is set (the
 * platform sits on the e-gov extranet), otherwise against the local public key. Issuer, audience,
 * expiry and signature are all checked; a token without `sub` is refused.
 */
export function createTokenVerifier(config: AppConfig['auth'], local?: LocalKeys): TokenVerifier {
  const key: CryptoKey | ReturnType<typeof createRemoteJWKSet> | undefined = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : local?.publicKey;
  if (!key) throw new Error('No token verification key: set AUTH_JWKS_URL or provide local keys');
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as any, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : [LOCAL_ALG],
        clockTolerance: 30,
        // A token that never expires is refused, whoever issued it.
        requiredClaims: ['exp', 'sub'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new TokenError('token has no subject');
      return payload as VerifiedClaims;
    } catch (e) {
      if (e instanceof TokenError) throw e;
      if (e instanceof errors.JWTExpired) throw new TokenError('token expired');
      if (e instanceof errors.JOSEError) throw new TokenError(`token rejected: ${e.code}`);
      throw e;
    }
  };
}

/** Mints a token with the local key (development, tests, `npm run token`). */
export async function mintLocalToken(
  keys: LocalKeys,
  auth: AppConfig['auth'],
  subject: string,
  options: { expiresIn?: string | number; actor?: string } = {},
): Promise<string> {
  // An OA system acting for the user is named in the RFC 8693 `act` claim.
  const jwt = new SignJWT(options.actor ? { act: { sub: options.actor } } : {})
    .setProtectedHeader({ alg: LOCAL_ALG })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  return jwt.sign(keys.privateKey);
}
