import { generateKeyPair } from 'jose';
import { loadConfig } from '../../src/config';
import type { LocalKeys } from '../../src/identity/keys';
import { createTokenVerifier, mintLocalToken, TokenError, type TokenVerifier } from '../../src/identity/token-verifier';

/**
 * A verified token is taken at its word for a minute at most, never past its expiry, and only the
 * very token checked (src/identity/token-verifier.ts).
 */
const auth = loadConfig({}).auth;
let keys: LocalKeys;
let verify: TokenVerifier;
beforeAll(async () => {
  keys = (await generateKeyPair('ES256')) as LocalKeys;
});
beforeEach(() => {
  verify = createTokenVerifier(auth, keys);
});
afterEach(() => jest.useRealTimers());

/** Only the clock moves: promises, ticks and the crypto thread pool run as usual. */
function fakeClock(): (ms: number) => void {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  return (ms) => jest.setSystemTime(Date.now() + ms);
}

describe('token verification kept for a minute', () => {
  it('answers the same token again from what it checked, frozen', async () => {
    const token = await mintLocalToken(keys, auth, 'taihe.gov', { actor: 'oa-municipal' });
    const first = await verify(token);
    expect(first).toMatchObject({ sub: 'taihe.gov', act: { sub: 'oa-municipal' } });
    expect(await verify(token)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.act)).toBe(true);
  });

  it('checks the signature again after a minute', async () => {
    const advance = fakeClock();
    const token = await mintLocalToken(keys, auth, 'taihe.gov');
    const first = await verify(token);
    advance(59_000);
    expect(await verify(token)).toBe(first);
    advance(2_000);
    const again = await verify(token);
    expect(again).not.toBe(first);
    expect(again.sub).toBe('taihe.gov');
  });

  it('refuses a kept token once it has expired, as it would refuse it unkept', async () => {
    const advance = fakeClock();
    const token = await mintLocalToken(keys, auth, 'taihe.gov', { expiresIn: '20s' });
    await verify(token);
    // jose's tolerance of 30 s past the expiry holds for a kept token too.
    advance(45_000);
    expect((await verify(token)).sub).toBe('taihe.gov');
    advance(10_000);
    await expect(verify(token)).rejects.toThrow(new TokenError({ zh: '凭证已过期', en: 'token expired' }));
  });

  it('keeps nothing of a refused token, and never answers another token from a kept one', async () => {
    const token = await mintLocalToken(keys, auth, 'taihe.gov');
    await verify(token);
    // The same header and claims with another signature.
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    await expect(verify(forged)).rejects.toBeInstanceOf(TokenError);
    await expect(verify(forged)).rejects.toBeInstanceOf(TokenError);
    const otherKeys = (await generateKeyPair('ES256')) as LocalKeys;
    await expect(verify(await mintLocalToken(otherKeys, auth, 'taihe.gov'))).rejects.toBeInstanceOf(TokenError);
  });
});
