import { graphql } from '../gql';
import { loadConfig } from '../../src/config';
import { agencies } from '../../src/db/seed/reference-data';
import { createTokenVerifier } from '../../src/identity/token-verifier';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';

const Me = graphql(`
  query Me {
    me {
      id
      username
      roles
      agency {
        code
        kind
        level
        countyCode
        county {
          code
          name
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('identity: bearer JWTs', () => {
  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const res = await app.request(Me, {});
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a malformed header, a forged signature, an expired token and an unknown user', async () => {
    const forged = (await app.token('drc.leader')).replace(/\.[^.]+$/, '.AAAA');
    const expired = await app.token('drc.leader', { expiresIn: Math.floor(Date.now() / 1000) - 3600 });
    const unknown = await app.token('nobody.here');
    for (const authorization of ['Token abc', `Bearer ${forged}`, `Bearer ${expired}`, `Bearer ${unknown}`]) {
      const res = await app.request(Me, {}, { authorization });
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token signed by another key pair', async () => {
    const { generateKeyPair, SignJWT } = await import('jose');
    const other = await generateKeyPair('ES256');
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('drc.leader')
      .setIssuer(app.config.auth.issuer)
      .setAudience(app.config.auth.audience)
      .setExpirationTime('1h')
      .sign(other.privateKey);
    const res = await app.request(Me, {}, { authorization: `Bearer ${token}` });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers `me` for every seeded user with their agency, county and roles', async () => {
    for (const agency of agencies) {
      for (const user of agency.users) {
        const data = await app.query(Me, {}, user.username);
        expect(data.me.username).toBe(user.username);
        expect(data.me.roles).toEqual(user.roles);
        expect(data.me.agency?.code).toBe(agency.code);
        expect(data.me.agency?.kind).toBe(agency.kind);
        expect(data.me.agency?.countyCode ?? undefined).toBe(agency.countyCode);
        expect(data.me.agency?.level).toBe(agency.countyCode ? 'COUNTY' : 'MUNICIPAL');
      }
    }
  });

  it('keeps the health check open without a token', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves GraphiQL from its own assets, naming no outside host', async () => {
    const page = await (await fetch(`${app.url}/graphiql`)).text();
    expect(page).toContain('/graphiql/assets/graphiql.js');
    expect(page).not.toMatch(/https?:\/\//);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'graphiql-start.js']) {
      const res = await fetch(`${app.url}/graphiql/assets/${asset}`);
      expect(res.status).toBe(200);
    }
  });
});

describe('identity: OA clients and token lifetimes', () => {
  let oa: TestApp;
  beforeAll(async () => {
    oa = await startTestApp({ env: { OA_CLIENTS: 'oa-municipal, oa-taihe:TAIHE-GOV|TAIHE-DEPT', AUTH_MAX_TOKEN_LIFETIME: '24h' } });
  });
  afterAll(() => oa.stop());

  const now = () => Math.floor(Date.now() / 1000);

  /** A token signed with the app's key, with any claims (and iat/exp set or left out). */
  async function sign(claims: Record<string, unknown>, times: { iat?: number; exp?: number } = {}, sub = 'gaj.clerk') {
    const { SignJWT } = await import('jose');
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(sub)
      .setIssuer(oa.config.auth.issuer)
      .setAudience(oa.config.auth.audience)
      .setExpirationTime(times.exp ?? now() + 3600);
    if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
    return jwt.sign(oa.keys.privateKey);
  }

  async function me(token: string) {
    return oa.request('{ me { username } }', {}, { authorization: `Bearer ${token}`, lang: 'en' });
  }

  async function expectRefused(token: string, reason: RegExp) {
    const res = await me(token);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toMatch(reason);
  }

  it('lets a configured OA client act for a user, for any agency or only the listed ones', async () => {
    expect((await me(await sign({ act: { sub: 'oa-municipal' } }))).data).toEqual({ me: { username: 'gaj.clerk' } });
    expect((await me(await sign({ act: { sub: 'oa-municipal' } }, {}, 'taihe.gov'))).data).toEqual({ me: { username: 'taihe.gov' } });
    expect((await me(await sign({ act: { sub: 'oa-taihe' } }, {}, 'taihe.dept'))).data).toEqual({ me: { username: 'taihe.dept' } });
    await expectRefused(await sign({ act: { sub: 'oa-taihe' } }, {}, 'gaj.clerk'), /may not act for this user's agency/);
    await expectRefused(await sign({ act: { sub: 'oa-taihe' } }, {}, 'jishui.gov'), /may not act for this user's agency/);
  });

  it('refuses an unknown OA client, the development default included once OA_CLIENTS is set', async () => {
    await expectRefused(await sign({ act: { sub: 'oa-elsewhere' } }), /unknown OA client/);
    await expectRefused(await sign({ act: { sub: 'oa-system' } }), /unknown OA client/);
  });

  it('refuses a malformed act claim, and a NUL in it is a refusal, not a fault, and not audited', async () => {
    const cases: [unknown, RegExp][] = [
      ['oa-municipal', /act claim: not an object/],
      [['oa-municipal'], /act claim: not an object/],
      [null, /act claim: not an object/],
      [{ sub: 'oa-municipal', act: { sub: 'oa-taihe' } }, /act claim: nested actor/],
      [{}, /act claim: no valid subject/],
      [{ sub: '' }, /act claim: no valid subject/],
      [{ sub: 42 }, /act claim: no valid subject/],
      [{ sub: { sub: 'oa-municipal' } }, /act claim: no valid subject/],
      [{ sub: 'oa-\u0000municipal' }, /act claim: no valid subject/],
      [{ sub: 'oa-municipal\n' }, /act claim: no valid subject/],
      [{ sub: 'oa-\ud800' }, /act claim: no valid subject/],
    ];
    for (const [act, reason] of cases) await expectRefused(await sign({ act }), reason);
    const events = async () => Number((await sqlAsAdmin<{ n: string }>(oa.database, 'select count(*) n from audit_event'))[0].n);
    const before = await events();
    const res = await oa.request(
      'mutation ($input: ProjectCreateInput!) { projectCreate(input: $input) { errors { code } } }',
      { input: { name: 'NUL 代办', category: 'BUSINESS_SYSTEM', buildType: 'NEW', network: 'EGOV_EXTRANET', investment: '1.00', classified: false } },
      { authorization: `Bearer ${await sign({ act: { sub: 'oa\u0000x' } })}` },
    );
    expect(res.status).toBe(401);
    expect(await events()).toBe(before);
  });

  it('refuses a subject with control characters as a refusal, not a fault', async () => {
    await expectRefused(await sign({}, {}, 'gaj\u0000clerk'), /no valid subject/);
  });

  it('refuses iat in the future beyond the 30 s clock tolerance, and accepts it within', async () => {
    await expectRefused(await sign({}, { iat: now() + 120, exp: now() + 3600 }), /issued in the future/);
    expect((await me(await sign({}, { iat: now() + 10, exp: now() + 3600 }))).data).toEqual({ me: { username: 'gaj.clerk' } });
  });

  it('refuses a lifetime over AUTH_MAX_TOKEN_LIFETIME, measured from iat, or from now without iat', async () => {
    await expectRefused(await sign({}, { iat: now(), exp: now() + 25 * 3600 }), /lifetime over the maximum of 86400 s/);
    await expectRefused(await sign({}, { iat: now() - 3600, exp: now() + 100 * 365 * 86400 }), /lifetime over the maximum/);
    await expectRefused(await sign({}, { exp: now() + 25 * 3600 }), /lifetime over the maximum/);
    // An old iat counts: issued 20 h ago for 30 h is over 24 h, though 10 h remain.
    await expectRefused(await sign({}, { iat: now() - 20 * 3600, exp: now() + 10 * 3600 }), /lifetime over the maximum/);
    expect((await me(await sign({}, { iat: now(), exp: now() + 24 * 3600 }))).data).toEqual({ me: { username: 'gaj.clerk' } });
    expect((await me(await sign({}, { exp: now() + 3600 }))).data).toEqual({ me: { username: 'gaj.clerk' } });
  });

  it('mints acceptable tokens with the local minter (as `npm run token` does), with and without an OA client', async () => {
    expect((await me(await oa.token('gaj.clerk'))).data).toEqual({ me: { username: 'gaj.clerk' } });
    expect((await me(await oa.token('gaj.clerk', { actor: 'oa-municipal' }))).data).toEqual({ me: { username: 'gaj.clerk' } });
  });

  it('applies a shorter configured maximum', async () => {
    const verify = createTokenVerifier({ ...oa.config.auth, maxTokenLifetimeSeconds: 3600 }, oa.keys);
    await expect(verify(await sign({}, { iat: now(), exp: now() + 2 * 3600 }))).rejects.toThrow(/lifetime over the maximum of 3600 s/);
    await expect(verify(await sign({}, { iat: now(), exp: now() + 3600 }))).resolves.toMatchObject({ sub: 'gaj.clerk' });
  });
});

describe('identity: configuration of OA clients and lifetimes', () => {
  const production = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.jian.gov.cn/jwks', AUTH_ISSUER: 'idp', AUTH_AUDIENCE: 'api' };

  it('allows the README example client oa-system in development, and no client in production unless configured', () => {
    expect([...loadConfig({}).auth.oaClients]).toEqual([['oa-system', null]]);
    expect([...loadConfig(production).auth.oaClients]).toEqual([]);
    expect([...loadConfig({ ...production, OA_CLIENTS: 'oa-municipal' }).auth.oaClients]).toEqual([['oa-municipal', null]]);
  });

  it('reads client IDs with optional agency codes, and refuses a malformed list at start-up', () => {
    const clients = loadConfig({ OA_CLIENTS: 'oa-municipal, oa-taihe:TAIHE-GOV|TAIHE-DEPT ,oa.v2_x' }).auth.oaClients;
    expect([...clients]).toEqual([['oa-municipal', null], ['oa-taihe', ['TAIHE-GOV', 'TAIHE-DEPT']], ['oa.v2_x', null]]);
    expect(() => loadConfig({ OA_CLIENTS: 'oa-taihe:TAIHE_GOV' })).toThrow(/not an agency code/);
    expect(() => loadConfig({ OA_CLIENTS: 'oa-taihe:' })).toThrow(/not an agency code/);
    expect(() => loadConfig({ OA_CLIENTS: 'oa-taihe:GAJ:DRC' })).toThrow(/not a client ID/);
    expect(() => loadConfig({ OA_CLIENTS: 'oa taihe' })).toThrow(/not a client ID/);
    expect(() => loadConfig({ OA_CLIENTS: 'oa-a,oa-a:GAJ' })).toThrow(/listed twice/);
  });

  it('reads AUTH_MAX_TOKEN_LIFETIME as a duration, 24 h by default', () => {
    expect(loadConfig({}).auth.maxTokenLifetimeSeconds).toBe(86400);
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '8h' }).auth.maxTokenLifetimeSeconds).toBe(28800);
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '90m' }).auth.maxTokenLifetimeSeconds).toBe(5400);
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '3600' }).auth.maxTokenLifetimeSeconds).toBe(3600);
    for (const bad of ['0', '-1h', 'one day', '1w']) expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME: bad })).toThrow(/duration/);
  });
});
