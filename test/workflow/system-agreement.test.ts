import { describeDisagreements } from '../support/agreement';
import { startTestApp, type TestApp } from '../support/app';
import { graphql } from '../gql';
import { agencyGlobalId, checkAgreementOverReadable } from '../catalogs/support';
import { RegisterSystem, RetireSystem } from '../systems/support';

const IssueWithSystems = graphql(`
  mutation AgreementSystemsIssue($input: RectificationOrderIssueInput!) {
    rectificationOrderIssue(input: $input) {
      rectificationOrder {
        id
      }
      errors {
        code
      }
    }
  }
`);

/** The unit, another unit, the catalog's keeper, the supervisors, the auditor (PM-17, PM-18). */
const USERS = ['gaj.clerk', 'gaj.leader', 'jyj.clerk', 'bdc.clerk', 'bdc.leader', 'bdc.reviewer', 'nsc.leader', 'drc.leader', 'audit.auditor'];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

jest.setTimeout(600_000);

describe('an information system’s availableActions agree with its mutations (PM-17, CM-13)', () => {
  const systems: string[] = [];
  let order: string;

  beforeAll(async () => {
    for (const [as, name, inService] of [
      ['gaj.clerk', '协议测试在用系统', true],
      ['gaj.clerk', '协议测试在建系统', false],
      ['bdc.clerk', '协议测试大数据中心系统', true],
      ['gaj.clerk', '协议测试停用系统', true],
    ] as const) {
      const res = await app.query(RegisterSystem, { input: { name, inService } }, as);
      expect(res.informationSystemRegister.errors).toEqual([]);
      systems.push(res.informationSystemRegister.informationSystem!.id);
    }
    expect((await app.query(RetireSystem, { input: { id: systems[3] } }, 'gaj.clerk')).informationSystemRetire.errors).toEqual([]);
    const issued = await app.query(
      IssueWithSystems,
      { input: { unitId: await agencyGlobalId(app.orm, 'GAJ'), reason: 'CRYPTO_OR_SECURITY', description: '未开展密评', systems: [{ systemId: systems[0], defect: 'NO_CRYPTO_ASSESSMENT' }] } },
      'nsc.leader',
    );
    expect(issued.rectificationOrderIssue.errors).toEqual([]);
    order = issued.rectificationOrderIssue.rectificationOrder!.id;
  });

  it('PM-17, PM-11: update, tests, assessments and retirement, for every user and system', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { compared, disagreements } = await checkAgreementOverReadable(app, {
      users: USERS,
      subjects: systems,
      calls: {
        update: { mutation: 'informationSystemUpdate', input: (id) => ({ id, description: '补充说明' }) },
        recordSecurityTest: { mutation: 'informationSystemRecordSecurityTest', input: (id) => ({ id, level: 2, result: 'PASSED', testedOn: today, body: '测评机构' }) },
        recordCryptoAssessment: { mutation: 'informationSystemRecordCryptoAssessment', input: (id) => ({ id, result: 'PASSED', assessedOn: today, body: '密评机构' }) },
        retire: { mutation: 'informationSystemRetire', input: (id) => ({ id }) },
      },
    });
    expect(describeDisagreements(disagreements)).toBe('');
    expect(compared).toBeGreaterThanOrEqual(40);
  });

  it('PM-17: closing an order whose named system’s defect remains', async () => {
    const { compared, disagreements } = await checkAgreementOverReadable(app, {
      users: USERS,
      subjects: [order],
      calls: { close: { mutation: 'rectificationOrderClose', input: (id) => ({ id, note: '已完成整改' }) } },
    });
    expect(describeDisagreements(disagreements)).toBe('');
    expect(compared).toBeGreaterThanOrEqual(5);
  });
});
