import { loadConfig } from '../../src/config';
import { captureLog, startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';

const POINTS = 5;
const ANONYMOUS_POINTS = 3;
const env = { RATE_LIMIT_POINTS: String(POINTS), RATE_LIMIT_ANONYMOUS_POINTS: String(ANONYMOUS_POINTS), RATE_LIMIT_WINDOW_SECONDS: '60' };
const ME = '{ me { username } }';
const log = captureLog();

interface HttpAnswer {
  status: number;
  retryAfter: string | null;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
}

/** POST /graphql as a user (a token minted by `app`) or with no token. */
async function post(app: TestApp, as: string | null, lang?: 'en', forwardedFor?: string): Promise<HttpAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  if (as) headers.authorization = `Bearer ${await app.token(as)}`;
  if (lang) headers['accept-language'] = lang;
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: ME }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as HttpAnswer['body'] };
}

async function spend(app: TestApp, as: string | null, n: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i += 1) statuses.push((await post(app, as)).status);
  return statuses;
}

describe('rate limit per principal, shared through PostgreSQL', () => {
  let app: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env, logStream: log.stream });
    // A second API process on the same database, behind a proxy on the same host.
    second = await startTestApp({ env: { ...env, TRUST_PROXY: 'loopback' }, database: app.database });
  });
  afterAll(async () => {
    await second?.stop();
    await app?.stop();
  });

  it('defaults to 600 requests a minute per principal and 60 without a token; 0 turns it off', () => {
    expect(loadConfig({}).rateLimit).toEqual({ points: 600, anonymousPoints: 60, windowSeconds: 60 });
    expect(loadConfig({ RATE_LIMIT_POINTS: '0' }).rateLimit.points).toBe(0);
  });

  it('answers the request past the budget with 429, Retry-After and the JSON error', async () => {
    expect(await spend(app, 'drc.leader', POINTS)).toEqual(Array(POINTS).fill(200));
    const over = await post(app, 'drc.leader');
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(over.retryAfter)).toBeLessThanOrEqual(60);
    expect(over.body.errors).toEqual([
      {
        message: expect.stringMatching(/请求过于频繁/),
        extensions: { code: 'RATE_LIMITED', requestId: expect.any(String), retryAfterSeconds: Number(over.retryAfter) },
      },
    ]);
    expect((await post(app, 'drc.leader', 'en')).body.errors![0].message).toMatch(/^Too many requests; retry in \d+ s$/);
    // Uploads draw on the same budget.
    const upload = await fetch(`${app.url}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await app.token('drc.leader')}`, 'content-type': 'application/pdf' },
      body: Buffer.from('%PDF-1.4'),
    });
    expect(upload.status).toBe(429);
    expect(upload.headers.get('retry-after')).not.toBeNull();
  });

  it('gives every principal a budget of its own', async () => {
    expect(await spend(app, 'bdc.leader', POINTS)).toEqual(Array(POINTS).fill(200));
    expect((await post(app, 'bdc.leader')).status).toBe(429);
    expect((await post(app, 'bdc.clerk')).status).toBe(200);
  });

  it('counts requests without a valid token per address, on a smaller budget, apart from the users', async () => {
    expect(await spend(app, null, ANONYMOUS_POINTS)).toEqual(Array(ANONYMOUS_POINTS).fill(401));
    const over = await post(app, null);
    expect(over.status).toBe(429);
    expect(over.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    // A forged token is no way out of the address's budget.
    const forged = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: ME }),
    });
    expect(forged.status).toBe(429);
    expect((await post(app, 'jyj.clerk')).status).toBe(200);
  });

  it('takes the client address from X-Forwarded-For only behind a trusted proxy', async () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(false);
    const spendFrom = async (target: TestApp, address: string) => {
      const statuses: number[] = [];
      for (let i = 0; i <= ANONYMOUS_POINTS; i += 1) statuses.push((await post(target, null, undefined, address)).status);
      return statuses;
    };
    expect(await spendFrom(second, '10.0.0.1')).toEqual([...Array(ANONYMOUS_POINTS).fill(401), 429]);
    expect((await post(second, null, undefined, '10.0.0.2')).status).toBe(401);
    // Without a trusted proxy the header names nobody: every such request is the socket's address.
    await spendFrom(app, '10.0.0.3');
    expect((await post(app, null, undefined, '10.0.0.4')).status).toBe(429);
  });

  it('shares one budget between two API processes on one database', async () => {
    const statuses = [...(await spend(app, 'jyj.leader', 3)), ...(await spend(second, 'jyj.leader', 2))];
    expect(statuses).toEqual(Array(POINTS).fill(200));
    expect((await post(second, 'jyj.leader')).status).toBe(429);
    expect((await post(app, 'jyj.leader')).status).toBe(429);
    // One counter, in the database: the user's, with no OA system acting for them.
    const [{ id }] = await sqlAsAdmin<{ id: string }>(app.database, `select id from "user" where username = 'jyj.leader'`);
    expect(await sqlAsAdmin(app.database, 'select points from rate_limit where key = $1', [`principal:${id}:`])).toEqual([{ points: POINTS + 2 }]);
  });

  it('keeps counting in each process, and logs, while the shared counter fails', async () => {
    await sqlAsAdmin(app.database, 'alter table rate_limit rename to rate_limit_away');
    try {
      expect(await spend(app, 'gaj.clerk', POINTS)).toEqual(Array(POINTS).fill(200));
      expect((await post(app, 'gaj.clerk')).status).toBe(429);
      const failures = log.lines().filter((l) => /^rate limit: the shared counter failed/.test(l.msg));
      // Once per interval, not once per request; with the database's own message.
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ level: 'error', err: { message: expect.stringContaining('rate_limit') } });
    } finally {
      await sqlAsAdmin(app.database, 'alter table rate_limit_away rename to rate_limit');
    }
  });
});
