import { languageOf } from '../../src/context';
import { startTestApp, type TestApp } from '../support/app';

describe('languageOf: Accept-Language by quality values, Chinese by default', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-US', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['en;q=0.9, zh;q=0.8', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-TW', 'zh'],
    ['fr, en;q=0.5', 'en'],
    ['fr, de;q=0.8', 'zh'],
    ['zh;q=0.5, en-GB;q=0.6', 'en'],
    ['en;q=0', 'zh'],
    ['*', 'zh'],
    ['*;q=0.1, en;q=0.05', 'zh'],
    ['garbage!!', 'zh'],
    [';;;,,', 'zh'],
  ])('%j → %s', (header, lang) => {
    expect(languageOf(header)).toBe(lang);
    // Asked again (answers are kept per header), the same.
    expect(languageOf(header)).toBe(lang);
  });

  it('answers a header too long to keep as it answers a short one', () => {
    const long = `en;q=0.9, ${Array.from({ length: 60 }, (_, i) => `x${i};q=0.1`).join(', ')}`;
    expect(long.length).toBeGreaterThan(200);
    expect(languageOf(long)).toBe('en');
    expect(languageOf(long)).toBe('en');
  });
});

const CJK = /[\u3400-\u9fff]/;

interface ErrorBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_COST: '2000', GRAPHQL_MAX_TOKENS: '300', OA_CLIENTS: 'oa-municipal' } });
});
afterAll(() => app.stop());

/** A request that fails, sent with the given language headers (none: the default). */
type BadRequest = (headers: Record<string, string>) => Promise<Response>;

type Auth = () => Promise<Record<string, string>>;

/** The Authorization header of a token for `username`, minted when the request is sent. */
const bearer =
  (username = 'drc.leader', options?: { expiresIn?: string | number; actor?: string }): Auth =>
  async () => ({ authorization: `Bearer ${await app.token(username, options)}` });

const anonymous: Auth = async () => ({});

function graphql(body: unknown, auth: Auth = bearer()): BadRequest {
  return async (headers) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await auth()), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
}

const query = (text: string, variables: Record<string, unknown> = {}, auth?: Auth) => graphql({ query: text, variables }, auth);

const now = () => Math.floor(Date.now() / 1000);

