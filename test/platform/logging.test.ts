import { parse, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../../src/config';
import { runWithRequestFacts } from '../../src/log/request-facts';
import { requestOutcome } from '../../src/log/request-log';
import { captureLog, startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin, withFailingProjectInsert } from '../support/database';

// The request log as an operator reads it: one JSON line per request, with the ID the caller got
// in X-Request-ID and the audit trail recorded, and the detail of a fault that the caller never sees.

const log = captureLog();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ logStream: log.stream });
});
afterAll(() => app.stop());

const requestLines = (requestId: string) => log.lines().filter((l) => l.msg === 'request' && l.requestId === requestId);

/** The request's line: written when the response has gone out, which may be just after the client has it. */
async function lineOf(requestId: string): Promise<Record<string, any>> {
  for (let i = 0; i < 400 && requestLines(requestId).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  const lines = requestLines(requestId);
  expect(lines).toHaveLength(1);
  return lines[0];
}

async function graphql(body: unknown, options: { as?: string; actor?: string; requestId?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.as) headers.authorization = `Bearer ${await app.token(options.as, options.actor ? { actor: options.actor } : undefined)}`;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, requestId: res.headers.get('x-request-id')!, text, body: JSON.parse(text) as any };
}

const auditEvent = async (requestId: string) =>
  (await sqlAsAdmin<{ request_id: string; outcome: string; error_code: string | null; rule: string | null; actor_username: string; service_client: string | null }>(
    app.database,
    'select request_id, outcome, error_code, rule, actor_username, service_client from audit_event where request_id = $1',
    [requestId],
  ));

const input = (name: string) => ({ name, category: 'BUSINESS_SYSTEM', buildType: 'NEW', network: 'EGOV_EXTRANET', investment: '100000.00', classified: false });

