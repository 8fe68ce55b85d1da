import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { seedCompareData } from '../../bench/compare/seed';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { databaseUrl } from '../support/database';
import { toGlobalId } from '../../src/graphql/global-id';

/**
 * A page of projects reads the relations its query selects in its own statement
 * (src/graphql/relations.ts): what it answers must be what each project's own read answers, for
 * every reader, through the same policy filters and field-level rules.
 */
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));

/** Every field of `type` that takes no arguments and is a scalar or an enumeration. */
function leaves(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)))
    .map((f) => f.name)
    .join(' ');
}

const RELATIONS = ['constructionUnit', 'division', 'budgetLines', 'catalog', 'sharingReview', 'acceptanceRecords', 'cloudTenancies'];
const project = schema.getType('Project') as GraphQLObjectType;
const related = RELATIONS.map((name) => {
  const type = getNamedType(project.getFields()[name].type);
  if (!isObjectType(type)) throw new Error(name);
  return `${name} { ${leaves(type)} }`;
}).join(' ');
const FIELDS = `${leaves(project)} ${related} budgetTotal`;
/** One level of each relation: their own relations (a tenancy's quota) are the next level. */
const ONE_LEVEL =
  'constructionUnit { name } division { name } budgetLines { kind amount } catalog { id status } sharingReview { status } acceptanceRecords { round status } cloudTenancies { code systemName }';

const TAIHE = '360826';
let app: TestApp;
let db: pg.Client;
let hiddenTenancy: string;
let draftCatalogProject: string;

