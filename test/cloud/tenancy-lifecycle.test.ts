import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import {
  Adjust,
  Apply,
  ChangeConfirm,
  ChangeExpertReview,
  ChangeNotify,
  ChangeReview,
  ChangeSubmit,
  cloudIds,
  type CloudIds,
  ConfirmCleared,
  ConfirmProvisioning,
  ConfirmReclaimed,
  Decommission,
  ExitApply,
  ExitApprove,
  ExpertReview,
  Notify,
  quotaOf,
  RecordDeployment,
  Resubmit,
  Review,
  seatExperts,
  Sign,
  signedDocument,
  TenancyDetail,
  useClock,
} from './support';

const Overdue = graphql(`
  query CloudOverdue {
    overdueTenancies(first: 20) {
      totalCount
      nodes {
        code
        deadlines {
          kind
          dueOn
          workingDaysLeft
          overdue
          responsibleAgency {
            code
          }
        }
      }
    }
  }
`);

const IncidentReport = graphql(`
  mutation CloudIncidentReport($input: CloudIncidentReportInput!) {
    cloudIncidentReport(input: $input) {
      cloudIncident {
        id
        status
        reportedByAgency {
          code
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const IncidentResolve = graphql(`
  mutation CloudIncidentResolve($input: CloudIncidentResolveInput!) {
    cloudIncidentResolve(input: $input) {
      cloudIncident {
        status
        responsibility
      }
      errors {
        code
        rule
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
});
afterAll(() => app.stop());

const err = (code: string, rule: string, field?: string) => (field ? { code, rule, field } : expect.objectContaining({ code, rule }));

describe('a county tenancy from application to decommissioning (CM-9), every refusal before its prerequisite', () => {
  let id: string;
  const q = (code: string, quantity: number) => ({ itemId: ids.item(code), quantity });
  const county = () => ({
    systemName: '泰和县不动产登记信息系统',
    systemDescription: '不动产登记受理、审核、登簿与查询',
    zoneId: ids.zone('CT-JIAN-EXTRANET'),
    mlpsLevel: 3,
    classified: false,
    migration: true,
    migratedSystemName: '泰和县不动产登记系统（县自然资源局机房）',
    migratedSystemDescription: '县自然资源局自建机房，2 台物理服务器',
    contactName: '泰和县电子政务办 肖工',
    contactPhone: '0796-5321234',
    resources: [q('ECS-VCPU', 8), q('ECS-MEM', 32), q('EVS-SSD', 1000), q('SEC-HSS', 2)],
    userDepartmentId: ids.agency('TAIHE-DEPT'),
  });

  it('CM-10: a county department cannot file; BDC cannot file; the county e-gov authority files in the county government’s name', async () => {
    useClock(app, '2026-02-09');
    for (const as of ['taihe.dept', 'bdc.leader', 'taihe.finance']) {
      const res = await app.query(Apply, { input: county() }, as);
      expect(res.cloudTenancyApply).toEqual({ cloudTenancy: null, errors: [err('FORBIDDEN', 'CM-10')] });
    }
  });

  it('CM-2, CM-4, CM-21: refuses a classified system, a migration without the system it moves, an MLPS level above the zone’s, all at once', async () => {
    const res = await app.query(
      Apply,
      { input: { ...county(), classified: true, migratedSystemName: ' ', mlpsLevel: 4 } },
      'taihe.egov',
    );
    expect(res.cloudTenancyApply.cloudTenancy).toBeNull();
    expect(res.cloudTenancyApply.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-2', field: 'classified' },
      { code: 'INVALID_INPUT', rule: 'CM-4', field: 'migratedSystemName' },
      { code: 'INVALID_INPUT', rule: 'CM-21', field: 'mlpsLevel' },
    ]);
    const internet = await app.query(Apply, { input: { ...county(), zoneId: ids.zone('CT-JIAN-INTERNET') } }, 'taihe.egov');
    expect(internet.cloudTenancyApply.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-21', field: 'mlpsLevel' }]);
    expect((await sqlAsAdmin(app.database, 'select 1 from cloud_tenancy')).length).toBe(0);
  });

  it('CM-10, CM-2, CM-4, CM-21: files the county’s non-classified application (tenant 泰和县人民政府, filed by its e-gov office), MLPS 3 in a level-3 zone, linked to the system it migrates', async () => {
    const res = await app.query(Apply, { input: county() }, 'taihe.egov');
    expect(res.cloudTenancyApply.errors).toEqual([]);
    expect(res.cloudTenancyApply.cloudTenancy).toMatchObject({
      status: 'APPLIED',
      level: 'COUNTY',
      divisionCode: '360826',
      migration: true,
      migratedSystemName: '泰和县不动产登记系统（县自然资源局机房）',
      tenant: { code: 'TAIHE-GOV' },
      filedBy: { code: 'TAIHE-EGOV' },
      userDepartment: { code: 'TAIHE-DEPT' },
      provider: null,
    });
    expect(res.cloudTenancyApply.cloudTenancy!.code).toMatch(/^YZ-2026-\d{5}$/);
    id = res.cloudTenancyApply.cloudTenancy!.id;
    // CM-8: not assigned to a provider yet, so no provider sees it.
    const provider = await app.request(TenancyDetail, { id }, { as: 'telecom.operator' });
    expect(provider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The county government sees what was filed in its name (CM-10).
    expect((await app.query(TenancyDetail, { id }, 'taihe.gov')).cloudTenancy.status).toBe('APPLIED');
  });

  it('CM-11: only BDC’s leader reviews; the expert review waits for approval; a return needs reasons', async () => {
    for (const as of ['bdc.clerk', 'taihe.egov', 'drc.leader']) {
      const res = await app.request(Review, { input: { id, decision: 'APPROVE' } }, { as });
      if (as === 'drc.leader') expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      else expect(res.data!.cloudTenancyReview.errors).toEqual([err('FORBIDDEN', 'CM-11')]);
    }
    const early = await app.query(ExpertReview, { input: { id, reviewedOn: '2026-02-09', conclusion: '同意', quota: [q('ECS-VCPU', 8)] } }, 'bdc.reviewer');
    expect(early.cloudTenancyExpertReview.errors).toEqual([err('PRECONDITION_FAILED', 'CM-11')]);
    const bare = await app.query(Review, { input: { id, decision: 'RETURN', reasons: ' ' } }, 'bdc.leader');
    expect(bare.cloudTenancyReview.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-11', field: 'reasons' }]);
    const returned = await app.query(Review, { input: { id, decision: 'RETURN', reasons: '内存需求依据不足，请补充测算' } }, 'bdc.leader');
    expect(returned.cloudTenancyReview).toEqual({ cloudTenancy: { status: 'RETURNED', returnReasons: '内存需求依据不足，请补充测算', provider: null }, errors: [] });
    const resubmitted = await app.query(Resubmit, { input: { id, resources: [q('ECS-VCPU', 8), q('ECS-MEM', 32), q('EVS-SSD', 800), q('SEC-HSS', 2)], note: '已补充测算' } }, 'taihe.egov');
    expect(resubmitted.cloudTenancyResubmit).toEqual({ cloudTenancy: { status: 'APPLIED' }, errors: [] });
    const approved = await app.query(Review, { input: { id, decision: 'APPROVE' } }, 'bdc.leader');
    expect(approved.cloudTenancyReview).toEqual({ cloudTenancy: { status: 'APPROVED', returnReasons: null, provider: { code: 'CT-JIAN' } }, errors: [] });
  });

  it('CM-11: the expert review fixes the quota (not BDC’s clerk, not without experts)', async () => {
    const notify = await app.query(Notify, { input: { id } }, 'bdc.clerk');
    expect(notify.cloudTenancyNotifyProvider.errors).toEqual([err('PRECONDITION_FAILED', 'CM-12')]);
    const clerk = await app.query(ExpertReview, { input: { id, reviewedOn: '2026-02-10', conclusion: '同意', quota: [q('ECS-VCPU', 8)] } }, 'bdc.clerk');
    expect(clerk.cloudTenancyExpertReview.errors).toEqual([err('FORBIDDEN', 'CM-11')]);
    const none = await app.query(ExpertReview, { input: { id, reviewedOn: '2026-02-09', conclusion: '同意', quota: [] } }, 'bdc.reviewer');
    // CM-11: no panel's opinions yet, and no amount fixed.
    expect(none.cloudTenancyExpertReview.errors).toEqual([
      { code: 'PRECONDITION_FAILED', rule: 'CM-11', field: null },
      { code: 'INVALID_INPUT', rule: 'CM-11', field: 'quota' },
    ]);
    await seatExperts(app, ids, 'tenancy', id, ['expert.liu', 'expert.chen', 'expert.wang']);
    const fixed = await app.query(
      ExpertReview,
      {
        input: {
          id,
          reviewedOn: '2026-02-09',
          conclusion: '同意上云；内存核定为 24GB，增配 Web 应用防火墙 1 个域名',
          quota: [q('ECS-VCPU', 8), q('ECS-MEM', 24), q('EVS-SSD', 800), q('SEC-HSS', 2), q('SEC-WAF', 1)],
        },
      },
      'bdc.reviewer',
    );
    expect(fixed.cloudTenancyExpertReview.errors).toEqual([]);
    expect(fixed.cloudTenancyExpertReview.cloudTenancy!.status).toBe('QUOTA_FIXED');
    const lines = fixed.cloudTenancyExpertReview.cloudTenancy!.resources.map((r) => `${r.item!.code}:${r.requestedQuantity}->${r.quotaQuantity}`).sort();
    expect(lines).toEqual(['ECS-MEM:32->24', 'ECS-VCPU:8->8', 'EVS-SSD:800->800', 'SEC-HSS:2->2', 'SEC-WAF:0->1']);
  });

  it('CM-12: BDC notifies the provider only with both signed documents uploaded (each missing one listed)', async () => {
    const none = await app.query(Notify, { input: { id } }, 'bdc.clerk');
    expect(none.cloudTenancyNotifyProvider.errors.map((e) => [e.code, e.rule])).toEqual([
      ['PRECONDITION_FAILED', 'CM-12'],
      ['PRECONDITION_FAILED', 'CM-12'],
    ]);
    // A number and a date are no longer a document: the signed letter itself is uploaded first.
    const nothing = await app.query(Sign, { input: { id } }, 'taihe.dept');
    expect(nothing.cloudTenancySignDocuments.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-12', field: null }]);
    const notUploaded = await app.query(
      Sign,
      { input: { id, responsibilityLetter: { contentId: 'RG9jdW1lbnRDb250ZW50Om5vbmU', signedOn: '2026-02-09', reference: '泰政云责〔2026〕3号' } } },
      'taihe.dept',
    );
    expect(notUploaded.cloudTenancySignDocuments.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-12', field: 'responsibilityLetter.contentId' }]);
    // Another agency's upload is not the unit's signed letter; nor is a letter signed tomorrow.
    const foreign = await app.query(Sign, { input: { id, responsibilityLetter: await signedDocument(app, 'bdc.clerk', '2026-02-09') } }, 'taihe.dept');
    expect(foreign.cloudTenancySignDocuments.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-12', field: 'responsibilityLetter.contentId' }]);
    const future = await app.query(Sign, { input: { id, responsibilityLetter: await signedDocument(app, 'taihe.dept', '2026-12-31') } }, 'taihe.dept');
    expect(future.cloudTenancySignDocuments.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-12', field: 'responsibilityLetter.signedOn' }]);
    const letter = await app.query(Sign, { input: { id, responsibilityLetter: await signedDocument(app, 'taihe.dept', '2026-02-09', '泰政云责〔2026〕3号') } }, 'taihe.dept');
    expect(letter.cloudTenancySignDocuments.errors).toEqual([]);
    const one = await app.query(Notify, { input: { id } }, 'bdc.clerk');
    expect(one.cloudTenancyNotifyProvider.errors).toEqual([
      expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-12', message: '云使用部门尚未填写《吉安市政务云资源开通情况确认表》' }),
    ]);
    const early = await app.query(ConfirmProvisioning, { input: { id } }, 'telecom.operator');
    expect(early.cloudTenancyConfirmProvisioning.errors).toEqual([err('PRECONDITION_FAILED', 'CM-8')]);
    // The county government reads what was filed in its name but signs through its e-gov authority; a county department does not see it.
    const gov = await app.query(Sign, { input: { id, confirmationForm: await signedDocument(app, 'taihe.gov', '2026-02-09') } }, 'taihe.gov');
    expect(gov.cloudTenancySignDocuments.errors).toEqual([err('FORBIDDEN', 'CM-12')]);
    // CM-7: the department whose system it is signs, not the e-government office that filed it.
    const egov = await app.query(Sign, { input: { id, confirmationForm: await signedDocument(app, 'taihe.egov', '2026-02-09') } }, 'taihe.egov');
    expect(egov.cloudTenancySignDocuments.errors).toEqual([err('FORBIDDEN', 'CM-12')]);
    const form = await app.query(Sign, { input: { id, confirmationForm: await signedDocument(app, 'taihe.dept', '2026-02-09', '泰和-开通确认-2026-003') } }, 'taihe.dept');
    expect(form.cloudTenancySignDocuments.errors).toEqual([]);
    const { status, documents } = form.cloudTenancySignDocuments.cloudTenancy!;
    expect(status).toBe('QUOTA_FIXED');
    expect(documents.map((d) => [d.kind, d.reference, d.signedOn, d.uploaded])).toEqual([
      ['RESPONSIBILITY_LETTER', '泰政云责〔2026〕3号', '2026-02-09', true],
      ['PROVISIONING_CONFIRMATION', '泰和-开通确认-2026-003', '2026-02-09', true],
    ]);
    for (const d of documents) expect(d.sm3).toMatch(/^[0-9a-f]{64}$/);
  });

  it('CM-12: notified on Friday 2026-02-13, the provider is due 2026-02-25 (Sat 2-14 is a 调休 working day, 2-15…2-23 Spring Festival)', async () => {
    useClock(app, '2026-02-13');
    const notified = await app.query(Notify, { input: { id } }, 'bdc.clerk');
    expect(notified.cloudTenancyNotifyProvider).toEqual({
      cloudTenancy: { status: 'PROVISIONING', providerNotifiedOn: '2026-02-13', provisioningDueOn: '2026-02-25' },
      errors: [],
    });
    const detail = await app.query(TenancyDetail, { id }, 'bdc.leader');
    expect(detail.cloudTenancy.deadlines).toEqual([
      { kind: 'PROVISIONING', rule: 'CM-12', dueOn: '2026-02-25', workingDaysLeft: 3, overdue: false, responsibleAgency: { code: 'CT-JIAN' } },
    ]);
    // CM-8: another provider does not see it; the user cannot confirm for the provider.
    const other = await app.request(ConfirmProvisioning, { input: { id } }, { as: 'mobile.operator' });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const user = await app.query(ConfirmProvisioning, { input: { id } }, 'taihe.dept');
    expect(user.cloudTenancyConfirmProvisioning.errors).toEqual([err('FORBIDDEN', 'CM-8')]);
  });

  it('shows the late provisioning to BDC on 2026-02-26, as the provider’s (CM-12), then the provider confirms: deployment due 2026-04-09 (CM-13)', async () => {
    useClock(app, '2026-02-26');
    const overdue = await app.query(Overdue, {}, 'bdc.leader');
    expect(overdue.overdueTenancies.nodes.map((n) => [n.code, n.deadlines])).toEqual([
      [expect.any(String), [{ kind: 'PROVISIONING', dueOn: '2026-02-25', workingDaysLeft: -1, overdue: true, responsibleAgency: { code: 'CT-JIAN' } }]],
    ]);
    expect((await app.query(Overdue, {}, 'telecom.operator')).overdueTenancies.totalCount).toBe(1);
    expect((await app.query(Overdue, {}, 'mobile.operator')).overdueTenancies.totalCount).toBe(0);
    const confirmed = await app.query(ConfirmProvisioning, { input: { id } }, 'telecom.operator');
    expect(confirmed.cloudTenancyConfirmProvisioning).toEqual({
      cloudTenancy: { status: 'PROVISIONED', provisionedOn: '2026-02-26', deploymentDueOn: '2026-04-09' },
      errors: [],
    });
    expect((await app.query(Overdue, {}, 'bdc.leader')).overdueTenancies.totalCount).toBe(0);
  });

  it('CM-8 and CM-6: the provider sees the resources and the contact, not the fees; the county sees its fees', async () => {
    const provider = await app.query(TenancyDetail, { id }, 'telecom.operator');
    expect(provider.cloudTenancy).toMatchObject({ contactName: '泰和县电子政务办 肖工', contactPhone: '0796-5321234', monthlyFee: null });
    expect(quotaOf(provider.cloudTenancy)).toEqual(['ECS-MEM×24', 'ECS-VCPU×8', 'EVS-SSD×800', 'SEC-HSS×2', 'SEC-WAF×1']);
    // 8×60 + 24×25 + 800×0.80 + 2×45 + 1×300 = 480 + 600 + 640 + 90 + 300
    expect((await app.query(TenancyDetail, { id }, 'taihe.gov')).cloudTenancy.monthlyFee).toBe('2110.00');
    expect((await app.query(TenancyDetail, { id }, 'taihe.finance')).cloudTenancy.monthlyFee).toBe('2110.00');
    expect((await app.query(TenancyDetail, { id }, 'audit.auditor')).cloudTenancy.monthlyFee).toBe('2110.00');
    const municipalFinance = await app.request(TenancyDetail, { id }, { as: 'finance.leader' });
    expect(municipalFinance.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('CM-7, CM-13: deployment records tests, security pre-assessment and cut-over, and keeps the old system ≥ 3 months', async () => {
    useClock(app, '2026-03-20');
    const detail = await app.query(TenancyDetail, { id }, 'taihe.dept');
    expect(detail.cloudTenancy.deadlines).toEqual([
      { kind: 'DEPLOYMENT', rule: 'CM-13', dueOn: '2026-04-09', workingDaysLeft: 13, overdue: false, responsibleAgency: { code: 'TAIHE-DEPT' } },
    ]);
    const provider = await app.query(RecordDeployment, { input: { id, testedOn: '2026-03-16', securityPreassessmentRef: 'FX-1', cutoverOn: '2026-03-20' } }, 'telecom.operator');
    expect(provider.cloudTenancyRecordDeployment.errors).toEqual([err('FORBIDDEN', 'CM-7')]);
    const short = await app.query(
      RecordDeployment,
      { input: { id, testedOn: '2026-03-16', securityPreassessmentRef: ' ', cutoverOn: '2026-03-20', oldSystemRetainedUntil: '2026-06-19' } },
      'taihe.dept',
    );
    expect(short.cloudTenancyRecordDeployment.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-13', field: null },
      { code: 'INVALID_INPUT', rule: 'CM-13', field: 'oldSystemRetainedUntil' },
    ]);
    const done = await app.query(
      RecordDeployment,
      { input: { id, testedOn: '2026-03-16', securityPreassessmentRef: '泰和不动产-安全风险预评估-2026-01', cutoverOn: '2026-03-20', oldSystemRetainedUntil: '2026-06-20' } },
      'taihe.dept',
    );
    expect(done.cloudTenancyRecordDeployment).toEqual({
      cloudTenancy: { status: 'IN_SERVICE', deployedOn: '2026-03-20', cutoverOn: '2026-03-20', oldSystemRetainedUntil: '2026-06-20' },
      errors: [],
    });
  });

  it('CM-14: an expansion goes through review, expert review and provisioning again; one change at a time', async () => {
    useClock(app, '2026-03-23');
    const down = await app.query(ChangeSubmit, { input: { tenancyId: id, kind: 'EXPANSION', reason: '业务量增长', lines: [q('ECS-VCPU', 4)] } }, 'taihe.dept');
    expect(down.cloudChangeRequestSubmit.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-14', field: 'lines' }]);
    const byEgov = await app.query(ChangeSubmit, { input: { tenancyId: id, kind: 'EXPANSION', reason: 'x', lines: [q('ECS-VCPU', 16)] } }, 'taihe.egov');
    expect(byEgov.cloudChangeRequestSubmit.errors).toEqual([err('FORBIDDEN', 'CM-14')]);
    const submitted = await app.query(ChangeSubmit, { input: { tenancyId: id, kind: 'EXPANSION', reason: '不动产登记“一网通办”上线，并发量翻倍', lines: [q('ECS-VCPU', 16), q('ECS-MEM', 32)] } }, 'taihe.dept');
    expect(submitted.cloudChangeRequestSubmit.errors).toEqual([]);
    const cr = submitted.cloudChangeRequestSubmit.cloudChangeRequest!;
    expect(cr.lines.map((l) => [l.item!.code, l.originalQuantity, l.requestedQuantity, l.decidedQuantity]).sort()).toEqual([
      ['ECS-MEM', 24, 32, null],
      ['ECS-VCPU', 8, 16, null],
    ]);
    const second = await app.query(ChangeSubmit, { input: { tenancyId: id, kind: 'REDUCTION', reason: 'x', lines: [q('EVS-SSD', 500)] } }, 'taihe.dept');
    expect(second.cloudChangeRequestSubmit.errors).toEqual([err('PRECONDITION_FAILED', 'CM-14')]);
    const exit = await app.query(ExitApply, { input: { id, reason: 'x' } }, 'taihe.dept');
    expect(exit.cloudTenancyExitApply.errors).toEqual([err('PRECONDITION_FAILED', 'CM-14')]);

    const clerk = await app.query(ChangeReview, { input: { id: cr.id, decision: 'APPROVE' } }, 'bdc.clerk');
    expect(clerk.cloudChangeRequestReview.errors).toEqual([err('FORBIDDEN', 'CM-14')]);
    const approved = await app.query(ChangeReview, { input: { id: cr.id, decision: 'APPROVE' } }, 'bdc.leader');
    expect(approved.cloudChangeRequestReview.cloudChangeRequest!.status).toBe('APPROVED');
    const early = await app.query(ChangeNotify, { input: { id: cr.id } }, 'bdc.clerk');
    expect(early.cloudChangeRequestNotifyProvider.errors).toEqual([err('PRECONDITION_FAILED', 'CM-12')]);
    await seatExperts(app, ids, 'change', cr.id, ['expert.wang', 'expert.liu']);
    const shrink = await app.query(ChangeExpertReview, { input: { id: cr.id, reviewedOn: '2026-03-23', conclusion: '核减', quota: [q('ECS-VCPU', 6)] } }, 'bdc.reviewer');
    expect(shrink.cloudChangeRequestExpertReview.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-14', field: 'quota' }]);
    const fixed = await app.query(
      ChangeExpertReview,
      { input: { id: cr.id, reviewedOn: '2026-03-23', conclusion: 'vCPU 核定 12 核，内存 32GB', quota: [q('ECS-VCPU', 12), q('ECS-MEM', 32)] } },
      'bdc.reviewer',
    );
    expect(fixed.cloudChangeRequestExpertReview.cloudChangeRequest).toEqual({ status: 'QUOTA_FIXED', lines: expect.arrayContaining([{ decidedQuantity: 12 }, { decidedQuantity: 32 }]) });
    const notified = await app.query(ChangeNotify, { input: { id: cr.id } }, 'bdc.clerk');
    expect(notified.cloudChangeRequestNotifyProvider.cloudChangeRequest).toEqual({
      status: 'PROVISIONING',
      provisioningDueOn: '2026-03-26',
      deadline: { kind: 'CHANGE_PROVISIONING', dueOn: '2026-03-26', workingDaysLeft: 3, overdue: false, responsibleAgency: { code: 'CT-JIAN' } },
    });
    const confirmed = await app.query(ChangeConfirm, { input: { id: cr.id } }, 'telecom.operator');
    expect(confirmed.cloudChangeRequestConfirmProvisioning).toEqual({ cloudChangeRequest: { status: 'COMPLETED', completedOn: '2026-03-23' }, errors: [] });
    const after = await app.query(TenancyDetail, { id }, 'taihe.dept');
    expect(quotaOf(after.cloudTenancy)).toEqual(['ECS-MEM×32', 'ECS-VCPU×12', 'EVS-SSD×800', 'SEC-HSS×2', 'SEC-WAF×1']);
  });

  it('CM-14: a reduction needs BDC’s approval only and is in force at once; BDC’s own adjustment is visible to the tenant', async () => {
    useClock(app, '2026-03-25');
    const up = await app.query(ChangeSubmit, { input: { tenancyId: id, kind: 'REDUCTION', reason: 'x', lines: [q('EVS-SSD', 900)] } }, 'taihe.dept');
    expect(up.cloudChangeRequestSubmit.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-14', field: 'lines' }]);
    const submitted = await app.query(ChangeSubmit, { input: { tenancyId: id, kind: 'REDUCTION', reason: '历史影像已归档至对象存储', lines: [q('EVS-SSD', 500)] } }, 'taihe.dept');
    const crId = submitted.cloudChangeRequestSubmit.cloudChangeRequest!.id;
    const approved = await app.query(ChangeReview, { input: { id: crId, decision: 'APPROVE' } }, 'bdc.leader');
    expect(approved.cloudChangeRequestReview).toEqual({
      cloudChangeRequest: { status: 'COMPLETED', completedOn: '2026-03-25', providerNotifiedOn: '2026-03-25' },
      errors: [],
    });
    const userAdjust = await app.query(Adjust, { input: { tenancyId: id, utilisation: 'x', lines: [q('ECS-MEM', 16)] } }, 'taihe.dept');
    expect(userAdjust.cloudTenancyAdjust.errors).toEqual([err('FORBIDDEN', 'CM-14')]);
    const adjusted = await app.query(
      Adjust,
      { input: { tenancyId: id, utilisation: '监管平台：近 30 天内存峰值使用率 38%', lines: [q('ECS-MEM', 24)] } },
      'bdc.leader',
    );
    expect(adjusted.cloudTenancyAdjust.cloudChangeRequest).toMatchObject({ kind: 'ADJUSTMENT', status: 'COMPLETED', completedOn: '2026-03-25' });
    const seen = await app.query(TenancyDetail, { id }, 'taihe.dept');
    expect(quotaOf(seen.cloudTenancy)).toEqual(['ECS-MEM×24', 'ECS-VCPU×12', 'EVS-SSD×500', 'SEC-HSS×2', 'SEC-WAF×1']);
    expect(seen.cloudTenancy.changeRequests.map((c) => [c.kind, c.status, c.requestedByAgency?.code])).toEqual([
      ['EXPANSION', 'COMPLETED', 'TAIHE-DEPT'],
      ['REDUCTION', 'COMPLETED', 'TAIHE-DEPT'],
      ['ADJUSTMENT', 'COMPLETED', 'BDC'],
    ]);
    expect(seen.cloudTenancy.quotaHistory.filter((l) => l.item?.code === 'EVS-SSD').map((l) => [l.quantity, l.effectiveFrom, l.effectiveTo])).toEqual([
      [800, '2026-02-26', '2026-03-25'],
      [500, '2026-03-25', null],
    ]);
  });

  it('CM-19: a fault is recorded by the provider and resolved with its responsibility', async () => {
    const reported = await app.query(IncidentReport, { input: { tenancyId: id, occurredAt: '2026-03-25T01:20:00Z', description: '存储节点故障导致系统 20 分钟不可用' } }, 'telecom.operator');
    expect(reported.cloudIncidentReport.errors).toEqual([]);
    const incidentId = reported.cloudIncidentReport.cloudIncident!.id;
    const byUser = await app.query(IncidentResolve, { input: { id: incidentId, responsibility: 'USER', resolution: 'x' } }, 'taihe.dept');
    expect(byUser.cloudIncidentResolve.errors).toEqual([err('FORBIDDEN', 'CM-19')]);
    const resolved = await app.query(IncidentResolve, { input: { id: incidentId, responsibility: 'PROVIDER', resolution: '更换故障磁盘，完成数据重建' } }, 'bdc.leader');
    expect(resolved.cloudIncidentResolve).toEqual({ cloudIncident: { status: 'RESOLVED', responsibility: 'PROVIDER' }, errors: [] });
  });

  it('CM-15: exit — applied by the user, approved by BDC’s leader, 20 working days of transition, then both confirm before BDC decommissions', async () => {
    useClock(app, '2026-04-01');
    const cleared = await app.query(ConfirmCleared, { input: { id } }, 'taihe.dept');
    expect(cleared.cloudTenancyConfirmDataCleared.errors).toEqual([err('PRECONDITION_FAILED', 'CM-15')]);
    const decommission = await app.query(Decommission, { input: { id } }, 'bdc.clerk');
    expect(decommission.cloudTenancyDecommission.errors).toEqual([err('PRECONDITION_FAILED', 'CM-15')]);
    const applied = await app.query(ExitApply, { input: { id, reason: '系统并入省级统建平台' } }, 'taihe.dept');
    expect(applied.cloudTenancyExitApply).toEqual({ cloudTenancy: { status: 'EXIT_REQUESTED', exitReason: 'REQUESTED' }, errors: [] });
    const clerk = await app.query(ExitApprove, { input: { id } }, 'bdc.clerk');
    expect(clerk.cloudTenancyExitApprove.errors).toEqual([err('FORBIDDEN', 'CM-15')]);
    const approved = await app.query(ExitApprove, { input: { id } }, 'bdc.leader');
    // 4-2, 4-3, (Qingming 4-4…4-6), 4-7 … 4-30: the 20th working day is 2026-04-30.
    expect(approved.cloudTenancyExitApprove).toEqual({ cloudTenancy: { status: 'EXITING', exitTransitionDueOn: '2026-04-30' }, errors: [] });

    const tooEarly = await app.query(ConfirmCleared, { input: { id } }, 'taihe.dept');
    expect(tooEarly.cloudTenancyConfirmDataCleared.errors).toEqual([err('PRECONDITION_FAILED', 'CM-15')]);
    const both = await app.query(Decommission, { input: { id } }, 'bdc.clerk');
    expect(both.cloudTenancyDecommission.errors.map((e) => [e.code, e.rule])).toEqual([
      ['PRECONDITION_FAILED', 'CM-15'],
      ['PRECONDITION_FAILED', 'CM-15'],
    ]);

    useClock(app, '2026-05-06');
    const providerClears = await app.query(ConfirmCleared, { input: { id } }, 'telecom.operator');
    expect(providerClears.cloudTenancyConfirmDataCleared.errors).toEqual([err('FORBIDDEN', 'CM-15')]);
    expect((await app.query(ConfirmCleared, { input: { id } }, 'taihe.dept')).cloudTenancyConfirmDataCleared).toEqual({
      cloudTenancy: { status: 'EXITING', dataClearedOn: '2026-05-06' },
      errors: [],
    });
    const one = await app.query(Decommission, { input: { id } }, 'bdc.clerk');
    expect(one.cloudTenancyDecommission.errors).toEqual([
      expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-15', message: '云服务商尚未确认资源回收' }),
    ]);
    expect((await app.query(ConfirmReclaimed, { input: { id } }, 'telecom.operator')).cloudTenancyConfirmReclaimed).toEqual({
      cloudTenancy: { status: 'EXITING', resourcesReclaimedOn: '2026-05-06' },
      errors: [],
    });
    expect((await app.query(Decommission, { input: { id } }, 'bdc.clerk')).cloudTenancyDecommission).toEqual({
      cloudTenancy: { status: 'DECOMMISSIONED', decommissionedOn: '2026-05-06' },
      errors: [],
    });
    const gone = await app.query(TenancyDetail, { id }, 'taihe.dept');
    expect(gone.cloudTenancy.quota).toEqual([]);
    expect(gone.cloudTenancy.quotaHistory.every((l) => l.effectiveTo !== null)).toBe(true);
    expect(gone.cloudTenancy.availableActions.filter((a) => a.allowed)).toEqual([]);
  });

  it('recorded every step as a transition and every refusal in the audit chain, and the Audit Bureau changes nothing', async () => {
    const [{ n }] = await sqlAsAdmin<{ n: string }>(app.database, "select count(*) n from state_transition where subject_type = 'CloudTenancy'");
    // apply, return, resubmit, approve, panel named, 3 expert opinions, expert review, 2 signings, notify, provision,
    // deploy, 2 changes requested, adjust, incident reported, exit, approve, clear, reclaim, decommission
    expect(Number(n)).toBe(23);
    const refused = await sqlAsAdmin<{ rule: string }>(app.database, "select distinct rule from audit_event where outcome = 'REFUSED' order by rule");
    expect(refused.map((r) => r.rule)).toEqual(expect.arrayContaining(['CM-10', 'CM-11', 'CM-12', 'CM-13', 'CM-14', 'CM-15', 'CM-19', 'CM-2', 'CM-7', 'CM-8']));
    const audit = await app.query(ExitApply, { input: { id, reason: 'x' } }, 'audit.auditor');
    expect(audit.cloudTenancyExitApply.errors).toEqual([err('FORBIDDEN', 'PM-18')]);
  });
});