/** Every kind of error a caller can see, by name: the code, and what each language says. */
const CASES: Record<string, { send: BadRequest; code: string; zh: RegExp; en: RegExp; status?: number }> = {
  'depth limit': {
    send: query('{ me { agency { parent { parent { parent { parent { code } } } } } } }'),
    code: 'QUERY_TOO_COMPLEX',
    zh: /^查询嵌套深度 7 超过上限 6$/,
    en: /^Query depth 7 exceeds 6$/,
    status: 400,
  },
  'alias limit': {
    send: query('{ a: me { id } b: me { id } c: me { id } d: me { id } }'),
    code: 'QUERY_TOO_COMPLEX',
    zh: /^查询使用了 4 个别名，超过上限 3$/,
    en: /^Query uses 4 aliases, more than 3$/,
  },
  'cost limit': {
    send: query('{ agencies(first: 100) { nodes { parent { code } county { name } } } projects(first: 100) { nodes { budgetLines { kind amount } } } }'),
    code: 'QUERY_TOO_COMPLEX',
    zh: /^查询成本 \d+ 超过上限 2000/,
    en: /^Query cost \d+ exceeds 2000/,
  },
  'token limit': {
    send: query(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    code: 'GRAPHQL_PARSE_FAILED',
    zh: /^查询超过 300 个词法单元的上限$/,
    en: /^The query has more than 300 tokens/,
    status: 400,
  },
  'page size': {
    send: query('{ agencies(first: 101) { totalCount } }'),
    code: 'BAD_USER_INPUT',
    zh: /^每页最多 100 条$/,
    en: /^A page holds at most 100 rows$/,
  },
  cursor: {
    send: query('query ($after: String) { agencies(first: 2, after: $after) { totalCount } }', { after: 'garbage' }),
    code: 'BAD_USER_INPUT',
    zh: /^分页游标无效$/,
    en: /^Invalid cursor$/,
  },
  'variable of the wrong type': {
    send: query('query ($n: Int) { agencies(first: $n) { totalCount } }', { n: 'many' }),
    code: 'BAD_USER_INPUT',
    zh: /^变量的值与其声明的类型不符$/,
    en: /^A variable does not match its declared type$/,
  },
  'syntax error': {
    send: query('{ me { id }'),
    code: 'GRAPHQL_PARSE_FAILED',
    zh: /^查询语法错误$/,
    en: /^The query is not valid GraphQL syntax$/,
    status: 400,
  },
  'validation error': {
    send: query('{ me { nope } }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
    zh: /^查询与接口模式不符$/,
    en: /^The query does not match the schema$/,
    status: 400,
  },
  'unknown operation name': {
    send: graphql({ query: 'query A { me { id } }', operationName: 'B' }),
    code: 'OPERATION_RESOLUTION_FAILURE',
    zh: /^无法确定要执行的操作/,
    en: /^No operation to run/,
  },
  'no query': {
    send: graphql({ variables: {} }),
    code: 'BAD_REQUEST',
    zh: /^请求中没有 GraphQL 查询/,
    en: /^The request holds no GraphQL query$/,
    status: 400,
  },
  'unknown persisted query': {
    send: graphql({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    code: 'PERSISTED_QUERY_NOT_FOUND',
    zh: /^没有该持久化查询/,
    en: /^Persisted query not found/,
  },
  'mutation over GET': {
    send: async (headers) =>
      fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
        headers: { 'content-type': 'application/json', ...(await bearer()()), ...headers },
      }),
    code: 'BAD_REQUEST',
    zh: /^变更（mutation）只能用 POST 请求发送$/,
    en: /^A mutation must be sent with POST$/,
    status: 405,
  },
  'CSRF prevention': {
    send: (headers) => fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers }),
    code: 'BAD_REQUEST',
    zh: /^请求已按跨站请求伪造（CSRF）防护拦截/,
    en: /^Blocked as a possible cross-site request forgery \(CSRF\)/,
    status: 400,
  },
  'no token': {
    send: query('{ me { id } }', {}, anonymous),
    code: 'UNAUTHENTICATED',
    zh: /^未登录或登录凭证无效$/,
    en: /^Not authenticated$/,
    status: 401,
  },
  'malformed Authorization header': {
    send: graphql({ query: '{ me { id } }' }, async () => ({ authorization: 'Token abc' })),
    code: 'UNAUTHENTICATED',
    zh: /^登录凭证无效：Authorization 头格式错误/,
    en: /^Not authenticated: malformed Authorization header$/,
  },
  'forged token': {
    send: graphql({ query: '{ me { id } }' }, async () => ({ authorization: (await bearer()()).authorization.replace(/\.[^.]+$/, '.AAAA') })),
    code: 'UNAUTHENTICATED',
    zh: /^登录凭证无效：凭证被拒绝（ERR_JWS_SIGNATURE_VERIFICATION_FAILED）$/,
    en: /^Not authenticated: token rejected: ERR_JWS_SIGNATURE_VERIFICATION_FAILED$/,
  },
  'expired token': {
    send: graphql({ query: '{ me { id } }' }, bearer('drc.leader', { expiresIn: now() - 3600 })),
    code: 'UNAUTHENTICATED',
    zh: /^登录凭证无效：凭证已过期$/,
    en: /^Not authenticated: token expired$/,
  },
  'unknown user': {
    send: graphql({ query: '{ me { id } }' }, bearer('nobody.here')),
    code: 'UNAUTHENTICATED',
    zh: /^登录凭证无效：用户不存在或已停用$/,
    en: /^Not authenticated: unknown user$/,
  },
  'unknown OA client': {
    send: graphql({ query: '{ me { id } }' }, bearer('gaj.clerk', { actor: 'oa-elsewhere' })),
    code: 'UNAUTHENTICATED',
    zh: /^登录凭证无效：未登记的 OA 系统$/,
    en: /^Not authenticated: unknown OA client$/,
  },
  'missing object': {
    send: query('{ node(id: "!!!") { id } }'),
    code: 'NOT_FOUND',
    zh: /^对象不存在$/,
    en: /^No such/,
  },
  'input out of bounds': {
    send: query('query ($t: String) { projects(filter: { text: $t }) { totalCount } }', { t: 'a\u0000b' }),
    code: 'INVALID_INPUT',
    zh: /控制字符/,
    en: /control character/,
  },
  'no such route': {
    send: (headers) => fetch(`${app.url}/no/such/route`, { headers }),
    code: 'NOT_FOUND',
    zh: /^没有这个地址$/,
    en: /^No such resource$/,
    status: 404,
  },
  'malformed JSON': {
    send: graphql('{"query": '),
    code: 'MALFORMED_JSON',
    zh: /^请求体不是有效的 JSON 对象$/,
    en: /^The request body is not a valid JSON object$/,
    status: 400,
  },
  'bad Idempotency-Key': {
    send: async (headers) => graphql({ query: 'mutation { __typename }' })({ 'idempotency-key': 'short', ...headers }),
    code: 'BAD_IDEMPOTENCY_KEY',
    zh: /^Idempotency-Key 须为/,
    en: /^Idempotency-Key must be/,
  },
  'document upload with a refused token': {
    send: async (headers) =>
      fetch(`${app.url}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await app.token('drc.leader', { expiresIn: now() - 3600 })}`, 'content-type': 'application/pdf', ...headers },
        body: 'bytes',
      }),
    code: 'UNAUTHENTICATED',
    zh: /^登录凭证无效：凭证已过期$/,
    en: /^Not authenticated: token expired$/,
    status: 401,
  },
  'document not found': {
    send: async (headers) => fetch(`${app.url}/documents/RG9jdW1lbnRDb250ZW50Ong`, { headers: { ...(await bearer()()), ...headers } }),
    code: 'NOT_FOUND',
    zh: /^文件不存在$/,
    en: /^No such document$/,
    status: 404,
  },
};