beforeAll(async () => {
  app = await startTestApp();
  db = new pg.Client({ connectionString: databaseUrl(app.database) });
  await db.connect();
  await seedCompareData(db, { projects: 170, auditEvents: 10 }, app.services.policies.version);
  // Related rows a reader of the project may not see. CM-10: a tenancy of a Taihe project filed by
  // another Taihe agency, hidden from the county government (it reads its own tenancies).
  hiddenTenancy = (
    await db.query<{ code: string }>(`
      with src as (select t.* from cloud_tenancy t join project p on p.id = t.project_id where p.division_code = '${TAIHE}' order by t.code limit 1)
      insert into cloud_tenancy select (jsonb_populate_record(null::cloud_tenancy, to_jsonb(src) || jsonb_build_object(
        'id', gen_random_uuid(), 'code', src.code || '-B',
        'tenant_id', (select a.id from agency a where a.county_code = '${TAIHE}' and a.id <> src.tenant_id order by a.code limit 1)))).* from src
      returning code`)
  ).rows[0].code;
  // PM-9(3): a draft catalog, hidden from the DRC (it reads catalogs once submitted), on the newest project without one.
  draftCatalogProject = (
    await db.query<{ project_id: string }>(`
      with p as (select id from project where id not in (select project_id from catalog) order by created_at desc limit 1),
        src as (select * from catalog limit 1)
      insert into catalog select (jsonb_populate_record(null::catalog, to_jsonb(src) || jsonb_build_object(
        'id', gen_random_uuid(), 'project_id', (select id from p), 'status', 'DRAFT'))).* from src
      returning project_id`)
  ).rows[0].project_id;
}, 120_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

type Node = Record<string, unknown> & { id: string };

describe('a page of projects reads its relations with its rows', () => {
  it.each(['taihe.gov', 'taihe.dept', 'jyj.clerk', 'drc.leader', 'bdc.reviewer', 'audit.auditor', 'telecom.operator'])(
    'PM-8.3, PM-15, PM-16.1, CM-10: answers %s what each project read alone answers',
    async (reader) => {
      // pages of 25, within the cost limit with every field of every relation
      let after: string | null = null;
      let read = 0;
      for (let i = 0; i < 4; i++) {
        const page: GraphQLResponse<{ projects: { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> = await app.request(
          `query($after: String) { projects(first: 25, after: $after) { nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`,
          { after },
          { as: reader },
        );
        expect(page.errors).toBeUndefined();
        const nodes = page.data!.projects.nodes;
        read += nodes.length;
        if (!nodes.length) break;
        const ids = nodes.map((n) => n.id);
        const alone = await app.request<{ nodes: (Node | null)[] }, object>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Project { ${FIELDS} } } }`, { ids }, { as: reader });
        expect(alone.errors).toBeUndefined();
        expect(nodes).toEqual(alone.data!.nodes);
        if (!page.data!.projects.pageInfo.hasNextPage) break;
        after = page.data!.projects.pageInfo.endCursor;
      }
      if (reader !== 'telecom.operator') expect(read).toBeGreaterThan(0);
    },
  );

  it('reads them for edges, fragments and pages read backwards too', async () => {
    const query = `query { projects(last: 10, filter: { countyCode: "${TAIHE}" }) { edges { node { ...P } } } } fragment P on Project { ${FIELDS} }`;
    const page = await app.request<{ projects: { edges: { node: Node }[] } }, object>(query, {}, { as: 'taihe.gov' });
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.projects.edges.map((e) => e.node);
    expect(nodes.length).toBe(10);
    const alone = await app.request<{ nodes: (Node | null)[] }, object>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Project { ${FIELDS} } } }`, { ids: nodes.map((n) => n.id) }, { as: 'taihe.gov' });
    expect(nodes).toEqual(alone.data!.nodes);
    const count = async (fields: string) => {
      app.statements.reset();
      await app.request(query.replace(`{ ${FIELDS} }`, `{ ${fields} }`), {}, { as: 'taihe.gov' });
      return app.statements.count;
    };
    expect(await count(`id ${ONE_LEVEL}`)).toBe(await count('id'));
  });

  it('CM-10, PM-9(3): keeps related rows hidden that the reader may not see, as their own lists do', async () => {
    const tenancies = async (as: string) => {
      const res = await app.request<{ projects: { nodes: { cloudTenancies: { code: string }[] }[] } }, object>(`{ projects(first: 100, filter: { countyCode: "${TAIHE}" }) { nodes { cloudTenancies { code } } } }`, {}, { as });
      return res.data!.projects.nodes.flatMap((n) => n.cloudTenancies.map((t) => t.code));
    };
    expect(await tenancies('taihe.gov')).not.toContain(hiddenTenancy);
    expect(await tenancies('bdc.reviewer')).toContain(hiddenTenancy);

    // every page of projects, as `as` reads them
    const catalogOf = async (as: string, projectId: string) => {
      let after: string | null = null;
      for (;;) {
        const res: GraphQLResponse<{ projects: { nodes: { id: string; catalog: { status: string } | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> =
          await app.request(`query($after: String) { projects(first: 100, after: $after) { nodes { id catalog { status } } pageInfo { hasNextPage endCursor } } }`, { after }, { as });
        const found = res.data!.projects.nodes.find((n) => n.id === toGlobalId('Project', projectId));
        if (found) return found.catalog;
        if (!res.data!.projects.pageInfo.hasNextPage) throw new Error(`${as} does not see project ${projectId}`);
        after = res.data!.projects.pageInfo.endCursor;
      }
    };
    expect(await catalogOf('drc.leader', draftCatalogProject)).toBeNull();
    expect(await catalogOf('bdc.reviewer', draftCatalogProject)).toEqual({ status: 'DRAFT' });
  });

  it('costs no statement per relation: the relations come with the page', async () => {
    const count = async (fields: string) => {
      app.statements.reset();
      const res = await app.request(`{ projects(first: 20) { nodes { ${fields} } } }`, {}, { as: 'taihe.gov' });
      expect(res.errors).toBeUndefined();
      return app.statements.count;
    };
    const scalars = await count('id code name');
    expect(await count(`id code name ${ONE_LEVEL}`)).toBe(scalars);
    // PM-9(3): a catalog's counts of entries by sharing type come with its row.
    expect(await count(`id catalog { entryCount sharingSummary { total unconditional conditional notShared registeredOnExchange } }`)).toBe(scalars);
  });
});
