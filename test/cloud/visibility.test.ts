import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import {
  ChangeExpertReview,
  ChangeNotify,
  ChangeReview,
  ChangeSubmit,
  cloudIds,
  type CloudIds,
  provisionTenancy,
  seatExperts,
  useClock,
} from './support';

const List = graphql(`
  query CloudList($filter: CloudTenancyFilter, $first: Int) {
    cloudTenancies(first: $first, filter: $filter) {
      totalCount
      nodes {
        code
        systemName
        status
        monthlyFee
        contactName
        tenant {
          code
        }
        provider {
          code
        }
      }
    }
  }
`);

/** Every relation of a tenancy, to count the statements a page costs. */
const Deep = graphql(`
  query CloudDeep($first: Int) {
    cloudTenancies(first: $first) {
      nodes {
        code
        monthlyFee
        tenant {
          code
        }
        filedBy {
          code
        }
        provider {
          code
        }
        zone {
          code
          provider {
            code
          }
        }
        project {
          code
        }
        resources {
          quotaQuantity
          item {
            code
          }
        }
        quota {
          quantity
          item {
            code
            currentPrice {
              unitPrice
            }
          }
        }
        changeRequests {
          kind
          lines {
            requestedQuantity
          }
          deadline {
            dueOn
          }
        }
        incidents {
          status
        }
        deadlines {
          dueOn
          responsibleAgency {
            code
          }
        }
        availableActions {
          action
          allowed
        }
      }
    }
  }
`);

const Changes = graphql(`
  query CloudChanges($id: ID!) {
    cloudTenancy(id: $id) {
      changeRequests {
        id
        status
      }
    }
  }
`);

const Overdue = graphql(`
  query CloudOverdueList {
    overdueTenancies(first: 10) {
      totalCount
      nodes {
        systemName
        deadlines {
          kind
          dueOn
          overdue
          responsibleAgency {
            code
          }
        }
      }
    }
  }
`);

