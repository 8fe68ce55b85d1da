import { loadConfig } from '../../src/config';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { CORS_ORIGINS: 'https://portal.taihe.gov.cn' } });
});
afterAll(() => app.stop());

const create = (name: string) => ({
  query: `mutation ($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id code } errors { code rule } } }`,
  variables: { input: { name, category: 'BUSINESS_SYSTEM', buildType: 'NEW', network: 'EGOV_EXTRANET', investment: '100000.00', classified: false } },
});

async function post(body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token('jyj.clerk')}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: (await res.json()) as any };
}

describe('HTTP conventions', () => {
  it('runs a mutation retried with the same Idempotency-Key once, and answers the first response again', async () => {
    const count = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, "select count(*) n from project where name = '校园安全平台'"))[0].n);
    const first = await post(create('校园安全平台'), { 'idempotency-key': 'retry-0001-abcdef' });
    const again = await post(create('校园安全平台'), { 'idempotency-key': 'retry-0001-abcdef' });
    expect(first.body.data.projectCreate.errors).toEqual([]);
    expect(again.body).toEqual(first.body);
    expect(again.replayed).toBe('true');
    expect(await count()).toBe(1);
    const other = await post(create('另一个项目'), { 'idempotency-key': 'retry-0001-abcdef' });
    expect(other.status).toBe(422);
  });

  it('answers in English with Accept-Language: en, in Chinese otherwise', async () => {
    const bad = { ...create('x'), variables: { input: { ...create('x').variables.input, category: 'OFFICE_EQUIPMENT' } } };
    const en = await post(bad, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.body.data.projectCreate.errors[0]).toMatchObject({ code: 'INVALID_INPUT', rule: 'PM-2' });
    const enMsg = await post({ ...bad, query: bad.query.replace('errors { code rule }', 'errors { message }') }, { 'accept-language': 'en' });
    expect(enMsg.body.data.projectCreate.errors[0].message).toMatch(/outside the scope/);
    const zh = await post({ ...bad, query: bad.query.replace('errors { code rule }', 'errors { message }') }, {});
    expect(zh.body.data.projectCreate.errors[0].message).toMatch(/不属于政务信息化项目/);
  });

  it('allows only the configured browser origins (CORS), none by default', async () => {
    const allowed = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://portal.taihe.gov.cn', 'access-control-request-method': 'POST' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.taihe.gov.cn');
    const other = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('records the OA system acting for a user in the audit trail', async () => {
    const token = await app.token('jyj.clerk', { actor: 'oa.jian.gov' });
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(create('OA代办项目')),
    });
    expect(res.status).toBe(200);
    const [event] = await sqlAsAdmin(app.database, "select actor_username, service_client from audit_event where action = 'create' order by seq desc limit 1");
    expect(event).toEqual({ actor_username: 'jyj.clerk', service_client: 'oa.jian.gov' });
  });

  it('lets the Audit Bureau read the trail and verify the chain (PM-18); others may not verify', async () => {
    const res = await app.request('{ auditEvents(first: 5) { totalCount nodes { action outcome rule } } auditChainStatus { ok checked } }', {}, { as: 'audit.auditor' });
    expect(res.errors).toBeUndefined();
    expect((res.data as { auditChainStatus: { ok: boolean } }).auditChainStatus.ok).toBe(true);
    // The Audit Bureau's database sessions are READ ONLY: PostgreSQL itself refuses a write.
    await expect(app.services.readOrm.em.fork().getConnection().execute("update agency set name = name where code = 'DRC'")).rejects.toThrow(/read-only transaction/);
    const denied = await app.request('{ auditChainStatus { ok } }', {}, { as: 'drc.leader' });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('values PostgreSQL would refuse', () => {
  it('refuses an over-long text before anything runs, and keeps null for a required field', async () => {
    const events = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from audit_event'))[0].n);
    const before = await events();
    const long = await post(create('长'.repeat(300)), {});
    expect(long.status).toBe(400);
    expect(long.body.errors[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'input.name', reason: 'TOO_LONG' });
    // Refused like a malformed query, before the mutation ran: nothing changed, nothing to audit.
    expect(await events()).toBe(before);
    const created = await post(create('可清空字段的项目'), {});
    const id = created.body.data.projectCreate.project.id;
    const update = {
      query: `mutation ($input: ProjectUpdateInput!) { projectUpdate(input: $input) { project { name } errors { code } } }`,
      variables: { input: { id, name: null, investment: null, scale: null } },
    };
    const res = await post(update, {});
    expect(res.body.data.projectUpdate).toEqual({ project: { name: '可清空字段的项目' }, errors: [] });
  });
});

describe('hardening', () => {
  it('refuses a token without an expiry', async () => {
    const { SignJWT } = await import('jose');
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('drc.leader')
      .setIssuer(app.config.auth.issuer)
      .setAudience(app.config.auth.audience)
      .sign(app.keys.privateKey);
    const res = await app.request('{ me { id } }', {}, { authorization: `Bearer ${token}` });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers BAD_USER_INPUT for a cursor that is not one of ours', async () => {
    for (const after of ['garbage', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["x"]').toString('base64url')]) {
      const res = await app.request('query ($after: String) { agencies(first: 2, after: $after) { totalCount } }', { after }, { as: 'drc.leader' });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers NOT_FOUND, not a fault, for a global ID of a table that is not a node', async () => {
    const upload = await app.upload('jyj.clerk', 'bytes');
    const res = await app.request('query ($id: ID!) { node(id: $id) { id } }', { id: upload }, { as: 'audit.auditor' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to start in production without the identity platform', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL/);
  });
});
