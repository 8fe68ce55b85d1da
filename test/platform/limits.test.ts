import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_COST: '2000' } });
});
afterAll(() => app.stop());

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('query limits', () => {
  it('refuses a query deeper than the limit', async () => {
    const deep = '{ me { agency { parent { parent { parent { parent { code } } } } } } }';
    const res = await app.request(deep, {}, { as: 'drc.leader' });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many aliases', async () => {
    const res = await app.request('{ a: me { id } b: me { id } c: me { id } d: me { id } }', {}, { as: 'drc.leader' });
    expect(code(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose pages multiply past the cost limit', async () => {
    // 100 × (parent, county) + 100 × (1 + 10 × 2): a project's budget lines are a list, priced at 10 each
    const res = await app.request('{ agencies(first: 100) { nodes { parent { code } county { name } } } projects(first: 100) { nodes { budgetLines { kind amount } } } }', {}, { as: 'drc.leader' });
    expect(code(res)).toBe('QUERY_TOO_COMPLEX');
    const ok = await app.request('{ agencies(first: 5) { nodes { code } } }', {}, { as: 'drc.leader' });
    expect(ok.errors).toBeUndefined();
  });

  it('prices a connection\'s rows once: its totalCount and pageInfo are not multiplied by the page', async () => {
    const rows = '{ agencies(first: 100) { nodes { parent { code } county { name } } } }'; // 100 × 5 + 2
    expect((await app.request(rows, {}, { as: 'drc.leader' })).errors).toBeUndefined();
    const counted = '{ agencies(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { parent { code } county { name } } } }';
    expect((await app.request(counted, {}, { as: 'drc.leader' })).errors).toBeUndefined();
    // a fragment spread under a connection is priced with its page, wherever else it is spread
    const fragment = 'fragment Rows on AgencyConnection { nodes { parent { code } county { name } } edges { node { code } } }';
    const four = `{ a: agencies(first: 100) { ...Rows } b: agencies(first: 100) { ...Rows } c: agencies(first: 100) { ...Rows } d: agencies(first: 100) { ...Rows } } ${fragment}`;
    expect(code(await app.request(four, {}, { as: 'drc.leader' }))).toBe('QUERY_TOO_COMPLEX');
    const once = `{ a: agencies(first: 2) { ...Rows } b: agencies(first: 100) { ...Rows } } ${fragment}`;
    expect((await app.request(once, {}, { as: 'drc.leader' })).errors).toBeUndefined();
  });

  it('measures fragments once however often they are spread (no exponential work)', async () => {
    const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `query { ...F0 }\n${chain}\nfragment F40 on Query { me { id } }`;
    // Walked naively this is 2^40 fragment visits: the request would never answer.
    const res = await app.request(query, {}, { as: 'drc.leader' });
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('prices a negative page size as the largest page, so it cannot hide siblings\' cost', async () => {
    const res = await app.request(
      '{ a: projects(first: -100000) { nodes { budgetLines { kind amount } } } b: agencies(first: 100) { nodes { parent { code } county { name } } } }',
      {},
      { as: 'drc.leader' },
    );
    expect(code(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a page larger than 100 rows', async () => {
    const res = await app.request('{ agencies(first: 101) { totalCount } }', {}, { as: 'drc.leader' });
    expect(code(res)).toBe('BAD_USER_INPUT');
  });

  it('masks internal faults and never shows a stack', async () => {
    const res = await app.request('{ node(id: "!!!") { id } }', {}, { as: 'drc.leader' });
    expect(code(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:|select /i);
  });

  it('refuses a simple GET without a preflight header (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });
});
