import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import {
  Apply,
  ChangeSubmit,
  cloudIds,
  ExitApply,
  provisionTenancy,
  RecordDeployment,
  Sign,
  signedDocument,
  TenancyDetail,
  useClock,
  type CloudIds,
} from './support';

const Issue = graphql(`
  mutation CountyUserFeeIssue($input: FeeStatementIssueInput!) {
    feeStatementIssue(input: $input) {
      feeStatement {
        tenant {
          code
        }
        payer {
          code
        }
      }
      errors {
        code
        rule
      }
    }
  }
`);

const Tasks = graphql(`
  query CountyUserTasks {
    myTasks(first: 20, filter: { kinds: [TENANCY] }) {
      nodes {
        actions
        subject {
          id
        }
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
  useClock(app, '2026-03-02');
});
afterAll(() => app.stop());

const application = (userDepartmentId?: string) => ({
  systemName: '泰和县智慧教育管理平台',
  zoneId: ids.zone('CT-JIAN-EXTRANET'),
  mlpsLevel: 2,
  classified: false,
  migration: false,
  contactName: '泰和县教育体育局 罗工',
  contactPhone: '0796-5339999',
  resources: [{ itemId: ids.item('ECS-VCPU'), quantity: 2 }],
  userDepartmentId,
});

const keyOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];

describe('CM-10, CM-7: a county tenancy filed in the county government’s name keeps the department whose system it is', () => {
  it('refuses a county filing that names no department, or one of another county, or the county government (INVALID_INPUT, CM-10)', async () => {
    for (const dept of [undefined, ids.agency('JISHUI-DEPT'), ids.agency('TAIHE-GOV'), ids.agency('GAJ')]) {
      const res = await app.query(Apply, { input: application(dept) }, 'taihe.egov');
      expect(res.cloudTenancyApply).toEqual({ cloudTenancy: null, errors: [{ code: 'INVALID_INPUT', rule: 'CM-10', field: 'userDepartmentId' }] });
    }
  });

  it('refuses a municipal department naming another user (INVALID_INPUT, CM-10): it is the user itself', async () => {
    const res = await app.query(Apply, { input: { ...application(ids.agency('JYJ')), contactName: '张工' } }, 'gaj.clerk');
    expect(res.cloudTenancyApply.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-10', field: 'userDepartmentId' }]);
  });

  it('records the department; the county government stays the applicant of record (CM-10)', async () => {
    const res = await app.query(Apply, { input: application(ids.agency('TAIHE-DEPT')) }, 'taihe.egov');
    expect(res.cloudTenancyApply.errors).toEqual([]);
    expect(res.cloudTenancyApply.cloudTenancy).toMatchObject({
      tenant: { code: 'TAIHE-GOV' },
      filedBy: { code: 'TAIHE-EGOV' },
      userDepartment: { code: 'TAIHE-DEPT' },
    });
    const id = res.cloudTenancyApply.cloudTenancy!.id;
    // The department reads its tenancy (CM-7); another county's does not.
    expect((await app.query(TenancyDetail, { id }, 'taihe.dept')).cloudTenancy.status).toBe('APPLIED');
    expect((await app.request(TenancyDetail, { id }, { as: 'jishui.dept' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  describe('the department takes the user’s steps (CM-7); the e-government authority no longer does', () => {
    let id: string;
    it('signs the documents: the department may, the authority that filed it may not (CM-12)', async () => {
      id = await provisionTenancy(app, ids, { as: 'taihe.egov', systemName: '泰和县教育资助系统', resources: [['ECS-VCPU', 2]] });
      const sign = { id, responsibilityLetter: await signedDocument(app, 'taihe.dept', '2026-03-02', 'ZRS-2') };
      expect((await app.query(Sign, { input: sign }, 'taihe.egov')).cloudTenancySignDocuments.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-12', field: null }]);
      expect((await app.query(Sign, { input: sign }, 'taihe.gov')).cloudTenancySignDocuments.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-12', field: null }]);
    });

    it('waits on the department for deployment (CM-13) and lets it record it, not the authority (FORBIDDEN, CM-7)', async () => {
      const detail = await app.query(TenancyDetail, { id }, 'taihe.dept');
      expect(detail.cloudTenancy.deadlines.map((d) => [d.kind, d.responsibleAgency?.code])).toEqual([['DEPLOYMENT', 'TAIHE-DEPT']]);
      const input = { id, testedOn: '2026-03-02', securityPreassessmentRef: 'FX-TH-1', cutoverOn: '2026-03-02' };
      expect((await app.query(RecordDeployment, { input }, 'taihe.egov')).cloudTenancyRecordDeployment.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-7', field: null }]);
      expect((await app.query(RecordDeployment, { input }, 'taihe.dept')).cloudTenancyRecordDeployment.errors).toEqual([]);
    });

    it('files its changes (CM-14) and its exit (CM-15), not the authority', async () => {
      const change = { tenancyId: id, kind: 'EXPANSION' as const, reason: '学期初访问量翻倍', lines: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }] };
      expect((await app.query(ChangeSubmit, { input: change }, 'taihe.egov')).cloudChangeRequestSubmit.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-14', field: null }]);
      const filed = await app.query(ChangeSubmit, { input: change }, 'taihe.dept');
      expect(filed.cloudChangeRequestSubmit.errors).toEqual([]);
      // The department reads the change it filed (CM-14).
      expect((await app.query(TenancyDetail, { id }, 'taihe.dept')).cloudTenancy.changeRequests).toEqual([
        { kind: 'EXPANSION', status: 'SUBMITTED', reason: '学期初访问量翻倍', requestedByAgency: { code: 'TAIHE-DEPT' } },
      ]);
      await sqlAsAdmin(app.database, "update cloud_change_request set status = 'RETURNED' where tenancy_id = $1", [keyOf(id)]);
      expect((await app.query(ExitApply, { input: { id, reason: '并入省级平台' } }, 'taihe.egov')).cloudTenancyExitApply.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-15' }]);
      expect((await app.query(ExitApply, { input: { id, reason: '并入省级平台' } }, 'taihe.dept')).cloudTenancyExitApply.errors).toEqual([]);
    });
  });

  it('charges the county government, through its finance bureau, for the department’s tenancy (CM-6, CM-10)', async () => {
    useClock(app, '2026-04-01');
    const res = await app.query(Issue, { input: { tenantAgencyId: ids.agency('TAIHE-GOV'), month: '2026-03' } }, 'taihe.finance');
    expect(res.feeStatementIssue).toEqual({ feeStatement: { tenant: { code: 'TAIHE-GOV' }, payer: { code: 'TAIHE-FIN' } }, errors: [] });
    const dept = await app.request(Issue, { input: { tenantAgencyId: ids.agency('TAIHE-DEPT'), month: '2026-03' } }, { as: 'taihe.finance' });
    expect(dept.data?.feeStatementIssue.feeStatement ?? null).toBeNull();
  });

  it('on a tenancy filed before the department was recorded, the authority keeps the user’s steps and the department sees nothing (CM-10)', async () => {
    useClock(app, '2026-04-01');
    const id = await provisionTenancy(app, ids, { as: 'taihe.egov', systemName: '泰和县早前申报的系统', resources: [['ECS-VCPU', 2]] });
    await sqlAsAdmin(app.database, 'update cloud_tenancy set user_department_id = null where id = $1', [keyOf(id)]);
    expect((await app.request(TenancyDetail, { id }, { as: 'taihe.dept' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The authority's inbox holds it (its policy, evaluated by PostgreSQL, meets the null department).
    const tasks = (await app.query(Tasks, {}, 'taihe.egov')).myTasks.nodes;
    expect(tasks.filter((t) => t.subject?.id === id).map((t) => t.actions)).toEqual([['recordDeployment']]);
    const input = { id, testedOn: '2026-04-01', securityPreassessmentRef: 'FX-TH-2', cutoverOn: '2026-04-01' };
    expect((await app.query(RecordDeployment, { input }, 'taihe.egov')).cloudTenancyRecordDeployment.errors).toEqual([]);
  });
});