async function firstError(send: BadRequest, headers: Record<string, string>) {
  const res = await send(headers);
  const body = (await res.json()) as ErrorBody;
  expect(body.errors?.length).toBeGreaterThan(0);
  return { status: res.status, error: body.errors![0] };
}

describe('every error in both languages', () => {
  it.each(Object.entries(CASES))('%s: Chinese by default, English with Accept-Language: en', async (_name, c) => {
    const zh = await firstError(c.send, {});
    expect(zh.error.extensions?.code).toBe(c.code);
    expect(zh.error.message).toMatch(c.zh);
    if (c.status) expect(zh.status).toBe(c.status);
    const en = await firstError(c.send, { 'accept-language': 'en' });
    expect(en.error.extensions?.code).toBe(c.code);
    expect(en.error.message).toMatch(c.en);
    expect(en.error.message).not.toMatch(CJK);
  });

  it('follows the quality values of Accept-Language, not only a leading en', async () => {
    const deep = CASES['syntax error'].send;
    expect((await firstError(deep, { 'accept-language': 'fr, en;q=0.5' })).error.message).toMatch(CASES['syntax error'].en);
    expect((await firstError(deep, { 'accept-language': 'de, en-US;q=0.9, zh;q=0.8' })).error.message).toMatch(CASES['syntax error'].en);
    expect((await firstError(deep, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).error.message).toMatch(CASES['syntax error'].zh);
    expect((await firstError(deep, { 'accept-language': 'zh;q=0.1, en;q=0' })).error.message).toMatch(CASES['syntax error'].zh);
    expect((await firstError(deep, { 'accept-language': '*' })).error.message).toMatch(CASES['syntax error'].zh);
  });

  it("keeps graphql-js's and Apollo's own text for developers in extensions.detail", async () => {
    const detail = async (name: string) => (await firstError(CASES[name].send, {})).error.extensions?.detail;
    expect(await detail('syntax error')).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
    expect(await detail('validation error')).toMatch(/^Cannot query field "nope" on type "User"/);
    expect(await detail('token limit')).toMatch(/Document contains more tha[nt] 300 tokens/);
    expect(await detail('variable of the wrong type')).toMatch(/^Variable "\$n" got invalid value "many"/);
    expect(await detail('unknown operation name')).toMatch(/Unknown operation named "B"/);
    expect(await detail('CSRF prevention')).toMatch(/Cross-Site Request Forgery/);
    expect(await detail('unknown persisted query')).toBe('PersistedQueryNotFound');
    // Our own messages are written in both languages: no detail to add.
    expect(await detail('depth limit')).toBeUndefined();
    expect(await detail('page size')).toBeUndefined();
  });

  it('names the exceeded limit in the extensions, whatever the language', async () => {
    const limit = async (name: string) => (await firstError(CASES[name].send, {})).error.extensions;
    expect(await limit('depth limit')).toMatchObject({ limit: 'depth', actual: 7, max: 6 });
    expect(await limit('alias limit')).toMatchObject({ limit: 'aliases', actual: 4, max: 3 });
    expect(await limit('cost limit')).toMatchObject({ limit: 'cost', max: 2000 });
  });

  it('answers no caller asking for Chinese with an English-only message', async () => {
    for (const headers of <Record<string, string>[]>[{}, { 'accept-language': 'zh-CN' }, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }]) {
      for (const [name, c] of Object.entries(CASES)) {
        const res = await c.send(headers);
        const body = (await res.json()) as ErrorBody;
        for (const error of body.errors ?? []) expect({ name, message: error.message }).toEqual({ name, message: expect.stringMatching(CJK) });
      }
    }
  });
});
