import type { AddressInfo } from 'node:net';
import express from 'express';
import { loadConfig } from '../../src/config';
import { errorHandler, notFound, requestId } from '../../src/http/http-error';
import { createLogger } from '../../src/log/logger';
import { captureLog, startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin, withFailingProjectInsert } from '../support/database';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { CORS_ORIGINS: 'https://portal.taihe.gov.cn', MAX_REQUEST_BYTES: '65536', MAX_UPLOAD_BYTES: '4096' } });
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

  it('answers compact JSON, not indented', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token('jyj.clerk')}` },
      body: JSON.stringify({ query: '{ me { username agency { code } } }' }),
    });
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ data: { me: { username: 'jyj.clerk' } } });
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
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
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await expectHttpError(other, 403, 'ORIGIN_NOT_ALLOWED');
  });

  it('records the OA system acting for a user in the audit trail', async () => {
    const token = await app.token('jyj.clerk', { actor: 'oa-system' });
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(create('OA代办项目')),
    });
    expect(res.status).toBe(200);
    const [event] = await sqlAsAdmin(app.database, "select actor_username, service_client from audit_event where action = 'create' order by seq desc limit 1");
    expect(event).toEqual({ actor_username: 'jyj.clerk', service_client: 'oa-system' });
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

/**
 * The one shape of an HTTP error — `{ errors: [{ message, extensions: { code, requestId } }] }`,
 * as JSON, with the request ID of the X-Request-ID header — and nothing internal in it.
 */
async function expectHttpError(res: Response, status: number, code: string) {
  const text = await res.text();
  expect({ status: res.status, text }).toEqual({ status, text: expect.any(String) });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(/<html/i);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|\bat \/|\.[jt]s:\d+/);
  expect(text).not.toContain('/work');
  expect(text).not.toContain(process.cwd());
  expect(text).not.toContain('node_modules');
  expect(text).not.toMatch(/insert into/i);
  const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].message).toEqual(expect.any(String));
  expect(body.errors[0].extensions).toMatchObject({ code, requestId: res.headers.get('x-request-id') });
  expect(body.errors[0].extensions.requestId).toEqual(expect.any(String));
  return body.errors[0];
}

const json = { 'content-type': 'application/json' };

describe('HTTP errors are JSON with a code and the request ID, and leak nothing', () => {
  it('refuses malformed JSON and a bare JSON string (strict mode) with MALFORMED_JSON', async () => {
    for (const body of ['{"query": ', '"abc"', '{"query": "{ me { id } }",}']) {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { ...json, authorization: `Bearer ${await app.token('jyj.clerk')}` }, body });
      await expectHttpError(res, 400, 'MALFORMED_JSON');
    }
  });

  it('refuses a body over MAX_REQUEST_BYTES with TOO_LARGE and the limit, and an unknown charset with 415', async () => {
    const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(70_000) } });
    const large = await fetch(`${app.url}/graphql`, { method: 'POST', headers: json, body });
    expect((await expectHttpError(large, 413, 'TOO_LARGE')).extensions.limit).toBe(65536);
    const charset = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=ebcdic' }, body: '{}' });
    await expectHttpError(charset, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 405 METHOD_NOT_ALLOWED with Allow for a wrong method', async () => {
    for (const [method, path, allow] of [
      ['PUT', '/graphql', 'GET, POST'],
      ['DELETE', '/graphql', 'GET, POST'],
      ['HEAD', '/graphql', 'GET, POST'],
      ['DELETE', '/documents', 'POST'],
      ['PUT', '/documents/abc', 'GET'],
    ]) {
      const res = await fetch(`${app.url}${path}`, { method, headers: json, body: method === 'DELETE' || method === 'HEAD' ? undefined : '{}' });
      expect(res.headers.get('allow')).toBe(allow);
      if (method === 'HEAD') expect(res.status).toBe(405);
      else await expectHttpError(res, 405, 'METHOD_NOT_ALLOWED');
    }
  });

  it('answers 404 NOT_FOUND for an unknown route, and 400 for a path that does not decode', async () => {
    for (const [method, path] of [['GET', '/nothing-here'], ['POST', '/healthz'], ['GET', '/graphiql/assets/none.js'], ['GET', '/graphiql/assets/__proto__']]) {
      await expectHttpError(await fetch(`${app.url}${path}`, { method }), 404, 'NOT_FOUND');
    }
    const bad = await fetch(`${app.url}/documents/%E0%A4%A`, { headers: { authorization: `Bearer ${await app.token('jyj.clerk')}` } });
    await expectHttpError(bad, 400, 'BAD_REQUEST');
  });

  it('answers Apollo\u2019s own refusals (GET without a query) with the request ID too', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${await app.token('jyj.clerk')}` } });
    await expectHttpError(res, 400, 'BAD_REQUEST');
  });

  it('refuses a file name with NUL, broken UTF-8 or a lone surrogate as BAD_FILE_NAME, before the database', async () => {
    const count = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from document_content'))[0].n);
    const before = await count();
    for (const name of ['a%00b.pdf', 'a%0Ab.pdf', '%E0%A4%A', '%ED%A0%80.pdf', '%20']) {
      const res = await fetch(`${app.url}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await app.token('jyj.clerk')}`, 'content-type': 'application/pdf', 'x-file-name': name },
        body: 'bytes',
      });
      await expectHttpError(res, 400, 'BAD_FILE_NAME');
    }
    expect(await count()).toBe(before);
  });

  it('answers upload faults (no token, empty, too large, bad encoding, refused, unknown ID) in the same shape', async () => {
    const headers = { authorization: `Bearer ${await app.token('jyj.clerk')}`, 'content-type': 'application/pdf' };
    const anonymous = await fetch(`${app.url}/documents`, { method: 'POST', body: 'x' });
    await expectHttpError(anonymous, 401, 'UNAUTHENTICATED');
    const forged = await fetch(`${app.url}/documents`, { method: 'POST', headers: { authorization: 'Bearer abc.def.ghi' }, body: 'x' });
    expect((await expectHttpError(forged, 401, 'UNAUTHENTICATED')).message).toMatch(/登录凭证无效/);
    await expectHttpError(await fetch(`${app.url}/documents`, { method: 'POST', headers, body: '' }), 400, 'EMPTY_BODY');
    const large = await fetch(`${app.url}/documents`, { method: 'POST', headers, body: Buffer.alloc(8192, 1) });
    expect((await expectHttpError(large, 413, 'TOO_LARGE')).extensions.limit).toBe(4096);
    const gzip = await fetch(`${app.url}/documents`, { method: 'POST', headers: { ...headers, 'content-encoding': 'gzip' }, body: 'not gzip at all' });
    await expectHttpError(gzip, 400, 'BAD_REQUEST');
    const audit = await fetch(`${app.url}/documents`, { method: 'POST', headers: { ...headers, authorization: `Bearer ${await app.token('audit.auditor')}`, 'accept-language': 'en' }, body: 'x' });
    const refused = await expectHttpError(audit, 403, 'FORBIDDEN');
    expect(refused.extensions.rule).toBe('PM-18');
    expect(refused.message).toMatch(/[a-z]/);
    await expectHttpError(await fetch(`${app.url}/documents/RG9jdW1lbnRDb250ZW50Ong`, { headers }), 404, 'NOT_FOUND');
  });

  it('refuses a malformed Idempotency-Key with BAD_IDEMPOTENCY_KEY', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${await app.token('jyj.clerk')}`, 'idempotency-key': 'short' },
      body: JSON.stringify(create('键太短')),
    });
    await expectHttpError(res, 400, 'BAD_IDEMPOTENCY_KEY');
  });

  it('masks an unexpected fault as 500 INTERNAL with no detail, in every NODE_ENV, and logs it', async () => {
    const log = captureLog();
    const logger = createLogger({ level: 'info' }, { destination: log.stream });
    for (const env of ['development', 'production', 'test']) {
      const faulty = express();
      faulty.set('env', env);
      faulty.use(requestId());
      faulty.get('/fault', () => {
        throw new Error(`insert into "document_content" ("file_name") values ('a\u0000b') - ${process.cwd()}/node_modules/pg/lib/client.js:1:1`);
      });
      faulty.use(notFound());
      faulty.use(errorHandler(logger));
      const server = faulty.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/fault`, { headers: { 'x-request-id': `fault-${env}-0001` } });
        const error = await expectHttpError(res, 500, 'INTERNAL');
        expect(error.extensions.requestId).toBe(`fault-${env}-0001`);
      } finally {
        server.close();
      }
    }
    // The detail stays in the log, with the request ID to find it.
    const line = log.lines().find((l) => l.requestId === 'fault-test-0001');
    expect(line).toMatchObject({ level: 'error', msg: 'request failed', path: '/fault', err: { type: 'Error', message: expect.stringContaining('document_content') } });
    expect(line!.err.stack).toMatch(/\n\s+at /);
  });

  it('gives GraphQL errors the request ID, and the audit event the ID of the X-Request-ID header', async () => {
    const anonymous = await fetch(`${app.url}/graphql`, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ me { id } }' }) });
    await expectHttpError(anonymous, 401, 'UNAUTHENTICATED');
    for (const given of [undefined, 'portal-req-00012345']) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${await app.token('jyj.clerk')}`, ...(given ? { 'x-request-id': given } : {}) },
        body: JSON.stringify(create(`请求号项目${given ?? ''}`)),
      });
      expect(res.status).toBe(200);
      const header = res.headers.get('x-request-id');
      if (given) expect(header).toBe(given);
      const [event] = await sqlAsAdmin<{ request_id: string }>(app.database, "select request_id from audit_event where action = 'create' order by seq desc limit 1");
      expect(event.request_id).toBe(header);
    }
  });
});

describe('Idempotency-Key: mutations only, per principal, never a failure', () => {
  const projects = async (name: string) => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from project where name = $1', [name]))[0].n);

  it('runs a query sent with a key afresh every time: no stale totalCount', async () => {
    const count = { query: 'query { projects(first: 1) { totalCount } }' };
    const before = await post(count, { 'idempotency-key': 'read-0001-abcdef' });
    await post(create('读取之间新建的项目'), {});
    const after = await post(count, { 'idempotency-key': 'read-0001-abcdef' });
    expect(after.replayed).toBeNull();
    expect(after.body.data.projects.totalCount).toBe(before.body.data.projects.totalCount + 1);
  });

  it('picks the operation by operationName: the key applies to the mutation, not to the query beside it', async () => {
    const document = (operationName: string) => ({ ...create('按操作名选择的项目'), query: `query Count { projects(first: 1) { totalCount } } ${create('').query.replace('mutation', 'mutation Create')}`, operationName });
    const q1 = await post(document('Count'), { 'idempotency-key': 'opname-0001-abcdef' });
    const q2 = await post(document('Count'), { 'idempotency-key': 'opname-0001-abcdef' });
    expect([q1.replayed, q2.replayed]).toEqual([null, null]);
    const m1 = await post(document('Create'), { 'idempotency-key': 'opname-0002-abcdef' });
    const m2 = await post(document('Create'), { 'idempotency-key': 'opname-0002-abcdef' });
    expect(m1.body.data.projectCreate.errors).toEqual([]);
    expect(m2).toEqual({ ...m1, replayed: 'true' });
    expect(await projects('按操作名选择的项目')).toBe(1);
  });

  it('keeps one key space per principal: another user, or an OA client acting for the user, runs on its own', async () => {
    const body = create('各自的幂等键空间');
    const own = await post(body, { 'idempotency-key': 'space-0001-abcdef' });
    const other = await post(body, { 'idempotency-key': 'space-0001-abcdef', authorization: `Bearer ${await app.token('wjw.clerk')}` });
    const viaOa = await post(body, { 'idempotency-key': 'space-0001-abcdef', authorization: `Bearer ${await app.token('jyj.clerk', { actor: 'oa-system' })}` });
    expect([own.replayed, other.replayed, viaOa.replayed]).toEqual([null, null, null]);
    expect(await projects('各自的幂等键空间')).toBe(3);
    const again = await post(body, { 'idempotency-key': 'space-0001-abcdef', authorization: `Bearer ${await app.token('jyj.clerk', { actor: 'oa-system' })}` });
    expect(again.replayed).toBe('true');
    expect(await projects('各自的幂等键空间')).toBe(3);
  });

  it('refuses the same key with another body as 422 IDEMPOTENCY_KEY_REUSED', async () => {
    await post(create('第一个请求体'), { 'idempotency-key': 'reuse-0001-abcdef' });
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${await app.token('jyj.clerk')}`, 'idempotency-key': 'reuse-0001-abcdef' },
      body: JSON.stringify(create('第二个请求体')),
    });
    await expectHttpError(res, 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_USE with Retry-After while the first request still runs', async () => {
    // A trigger holds the first insert for a few seconds; the second is sent once the key is taken.
    await sqlAsAdmin(app.database, `
      create function hold_project() returns trigger language plpgsql as $$ begin perform pg_sleep(3); return new; end $$;
      create trigger hold_project before insert on project for each row when (new.name = '仍在处理的项目') execute function hold_project();`);
    try {
      const first = post(create('仍在处理的项目'), { 'idempotency-key': 'busy-0001-abcdef' });
      const user = "(select id from \"user\" where username = 'jyj.clerk')";
      for (let i = 0; i < 100 && (await sqlAsAdmin(app.database, `select 1 from idempotent_request where user_id = ${user} and response is null`)).length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const second = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${await app.token('jyj.clerk')}`, 'idempotency-key': 'busy-0001-abcdef' },
        body: JSON.stringify(create('仍在处理的项目')),
      });
      expect(second.headers.get('retry-after')).toBe('2');
      await expectHttpError(second, 409, 'IDEMPOTENCY_KEY_IN_USE');
      expect((await first).body.data.projectCreate.errors).toEqual([]);
      expect((await post(create('仍在处理的项目'), { 'idempotency-key': 'busy-0001-abcdef' })).replayed).toBe('true');
    } finally {
      await sqlAsAdmin(app.database, 'drop trigger hold_project on project; drop function hold_project()');
    }
  });

  it('never keeps a refusal for want of time: a TIMEOUT answer is not replayed', async () => {
    // The insert fails as PostgreSQL's statement timeout makes it fail (SQLSTATE 57014).
    const cut = await withFailingProjectInsert(app.database, '第一次超时的项目', '57014', 'canceling statement due to statement timeout', () =>
      post(create('第一次超时的项目'), { 'idempotency-key': 'timeout-0001-abcdef' }),
    );
    expect(cut.status).toBe(200);
    expect(cut.body.data.projectCreate.errors).toEqual([{ code: 'TIMEOUT', rule: null }]);
    const retried = await post(create('第一次超时的项目'), { 'idempotency-key': 'timeout-0001-abcdef' });
    expect(retried.replayed).toBeNull();
    expect(retried.body.data.projectCreate.errors).toEqual([]);
    expect(await projects('第一次超时的项目')).toBe(1);
  });

  it('never keeps an internal error: the retry with the same key runs again', async () => {
    const failed = await withFailingProjectInsert(app.database, '第一次内部出错的项目', 'XX000', 'disk on fire', () =>
      post(create('第一次内部出错的项目'), { 'idempotency-key': 'fault-0001-abcdef' }),
    );
    expect(failed.status).toBe(200);
    expect(failed.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(failed.body)).not.toContain('disk on fire');
    // The key was let go as the response went out.
    const rows = await sqlAsAdmin(app.database, "select 1 from idempotent_request where user_id = (select id from \"user\" where username = 'jyj.clerk') and response like '%INTERNAL_SERVER_ERROR%'");
    expect(rows).toEqual([]);
    const retried = await post(create('第一次内部出错的项目'), { 'idempotency-key': 'fault-0001-abcdef' });
    expect(retried.replayed).toBeNull();
    expect(retried.body.data.projectCreate.errors).toEqual([]);
    expect(await projects('第一次内部出错的项目')).toBe(1);
  });
});
