import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';

const WhoAmI = graphql(`
  query WhoAmI {
    me {
      username
      agency {
        name
      }
    }
  }
`);

const signIn = (app: TestApp, body: unknown, contentType = 'application/json') =>
  fetch(`${app.url}/graphiql/sign-in`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) });

describe('GraphiQL sign-in with the local development keys', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('shows the picker on the page, still naming no outside host', async () => {
    const page = await (await fetch(`${app.url}/graphiql`)).text();
    expect(page).toContain('id="sign-in-user"');
    expect(page).toContain('data-sign-in="on"');
    const start = await (await fetch(`${app.url}/graphiql/assets/graphiql-start.js`)).text();
    expect(start).toContain('/graphiql/sign-in');
    expect(`${page}\n${start}`).not.toMatch(/https?:\/\//);
  });

  it('lists the seeded users with their agency and roles, not the system user', async () => {
    const res = await fetch(`${app.url}/graphiql/sign-in`);
    expect(res.status).toBe(200);
    const { users } = (await res.json()) as { users: { username: string; agency: string; roles: string[] }[] };
    expect(users).toContainEqual(expect.objectContaining({ username: 'drc.clerk', agency: '吉安市发展和改革委员会', roles: ['CLERK'] }));
    expect(users.length).toBeGreaterThan(20);
    expect(users.map((u) => u.username)).not.toContain('bdc.scheduler');
  });

  it('mints a token the API accepts for the chosen user', async () => {
    const res = await signIn(app, { username: 'drc.clerk' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token } = (await res.json()) as { token: string };
    const me = await app.request(WhoAmI, {}, { authorization: `Bearer ${token}` });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.username).toBe('drc.clerk');
  });

  it('refuses an unknown user and a body that is not JSON', async () => {
    const unknown = await signIn(app, { username: 'nobody.here' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as any).errors[0].extensions).toMatchObject({ code: 'INVALID_INPUT', rule: 'known-user' });
    const form = await signIn(app, 'username=drc.clerk', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
  });
});

describe('GraphiQL sign-in with an identity platform', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Never fetched: no request in this test carries a token.
    app = await startTestApp({ env: { AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json' } });
  });
  afterAll(() => app.stop());

  it('has no picker and refuses both the list and the token', async () => {
    const page = await (await fetch(`${app.url}/graphiql`)).text();
    expect(page).toContain('data-sign-in="off"');
    expect(page).not.toContain('sign-in-user');
    for (const res of [await fetch(`${app.url}/graphiql/sign-in`), await signIn(app, { username: 'drc.clerk' })]) {
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'development-keys-only' });
    }
  });
});
