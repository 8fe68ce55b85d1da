import { graphql } from '../gql';
import { agencies } from '../../src/db/seed/reference-data';
import { startTestApp, type TestApp } from '../support/app';

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
