import { createProject } from '../acceptance/support';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
let agencies: string[];
let gajProjects: string[];
beforeAll(async () => {
  app = await startTestApp();
  const res = await app.request<{ agencies: { nodes: { id: string }[] } }, object>('{ agencies(first: 100) { nodes { id } } }', {}, { as: 'jyj.clerk' });
  agencies = res.data!.agencies.nodes.map((a) => a.id);
  gajProjects = [];
  for (let i = 0; i < 30; i += 1) gajProjects.push((await createProject(app, { unit: 'GAJ' })).gid);
});
afterAll(() => app.stop());

type NodeData = { node: { id: string } | null; me?: { username: string } };

describe('node(id)', () => {
  it('answers a readable object', async () => {
    const res = await app.request<NodeData, object>('query ($id: ID!) { node(id: $id) { id __typename } }', { id: gajProjects[0] }, { as: 'gaj.clerk' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.node).toEqual({ id: gajProjects[0], __typename: 'Project' });
  });

  it('answers null and NOT_FOUND at its path for an unreadable object, and still answers the rest', async () => {
    const res = await app.request<NodeData, object>('query ($id: ID!) { node(id: $id) { id } me { username } }', { id: gajProjects[0] }, { as: 'jyj.clerk' });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ node: null, me: { username: 'jyj.clerk' } });
    expect(res.errors).toEqual([expect.objectContaining({ path: ['node'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });

  it('answers null and NOT_FOUND for a malformed ID and for a table that is not a node', async () => {
    const upload = await app.upload('jyj.clerk', 'bytes');
    for (const id of ['!!!', upload]) {
      const res = await app.request<NodeData, object>('query ($id: ID!) { node(id: $id) { id } }', { id }, { as: 'jyj.clerk' });
      expect(res.data).toEqual({ node: null });
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['node'], 'NOT_FOUND']]);
    }
  });
});

describe('nodes(ids)', () => {
  const Nodes = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
  type NodesData = { nodes: ({ id: string } | null)[] };

  it('answers each ID in order: the readable ones, null and NOT_FOUND at its index for the rest', async () => {
    const ids = [agencies[0], gajProjects[0], '!!!', agencies[1], gajProjects[1]];
    const asJyj = await app.request<NodesData, object>(Nodes, { ids }, { as: 'jyj.clerk' });
    expect(asJyj.data?.nodes).toEqual([{ id: agencies[0] }, null, null, { id: agencies[1] }, null]);
    // Errors come in the order the items settle, not the order of the list.
    const byIndex = (a: unknown[], b: unknown[]) => Number((a[0] as unknown[])[1]) - Number((b[0] as unknown[])[1]);
    expect(asJyj.errors?.map((e) => [e.path, e.extensions?.code]).sort(byIndex)).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 2], 'NOT_FOUND'],
      [['nodes', 4], 'NOT_FOUND'],
    ]);
    const asGaj = await app.request<NodesData, object>(Nodes, { ids }, { as: 'gaj.clerk' });
    expect(asGaj.data?.nodes).toEqual([{ id: agencies[0] }, { id: gajProjects[0] }, null, { id: agencies[1] }, { id: gajProjects[1] }]);
    expect(asGaj.errors?.map((e) => e.path)).toEqual([['nodes', 2]]);
  });

  it('answers the same ID twice', async () => {
    const res = await app.request<NodesData, object>(Nodes, { ids: [agencies[0], agencies[0]] }, { as: 'jyj.clerk' });
    expect(res.data?.nodes).toEqual([{ id: agencies[0] }, { id: agencies[0] }]);
  });

  it('refuses more than 100 IDs with BAD_USER_INPUT', async () => {
    const res = await app.request<NodesData, object>(Nodes, { ids: Array.from({ length: 101 }, () => agencies[0]) }, { as: 'jyj.clerk' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const hundred = await app.request<NodesData, object>(Nodes, { ids: Array.from({ length: 100 }, () => agencies[0]) }, { as: 'jyj.clerk' });
    expect(hundred.errors).toBeUndefined();
  });

  it('reads one statement per type, whatever the number of IDs', async () => {
    const count = async (n: number) => {
      const ids = [...agencies.slice(0, n), ...gajProjects.slice(0, n)];
      expect(ids).toHaveLength(2 * n);
      app.statements.reset();
      const res = await app.request<NodesData, object>(Nodes, { ids }, { as: 'gaj.clerk' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.nodes.every(Boolean)).toBe(true);
      return app.statements.count;
    };
    const few = await count(3);
    const many = await count(30);
    expect(many).toBe(few);
  });
});
