import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import type { AppConfig } from '../config';
import type { Msg } from '../graphql/errors';
import { LOCAL_ALG, type LocalKeys } from './keys';

export interface VerifiedClaims extends JWTPayload {
  sub: string;
  /** RFC 8693 actor: the OA system calling server to server for the user. */
  act?: { sub: string };
}

/** Why a token is refused, in both languages: the caller is told (`extensions` name no secret). */
export class TokenError extends Error {
  override name = 'TokenError';
  constructor(readonly reason: Msg) {
    super(reason.en);
  }
}

export type TokenVerifier = (token: string) => Promise<VerifiedClaims>;

/** Seconds of clock difference allowed between the identity platform and this service. */
const CLOCK_TOLERANCE = 30;

/** Control characters (NUL included) and lone surrogates, which PostgreSQL cannot store. */
const UNPRINTABLE = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A subject must be printable: a NUL or a lone surrogate would fail inside the audit insert. */
function isPrintable(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= 200 && !UNPRINTABLE.test(value);
}

/**
 * What jose does not check: the lifetime (exp − iat, or exp − now when `iat` is absent) is at most
 * `maxLifetime` seconds, `iat` is not in the future, and an `act` claim names one OA client by a
 * printable `sub`, with no nested actor (a delegation chain is not supported).
 */
function checkClaims(payload: JWTPayload, maxLifetime: number): VerifiedClaims {
  if (!isPrintable(payload.sub)) throw new TokenError({ zh: '凭证没有有效的主体（sub）', en: 'token has no valid subject' });
  const now = Math.floor(Date.now() / 1000);
  if (payload.iat !== undefined && payload.iat > now + CLOCK_TOLERANCE) throw new TokenError({ zh: '凭证的签发时间在未来', en: 'token issued in the future' });
  if (payload.exp! - (payload.iat ?? now) > maxLifetime) throw new TokenError({ zh: `凭证有效期超过上限 ${maxLifetime} 秒`, en: `token lifetime over the maximum of ${maxLifetime} s` });
  if (payload.act !== undefined) {
    const act = payload.act as Record<string, unknown> | null;
    if (typeof act !== 'object' || act === null || Array.isArray(act)) throw new TokenError({ zh: 'act 声明格式错误：不是对象', en: 'malformed act claim: not an object' });
    if ('act' in act) throw new TokenError({ zh: 'act 声明格式错误：不支持嵌套的代理方', en: 'malformed act claim: nested actor' });
    if (!isPrintable(act.sub)) throw new TokenError({ zh: 'act 声明格式错误：没有有效的主体（sub）', en: 'malformed act claim: no valid subject' });
  }
  return payload as VerifiedClaims;
}

/**
 * How long a verified token is taken at its word without checking its signature again. A portal
 * or an OA system sends the same token with every request, and the signature check (ES256 on the
 * thread pool) was a quarter of a small request's CPU. The entry is kept by the token's whole
 * text, signature included, so only the very token checked can use it; it ends when the token
 * expires (with the same tolerance) or after this long, whichever is first, so a key the identity
 * platform withdraws stops being honoured within a minute. Refused tokens are never kept.
 */
const VERIFIED_FOR_MS = 60_000;
const MAX_VERIFIED = 5000;

/**
 * Verifies bearer JWTs: against the identity platform's JWKS when `AUTH_JWKS_URL` is set (the
 * platform sits on the e-gov extranet), otherwise against the local public key. Issuer, audience,
 * expiry, signature and the claims of `checkClaims` are all checked; a token without `sub` or
 * `exp` is refused. Whether the OA client of `act` is allowed is for the caller, which knows the
 * user's agency. A token verified in the last minute is not checked again (`VERIFIED_FOR_MS`).
 */
export function createTokenVerifier(config: AppConfig['auth'], local?: LocalKeys): TokenVerifier {
  const key: CryptoKey | ReturnType<typeof createRemoteJWKSet> | undefined = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : local?.publicKey;
  if (!key) throw new Error('No token verification key: set AUTH_JWKS_URL or provide local keys');
  const verified = new Map<string, { claims: VerifiedClaims; until: number }>();
  return async (token) => {
    const now = Date.now();
    const kept = verified.get(token);
    if (kept && now < kept.until) return kept.claims;
    if (kept) verified.delete(token);
    const claims = await check(token);
    if (verified.size >= MAX_VERIFIED) verified.clear();
    verified.set(token, { claims, until: Math.min(now + VERIFIED_FOR_MS, (claims.exp! + CLOCK_TOLERANCE) * 1000) });
    return claims;
  };

  async function check(token: string): Promise<VerifiedClaims> {
    try {
      const { payload } = await jwtVerify(token, key as any, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : [LOCAL_ALG],
        clockTolerance: CLOCK_TOLERANCE,
        // A token that never expires is refused, whoever issued it.
        requiredClaims: ['exp', 'sub'],
      });
      const claims = checkClaims(payload, config.maxTokenLifetimeSeconds);
      // Shared by every request that sends this token.
      if (claims.act) Object.freeze(claims.act);
      return Object.freeze(claims);
    } catch (e) {
      if (e instanceof TokenError) throw e;
      if (e instanceof errors.JWTExpired) throw new TokenError({ zh: '凭证已过期', en: 'token expired' });
      if (e instanceof errors.JOSEError) throw new TokenError({ zh: `凭证被拒绝（${e.code}）`, en: `token rejected: ${e.code}` });
      throw e;
    }
  }
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