describe('the request log', () => {
  it('writes one JSON line for a query: request ID, principal, operation, outcome, status, duration, statements', async () => {
    app.statements.reset();
    const res = await graphql({ query: 'query MyProjects { projects(first: 5) { totalCount nodes { name } } }' }, { as: 'jyj.clerk', requestId: 'portal-log-00000001' });
    expect(res.status).toBe(200);
    expect(res.requestId).toBe('portal-log-00000001');
    const line = await lineOf(res.requestId);
    expect(line).toMatchObject({
      level: 'info',
      requestId: 'portal-log-00000001',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'MyProjects',
      operationType: 'query',
      outcome: 'OK',
      principal: 'jyj.clerk',
      agency: expect.any(String),
    });
    expect(line.serviceClient).toBeUndefined();
    expect(typeof line.durationMs).toBe('number');
    expect(line.durationMs).toBeGreaterThan(0);
    // Every statement of the request (the token's user, the page, its count), as the ORM sent them.
    expect(line.statements).toBeGreaterThan(1);
    expect(line.statements).toBe(app.statements.count);
    expect(typeof line.time).toBe('string');
  });

  it('names an unnamed operation by its first root field, and a generated request ID is the one returned', async () => {
    const res = await graphql({ query: '{ me { username } projects(first: 1) { totalCount } }' }, { as: 'jyj.clerk' });
    expect(res.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await lineOf(res.requestId)).toMatchObject({ operation: 'me', operationType: 'query', outcome: 'OK' });
  });

  it('gives a refused mutation the refusal the audit trail recorded, under the same request ID, whatever the caller selected', async () => {
    // The caller asks for the messages only: the outcome does not depend on its selection.
    const res = await graphql(
      { query: 'mutation FileProject($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id } errors { message } } }', variables: { input: input('发改委不能申报的项目') } },
      { as: 'drc.leader' },
    );
    expect(res.body.data.projectCreate.errors).toHaveLength(1);
    const [event] = await auditEvent(res.requestId);
    expect(event).toMatchObject({ request_id: res.requestId, outcome: 'REFUSED', error_code: 'FORBIDDEN', actor_username: 'drc.leader' });
    const line = await lineOf(res.requestId);
    expect(line).toMatchObject({
      level: 'info',
      status: 200,
      operation: 'FileProject',
      operationType: 'mutation',
      outcome: 'FORBIDDEN',
      rule: event.rule,
      principal: 'drc.leader',
    });
    expect(line.statements).toBeGreaterThan(2);
  });

  it('names the OA system acting for the user, in the line and in the audit event', async () => {
    const res = await graphql(
      { query: 'mutation ($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id } errors { code } } }', variables: { input: input('OA 系统代为申报的项目') } },
      { as: 'jyj.clerk', actor: 'oa-system' },
    );
    expect(res.body.data.projectCreate.errors).toEqual([]);
    const [event] = await auditEvent(res.requestId);
    expect(event).toMatchObject({ outcome: 'ALLOWED', service_client: 'oa-system' });
    expect(await lineOf(res.requestId)).toMatchObject({ operation: 'projectCreate', outcome: 'OK', principal: 'jyj.clerk', serviceClient: 'oa-system' });
  });

  it('gives top-level errors their code: no token, a bad document, a query over the limits', async () => {
    const anonymous = await graphql({ query: '{ me { id } }' });
    expect(anonymous.status).toBe(401);
    const anonymousLine = await lineOf(anonymous.requestId);
    expect(anonymousLine).toMatchObject({ status: 401, outcome: 'UNAUTHENTICATED' });
    expect(anonymousLine.principal).toBeUndefined();

    const broken = await graphql({ query: '{ me { ' }, { as: 'jyj.clerk' });
    expect(await lineOf(broken.requestId)).toMatchObject({ status: 400, outcome: 'GRAPHQL_PARSE_FAILED', principal: 'jyj.clerk' });

    const limited = await graphql({ query: `query TooMany { ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }, { as: 'jyj.clerk' });
    expect(limited.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(await lineOf(limited.requestId)).toMatchObject({ operation: 'TooMany', outcome: 'QUERY_TOO_COMPLEX' });
  });

  it('logs an internal fault with its stack, under the request ID, and tells the caller nothing of it', async () => {
    const res = await withFailingProjectInsert(app.database, '内部出错并记入日志的项目', 'XX000', 'disk on fire', () =>
      graphql(
        { query: 'mutation Failing($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id } errors { code } } }', variables: { input: input('内部出错并记入日志的项目') } },
        { as: 'jyj.clerk' },
      ),
    );
    expect(res.body.errors[0]).toMatchObject({ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.requestId } });
    expect(res.text).not.toContain('disk on fire');
    expect(res.text).not.toMatch(/\s+at /);

    const line = await lineOf(res.requestId);
    expect(line).toMatchObject({ level: 'error', operation: 'Failing', outcome: 'INTERNAL_SERVER_ERROR', status: 200 });
    const fault = log.lines().find((l) => l.msg === 'internal error' && l.requestId === res.requestId);
    expect(fault).toMatchObject({ level: 'error', path: 'projectCreate' });
    expect(fault!.err.message).toContain('disk on fire');
    expect(fault!.err.stack).toMatch(/\n\s+at /);
  });

  it('logs the other HTTP routes too: an upload with the audit event of the same ID, an HTTP error with its code', async () => {
    const upload = await fetch(`${app.url}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await app.token('jyj.clerk')}`, 'content-type': 'application/pdf', 'x-file-name': 'plan.pdf', 'x-request-id': 'portal-upload-0000001' },
      body: Buffer.from(`a document ${Math.random()}`),
    });
    expect(upload.status).toBe(201);
    expect(upload.headers.get('x-request-id')).toBe('portal-upload-0000001');
    const uploadLine = await lineOf('portal-upload-0000001');
    expect(uploadLine).toMatchObject({ method: 'POST', path: '/documents', status: 201, outcome: 'OK', principal: 'jyj.clerk' });
    expect(uploadLine.statements).toBeGreaterThan(1);
    expect(uploadLine.operation).toBeUndefined();
    const events = await auditEvent('portal-upload-0000001');
    expect(events).toHaveLength(1);

    const wrongMethod = await fetch(`${app.url}/graphql`, { method: 'PUT', headers: { 'x-request-id': 'portal-put-00000001' } });
    expect(wrongMethod.status).toBe(405);
    expect(await lineOf('portal-put-00000001')).toMatchObject({ method: 'PUT', status: 405, outcome: 'METHOD_NOT_ALLOWED', statements: 0 });

    const nowhere = await fetch(`${app.url}/nowhere?token=secret`);
    const nowhereLine = await lineOf(nowhere.headers.get('x-request-id')!);
    expect(nowhereLine).toMatchObject({ method: 'GET', path: '/nowhere', status: 404, outcome: 'NOT_FOUND' });
    // The query string stays out of the log.
    expect(JSON.stringify(nowhereLine)).not.toContain('secret');
  });

  it('keeps health probes out of the info log', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id')!;
    // A request after the probe is logged: by then the probe's line would be there too.
    const after = await graphql({ query: '{ me { id } }' }, { as: 'jyj.clerk' });
    await lineOf(after.requestId);
    expect(requestLines(id)).toEqual([]);
  });

  it('never writes two lines for one request', () => {
    const ids = log.lines().filter((l) => l.msg === 'request').map((l) => l.requestId);
    expect(ids.length).toBeGreaterThan(8);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('requestOutcome (what a metrics plugin reads in willSendResponse)', () => {
  const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
  const rc = (source: string, name: string | null, errors?: { extensions: { code: string } }[]) =>
    ({ operationName: name, operation: operation(source), response: { http: { status: 200 }, body: { kind: 'single', singleResult: { errors } } } }) as any;

  it('agrees with the log line: the sent error code, else the noted refusal, else OK', () => {
    expect(requestOutcome(rc('query Named { me { id } }', 'Named'))).toEqual({ operation: 'Named', operationType: 'query', outcome: 'OK' });
    expect(requestOutcome(rc('{ projects { totalCount } }', null, [{ extensions: { code: 'NOT_FOUND' } }]))).toEqual({
      operation: 'projects',
      operationType: 'query',
      outcome: 'NOT_FOUND',
    });
    const facts = { requestId: 'r-00000001', lang: 'zh' as const, startedAt: process.hrtime.bigint(), statements: 0, roundTrips: 0, refusal: { code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' } };
    expect(runWithRequestFacts(facts, () => requestOutcome(rc('mutation { projectSubmitFeasibility(input: { id: "x" }) { errors { code } } }', null)))).toEqual({
      operation: 'projectSubmitFeasibility',
      operationType: 'mutation',
      outcome: 'PRECONDITION_FAILED',
      rule: 'PM-9(3)',
    });
  });
});

describe('log configuration', () => {
  it('reads LOG_LEVEL (default info) and LOG_PRETTY (default: on a terminal outside production), and refuses an unknown level', () => {
    expect(loadConfig({}).log).toEqual({ level: 'info', pretty: undefined });
    expect(loadConfig({ LOG_LEVEL: 'DEBUG', LOG_PRETTY: 'true' }).log).toEqual({ level: 'debug', pretty: true });
    expect(loadConfig({ LOG_PRETTY: 'false' }).log.pretty).toBe(false);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"/);
  });
});