const NodeQuery = graphql(`
  query CloudNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
const tenancies: Record<string, string> = {};
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
  useClock(app, '2026-05-11');
  tenancies.gaj = await provisionTenancy(app, ids, { as: 'gaj.clerk', systemName: '警务数据共享平台', resources: [['ECS-VCPU', 8], ['ECS-MEM', 16]] });
  tenancies.jyj = await provisionTenancy(app, ids, { as: 'jyj.clerk', zone: 'CMCC-JIAN-EXTRANET', systemName: '招生考试系统', resources: [['ECS-VCPU', 4]] });
  tenancies.taihe = await provisionTenancy(app, ids, { as: 'taihe.egov', systemName: '泰和县12345热线', resources: [['ECS-VCPU', 2], ['EVS-SSD', 100]] });
  tenancies.jishui = await provisionTenancy(app, ids, { as: 'jishui.egov', systemName: '吉水县智慧党建', resources: [['ECS-VCPU', 2]] });
  for (const [key, as] of [['gaj', 'gaj.clerk'], ['jyj', 'jyj.clerk'], ['taihe', 'taihe.dept'], ['jishui', 'jishui.dept']]) {
    const res = await app.query(
      ChangeSubmit,
      { input: { tenancyId: tenancies[key], kind: 'EXPANSION', reason: '扩容', lines: [{ itemId: ids.item('ECS-VCPU'), quantity: 12 }] } },
      as,
    );
    expect(res.cloudChangeRequestSubmit.errors).toEqual([]);
  }
});
afterAll(() => app.stop());

const codesFor = async (as: string, filter = {}) =>
  (await app.query(List, { filter, first: 50 }, as)).cloudTenancies.nodes.map((n) => n.systemName).sort();

describe('who sees which tenancies: lists and single objects agree, filtered in SQL', () => {
  it('BDC and the Audit Bureau see all (CM-5, PM-18); a unit its own (CM-7); a county its own (CM-10); a provider those assigned to it (CM-8)', async () => {
    const all = ['吉水县智慧党建', '招生考试系统', '泰和县12345热线', '警务数据共享平台'];
    expect(await codesFor('bdc.clerk')).toEqual(all);
    expect(await codesFor('audit.auditor')).toEqual(all);
    expect(await codesFor('gaj.clerk')).toEqual(['警务数据共享平台']);
    expect(await codesFor('taihe.egov')).toEqual(['泰和县12345热线']);
    expect(await codesFor('taihe.gov')).toEqual(['泰和县12345热线']);
    // CM-7, CM-10: the county department whose system it is; not another county's.
    expect(await codesFor('taihe.dept')).toEqual(['泰和县12345热线']);
    expect(await codesFor('xiajiang.dept')).toEqual([]);
    expect(await codesFor('telecom.operator')).toEqual(['吉水县智慧党建', '泰和县12345热线', '警务数据共享平台']);
    expect(await codesFor('mobile.operator')).toEqual(['招生考试系统']);
    expect(await codesFor('finance.leader')).toEqual(['招生考试系统', '警务数据共享平台']);
    expect(await codesFor('taihe.finance')).toEqual(['泰和县12345热线']);
    expect(await codesFor('drc.leader')).toEqual([]);
    const hidden = await app.request(NodeQuery, { id: tenancies.jyj }, { as: 'telecom.operator' });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.query(NodeQuery, { id: tenancies.gaj }, 'telecom.operator')).node?.id).toBe(tenancies.gaj);
  });

  it('CM-8: in a provider’s list the fee fields are null, the contacts are there', async () => {
    const provider = await app.query(List, { first: 50 }, 'telecom.operator');
    expect(provider.cloudTenancies.nodes.every((n) => n.monthlyFee === null && n.contactName === '张工')).toBe(true);
    const bdc = await app.query(List, { first: 50 }, 'bdc.clerk');
    expect(bdc.cloudTenancies.nodes.find((n) => n.systemName === '警务数据共享平台')?.monthlyFee).toBe('880.00'); // 8×60 + 16×25
  });

  it('filters by status, tenant, county, provider and overdue', async () => {
    expect(await codesFor('bdc.leader', { countyCode: '360826' })).toEqual(['泰和县12345热线']);
    expect(await codesFor('bdc.leader', { countyCode: '360800' })).toEqual(['招生考试系统', '警务数据共享平台']);
    expect(await codesFor('bdc.leader', { providerId: ids.agency('CMCC-JIAN') })).toEqual(['招生考试系统']);
    expect(await codesFor('bdc.leader', { tenantAgencyId: ids.agency('JISHUI-GOV') })).toEqual(['吉水县智慧党建']);
    expect(await codesFor('bdc.leader', { statuses: ['IN_SERVICE'] })).toEqual([]);
    expect(await codesFor('bdc.leader', { statuses: ['PROVISIONED'], text: '热线' })).toEqual(['泰和县12345热线']);
    expect(await codesFor('bdc.leader', { overdue: true })).toEqual([]);
    useClock(app, '2026-06-24'); // deployment was due 2026-06-23 (30 working days after 5-11, Dragon Boat 6-19 off)
    expect(await codesFor('bdc.leader', { overdue: true })).toEqual(['吉水县智慧党建', '招生考试系统', '泰和县12345热线', '警务数据共享平台']);
    expect(await codesFor('telecom.operator', { overdue: true })).toEqual(['吉水县智慧党建', '泰和县12345热线', '警务数据共享平台']);
    expect(await codesFor('gaj.clerk', { overdue: false })).toEqual([]);
    useClock(app, '2026-05-12');
  });

  it('lists a tenancy whose expansion the provider has not provisioned in time, as the provider’s (CM-12 by CM-14)', async () => {
    useClock(app, '2026-05-12');
    const gaj = await app.query(Changes, { id: tenancies.gaj }, 'bdc.leader');
    const changeId = gaj.cloudTenancy.changeRequests[0].id;
    expect((await app.query(ChangeReview, { input: { id: changeId, decision: 'APPROVE' } }, 'bdc.leader')).cloudChangeRequestReview.errors).toEqual([]);
    await seatExperts(app, ids, 'change', changeId);
    const fixed = await app.query(
      ChangeExpertReview,
      { input: { id: changeId, reviewedOn: '2026-05-12', conclusion: '同意', quota: [{ itemId: ids.item('ECS-VCPU'), quantity: 12 }] } },
      'bdc.reviewer',
    );
    expect(fixed.cloudChangeRequestExpertReview.errors).toEqual([]);
    expect((await app.query(ChangeNotify, { input: { id: changeId } }, 'bdc.clerk')).cloudChangeRequestNotifyProvider.cloudChangeRequest?.provisioningDueOn).toBe('2026-05-15');
    useClock(app, '2026-05-18');
    const overdue = await app.query(Overdue, {}, 'bdc.leader');
    expect(overdue.overdueTenancies.nodes.map((n) => [n.systemName, n.deadlines])).toEqual([
      [
        '警务数据共享平台',
        [
          { kind: 'DEPLOYMENT', dueOn: '2026-06-23', overdue: false, responsibleAgency: { code: 'GAJ' } },
          { kind: 'CHANGE_PROVISIONING', dueOn: '2026-05-15', overdue: true, responsibleAgency: { code: 'CT-JIAN' } },
        ],
      ],
    ]);
    expect((await app.query(Overdue, {}, 'mobile.operator')).overdueTenancies.totalCount).toBe(0);
    useClock(app, '2026-05-12');
  });

  it('costs the same number of SQL statements for one tenancy as for four, relations and all (DataLoaders)', async () => {
    const knex = app.orm.em.getConnection().getKnex();
    let statements = 0;
    const count = () => {
      statements += 1;
    };
    knex.on('query', count);
    try {
      const measure = async (first: number) => {
        statements = 0;
        const data = await app.query(Deep, { first }, 'bdc.leader');
        expect(data.cloudTenancies.nodes).toHaveLength(first);
        return statements;
      };
      const one = await measure(1);
      const four = await measure(4);
      expect(four).toBe(one);
      expect(four).toBeLessThan(25);
    } finally {
      knex.off('query', count);
    }
  });
});
