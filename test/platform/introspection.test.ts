import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../support/app';

/** Under the default limits (depth 12, cost 20,000): the introspection query of tools is deeper. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
// What graphql-codegen and GraphiQL send, with every option they may turn on.
const full = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
// Thirteen levels of data: one over the depth limit.
const deep = '{ me { agency { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } }';

describe('introspection under the default limits', () => {
  it('answers the introspection query of tools to a signed-in caller', async () => {
    for (const query of [getIntrospectionQuery(), full]) {
      const res = await app.request<{ __schema: { queryType: { name: string }; types: { name: string }[] } }, object>(query, {}, { as: 'jyj.clerk' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.__schema.queryType.name).toBe('Query');
      expect(res.data?.__schema.types.map((t) => t.name)).toContain('Project');
    }
    const one = await app.request('{ __typename __type(name: "Project") { fields { name type { kind ofType { name } } } } }', {}, { as: 'jyj.clerk' });
    expect(one.errors).toBeUndefined();
  });

  it('refuses it without a token, as every operation (401 before GraphQL)', async () => {
    const res = await app.request(getIntrospectionQuery(), {});
    expect(res.status).toBe(401);
    expect(code(res)).toBe('UNAUTHENTICATED');
  });

  it('still refuses a deep data query', async () => {
    const res = await app.request(deep, {}, { as: 'jyj.clerk' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12 });
  });

  it('measures an operation that mixes introspection and data, fragments included', async () => {
    const mixed = getIntrospectionQuery().replace('__schema {', 'me { id } __schema {');
    expect(mixed).not.toBe(getIntrospectionQuery());
    const res = await app.request(mixed, {}, { as: 'jyj.clerk' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
    // Data spread at the root through a fragment is data too.
    const spread = `query { __schema { queryType { name } } ...Deep } fragment Deep on Query ${deep}`;
    const viaFragment = await app.request(spread, {}, { as: 'jyj.clerk' });
    expect(viaFragment.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });

  it('refuses introspection that follows a type list from another (it multiplies by the schema)', async () => {
    const res = await app.request('{ __schema { types { fields { type { fields { name } } } } } }', {}, { as: 'jyj.clerk' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'introspection', actual: 2, max: 1 });
    const viaFragment = await app.request(
      '{ __schema { types { ...T } } } fragment T on __Type { interfaces { possibleTypes { name } } }',
      {},
      { as: 'jyj.clerk' },
    );
    expect(code(viaFragment)).toBe('QUERY_TOO_COMPLEX');
  });

  it('keeps the alias limit for introspection', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __type(name: "Project") { name }`).join(' ')} }`;
    const res = await app.request(query, {}, { as: 'jyj.clerk' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
  });
});
