import { graphql } from '../gql';
import { Agency } from '../../src/modules/organizations/agency.entity';
import { User } from '../../src/modules/organizations/user.entity';
import { buildAbility } from '../../src/authz/ability';
import { principalAttributes } from '../../src/context';
import { startTestApp, type TestApp } from '../support/app';

const Agencies = graphql(`
  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {
    agencies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        kind
        countyCode
      }
    }
  }
`);

const AgencyById = graphql(`
  query AgencyById($id: ID!) {
    agency(id: $id) {
      code
    }
  }
`);

const Users = graphql(`
  query Users($first: Int) {
    users(first: $first) {
      totalCount
      nodes {
        username
        agency {
          code
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

async function allAgencies(as: string) {
  const codes: { id: string; code: string }[] = [];
  let after: string | null | undefined;
  let total = -1;
  do {
    const data = await app.query(Agencies, { first: 40, after }, as);
    total = data.agencies.totalCount;
    codes.push(...data.agencies.nodes.map((n) => ({ id: n.id, code: n.code })));
    after = data.agencies.pageInfo.hasNextPage ? data.agencies.pageInfo.endCursor : null;
  } while (after);
  return { rows: codes, total };
}

describe('agencies: lists are filtered in SQL by the same policies as single-object checks (PM-4)', () => {
  const readers = ['drc.leader', 'telecom.operator', 'ganxin.engineer', 'expert.liu', 'taihe.dept', 'audit.auditor'];

  it.each(readers)('%s: list, totalCount, node lookups and CASL instance checks agree', async (username) => {
    const { rows, total } = await allAgencies(username);
    expect(rows).toHaveLength(total);
    const em = app.orm.em.fork();
    const user = await em.findOneOrFail(User, { username }, { populate: ['agency', 'agency.county'] });
    const ability = buildAbility(app.services.policies, principalAttributes(user));
    const everything = await em.find(Agency, {}, { populate: ['county'] });
    const listed = new Set(rows.map((r) => r.code));
    for (const agency of everything) {
      expect([agency.code, ability.can('read', agency)]).toEqual([agency.code, listed.has(agency.code)]);
      const single = await app.request(AgencyById, { id: agency.globalId() }, { as: username });
      if (listed.has(agency.code)) {
        expect(single.data?.agency.code).toBe(agency.code);
        expect(rows.find((r) => r.code === agency.code)?.id).toBe(agency.globalId());
      }
      else expect(single.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('lets a cloud provider see government agencies and itself but no other firm (PM-4)', async () => {
    const { rows } = await allAgencies('telecom.operator');
    const codes = rows.map((r) => r.code);
    expect(codes).toContain('CT-JIAN');
    expect(codes).toContain('BDC');
    expect(codes).not.toContain('CMCC-JIAN');
    expect(codes).not.toContain('GANXIN-SUP');
  });

  it('lets government agencies see the firms they work with (PM-10)', async () => {
    const { rows } = await allAgencies('gaj.clerk');
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(['CMCC-JIAN', 'CT-JIAN', 'GANXIN-SUP', 'EXPERTS']));
  });

  it('filters by kind and county in SQL', async () => {
    const data = await app.query(Agencies, { first: 50, filter: { countyCode: '360826' } }, 'drc.leader');
    expect(data.agencies.nodes.map((n) => n.code).sort()).toEqual(['TAIHE-DEPT', 'TAIHE-DRC', 'TAIHE-EGOV', 'TAIHE-FIN', 'TAIHE-GOV']);
    const finance = await app.query(Agencies, { first: 50, filter: { kinds: ['FINANCE'], level: 'MUNICIPAL' } }, 'drc.leader');
    expect(finance.agencies.nodes.map((n) => n.code)).toEqual(['FINANCE']);
    expect(finance.agencies.totalCount).toBe(1);
  });

  it('shows users of the reader\'s own agency only, and all of them to the Audit Bureau (PM-18)', async () => {
    const drc = await app.query(Users, { first: 100 }, 'drc.clerk');
    expect(new Set(drc.users.nodes.map((u) => u.agency?.code))).toEqual(new Set(['DRC']));
    expect(drc.users.totalCount).toBe(3);
    const audit = await app.query(Users, { first: 100 }, 'audit.auditor');
    const count = await app.orm.em.fork().count(User, {});
    expect(audit.users.totalCount).toBe(count);
  });
});
