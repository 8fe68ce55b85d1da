import { keyOf } from '../../src/graphql/global-id';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import {
  AddParticipant,
  agencyId,
  Approve,
  AttachDocument,
  ConfirmParticipation,
  CreateProject,
  doc,
  FailTechReview,
  InviteOpinion,
  PassTechReview,
  RecordOpinion,
  ReturnForRevision,
  rules,
  submitCatalog,
  SubmitFeasibility,
  SubmitTechnicalPlan,
  UpdateProject,
} from '../support/projects';

const Reject = graphql(`
  mutation RejectProject($input: ProjectRejectInput!) {
    projectReject(input: $input) {
      ...ProjectResult
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** A small in-plan municipal project of 市教育局, submitted for DRC review. */
let plans = 0;

async function projectUnderReview(name: string, investment = '800000.00') {
  const created = await app.query(
    CreateProject,
    {
      input: {
        name,
        category: 'BUSINESS_SYSTEM',
        buildType: 'REBUILD',
        network: 'EGOV_EXTRANET',
        investment,
        classified: false,
        fundingSource: 'MUNICIPAL_FISCAL',
        scale: '市本级',
        budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '改造', amount: investment }],
      },
    },
    'jyj.clerk',
  );
  const id = created.projectCreate.project!.id;
  // In the plan: the filing goes straight to the feasibility study (PM-7.2).
  const em = app.orm.em.fork();
  await em.getConnection().execute(
    `with plan as (insert into plan (id, kind, year, title) values (gen_random_uuid(), 'ANNUAL', ${2030 + plans++}, 'p') returning id),
     entry as (insert into plan_entry (id, plan_id, name, unit_id) select gen_random_uuid(), plan.id, 'e', (select id from agency where code = 'JYJ') from plan returning id)
     update project set plan_entry_id = (select id from entry) where id = ?`,
    [keyOf(id, 'Project')],
  );
  await app.query(AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, 'jyj.clerk', '可研', { securityStatement: '安全可靠' })) } }, 'jyj.clerk');
  const submitted = await app.query(SubmitFeasibility, { input: { id } }, 'jyj.clerk');
  expect(submitted.projectSubmitFeasibility.errors).toEqual([]);
  return id;
}

describe('returns, resubmissions and rejections (PM-8.1, PM-8.2)', () => {
  it('returns a filing for revision with reasons; the unit edits and resubmits; invitations start a new round', async () => {
    const id = await projectUnderReview('教育资源公共服务平台改造');
    await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, 'FINANCE') } }, 'drc.reviewer');
    const noReasons = await app.query(ReturnForRevision, { input: { id, reasons: ' ' } }, 'drc.reviewer');
    expect(rules(noReasons.projectReturnForRevision.errors)).toEqual(['INVALID_INPUT PM-8.1']);
    const returned = await app.query(ReturnForRevision, { input: { id, reasons: '投资概算依据不足，请补充' } }, 'drc.reviewer');
    expect(returned.projectReturnForRevision.project!.status).toBe('RETURNED');
    // The opinion of the closed round can no longer be given.
    const late = await app.query(RecordOpinion, { input: { id, opinion: '同意' } }, 'finance.leader');
    expect(late.projectRecordOpinion.errors[0]).toMatchObject({ code: 'PRECONDITION_FAILED', rule: 'PM-5' });
    const edited = await app.query(UpdateProject, { input: { id, scale: '市本级及13个县（市、区）' } }, 'jyj.clerk');
    expect(edited.projectUpdate.errors).toEqual([]);
    const again = await app.query(SubmitFeasibility, { input: { id } }, 'jyj.clerk');
    expect(again.projectSubmitFeasibility.project!.status).toBe('UNDER_REVIEW');
    const reinvite = await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, 'FINANCE') } }, 'drc.reviewer');
    expect(reinvite.projectInviteOpinion.errors).toEqual([]);
    const frozen = await app.query(UpdateProject, { input: { id, scale: 'x' } }, 'jyj.clerk');
    expect(rules(frozen.projectUpdate.errors)).toEqual(['PRECONDITION_FAILED PM-8.1']);
  });

  it('rejects a project with reasons; nothing follows a rejection', async () => {
    const id = await projectUnderReview('重复建设的统计系统');
    const byReviewer = await app.query(Reject, { input: { id, reasons: '与已建系统重复' } }, 'drc.reviewer');
    expect(rules(byReviewer.projectReject.errors)).toEqual(['FORBIDDEN PM-8.1']);
    const rejected = await app.query(Reject, { input: { id, reasons: '与已建系统重复' } }, 'drc.leader');
    expect(rejected.projectReject.project!.status).toBe('REJECTED');
    const resubmit = await app.query(SubmitFeasibility, { input: { id } }, 'jyj.clerk');
    expect(rules(resubmit.projectSubmitFeasibility.errors)).toEqual(['PRECONDITION_FAILED PM-8.1']);
  });

  it('lets the unit resubmit a technical plan after BDC failed it, with a new plan (PM-8.2)', async () => {
    const id = await projectUnderReview('校园视频汇聚平台');
    await submitCatalog(app, id, 'jyj.clerk');
    await app.query(Approve, { input: { id, approvalDocument: await doc(app, 'drc.leader', '批复'), constructionMonths: 12 } }, 'drc.leader');
    await app.query(AttachDocument, { input: { id, kind: 'TECHNICAL_PLAN', ...(await doc(app, 'jyj.clerk', '技术方案')) } }, 'jyj.clerk');
    await app.query(SubmitTechnicalPlan, { input: { id } }, 'jyj.clerk');
    const noReasons = await app.query(FailTechReview, { input: { id, opinionDocument: await doc(app, 'bdc.leader', '意见') } }, 'bdc.leader');
    expect(rules(noReasons.projectFailTechReview.errors)).toEqual(['INVALID_INPUT PM-8.2']);
    const failed = await app.query(FailTechReview, { input: { id, reasons: '未使用政务云', opinionDocument: await doc(app, 'bdc.leader', '意见') } }, 'bdc.leader');
    expect(failed.projectFailTechReview.project!.status).toBe('TECH_REVIEW_FAILED');
    const sameAgain = await app.query(SubmitTechnicalPlan, { input: { id } }, 'jyj.clerk');
    expect(rules(sameAgain.projectSubmitTechnicalPlan.errors)).toEqual(['PRECONDITION_FAILED PM-8.2']);
    await app.query(AttachDocument, { input: { id, kind: 'TECHNICAL_PLAN', ...(await doc(app, 'jyj.clerk', '技术方案（修改稿）')) } }, 'jyj.clerk');
    const resubmitted = await app.query(SubmitTechnicalPlan, { input: { id } }, 'jyj.clerk');
    expect(resubmitted.projectSubmitTechnicalPlan.project!.status).toBe('UNDER_TECH_REVIEW');
    const passed = await app.query(PassTechReview, { input: { id, opinionDocument: await doc(app, 'bdc.leader', '审查意见') } }, 'bdc.leader');
    expect(passed.projectPassTechReview.project!.status).toBe('TECH_REVIEW_PASSED');
  });
});

const IssueOrder = graphql(`
  mutation IssueOrderDuringReview($input: RectificationOrderIssueInput!) {
    rectificationOrderIssue(input: $input) {
      rectificationOrder {
        id
      }
    }
  }
`);

const CloseOrder = graphql(`
  mutation CloseOrderAfterReview($input: RectificationOrderCloseInput!) {
    rectificationOrderClose(input: $input) {
      errors {
        code
      }
    }
  }
`);

const Supervise = graphql(`
  mutation SuperviseEarly($input: ProjectSupervisionInput!) {
    projectRecordSupervision(input: $input) {
      ...ProjectResult
    }
  }
`);

describe('gates that hold after filing (review findings)', () => {
  it('PM-17: an order issued while the project is under review stops its approval', async () => {
    const id = await projectUnderReview('教育督导管理系统');
    await submitCatalog(app, id, 'jyj.clerk');
    const order = await app.query(IssueOrder, { input: { unitId: await agencyId(app, 'JYJ'), reason: 'DUPLICATE_COLLECTION', description: '重复采集学籍数据' } }, 'bdc.leader');
    const res = await app.query(Approve, { input: { id, approvalDocument: await doc(app, 'drc.leader', '批复'), constructionMonths: 12 } }, 'drc.leader');
    expect(rules(res.projectApprove.errors)).toEqual(['PRECONDITION_FAILED PM-17']);
    await app.query(CloseOrder, { input: { id: order.rectificationOrderIssue.rectificationOrder!.id, note: '已停止重复采集' } }, 'bdc.leader');
    const approved = await app.query(Approve, { input: { id, approvalDocument: await doc(app, 'drc.leader', '批复'), constructionMonths: 12 } }, 'drc.leader');
    expect(approved.projectApprove.errors).toEqual([]);
  });

  it('PM-8.1: a filing document cannot be replaced while DRC reviews it', async () => {
    const id = await projectUnderReview('教师发展平台');
    const res = await app.query(AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, 'jyj.clerk', '可研（改）', { securityStatement: '安全可靠' })) } }, 'jyj.clerk');
    expect(rules(res.projectDocumentAttach.errors)).toEqual(['PRECONDITION_FAILED PM-8.1']);
  });

  it('PM-8.2: no supervision contract before the technical review has passed', async () => {
    const id = await projectUnderReview('招生考试平台');
    await submitCatalog(app, id, 'jyj.clerk');
    await app.query(Approve, { input: { id, approvalDocument: await doc(app, 'drc.leader', '批复'), constructionMonths: 12 } }, 'drc.leader');
    const res = await app.query(Supervise, { input: { id, supervisorId: await agencyId(app, 'GANXIN-SUP'), contractNo: 'JL-1', signedOn: '2026-11-20' } }, 'jyj.clerk');
    expect(rules(res.projectRecordSupervision.errors)).toEqual(['PRECONDITION_FAILED PM-8.2']);
  });
});

describe('joint projects across levels (PM-9(6))', () => {
  it('lets a county government co-build and confirm its part; refuses the Audit Bureau as a co-builder', async () => {
    const created = await app.query(
      CreateProject,
      { input: { name: '市县一体化教育专网改造', category: 'BUSINESS_SYSTEM', buildType: 'REBUILD', network: 'EGOV_EXTRANET', investment: '900000.00', classified: false } },
      'jyj.clerk',
    );
    const id = created.projectCreate.project!.id;
    const audit = await app.query(
      AddParticipant,
      { input: { id, agencyId: await agencyId(app, 'AUDIT'), businessFlow: 'x', dataFlow: 'x', interfaces: 'x' } },
      'jyj.clerk',
    );
    expect(rules(audit.projectParticipantAdd.errors)).toEqual(['INVALID_INPUT PM-9(6)']);
    const county = await app.query(
      AddParticipant,
      { input: { id, agencyId: await agencyId(app, 'TAIHE-GOV'), businessFlow: '县级学校数据汇聚', dataFlow: '县→市 学籍数据', interfaces: '数据交换接口' } },
      'jyj.clerk',
    );
    expect(county.projectParticipantAdd.errors).toEqual([]);
    const confirmed = await app.query(ConfirmParticipation, { input: { id } }, 'taihe.gov');
    expect(confirmed.projectParticipantConfirm.errors).toEqual([]);
  });
});

describe('every municipal unit builds its own systems (PM-2, PM-4)', () => {
  it('lets the Big Data Center file a project of its own, and not the Audit Bureau', async () => {
    const input = { name: '电子政务外网升级改造', category: 'EGOV_NETWORK' as const, buildType: 'REBUILD' as const, network: 'EGOV_EXTRANET' as const, investment: '6000000.00', classified: false };
    const bdc = await app.query(CreateProject, { input }, 'bdc.clerk');
    expect(bdc.projectCreate.errors).toEqual([]);
    expect(bdc.projectCreate.project!.level).toBe('MUNICIPAL');
    const audit = await app.query(CreateProject, { input }, 'audit.auditor');
    expect(rules(audit.projectCreate.errors)).toEqual(['FORBIDDEN PM-18']);
  });
});

describe('plan entries (PM-6, PM-7.2)', () => {
  it('lets one plan entry stand for one live project only', async () => {
    const first = await projectUnderReview('教育大数据中心');
    const [{ plan_entry_id: entry }] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ plan_entry_id: string }[]>('select plan_entry_id from project where id = ?', [keyOf(first, 'Project')]);
    const second = await app.query(
      CreateProject,
      {
        input: {
          name: '借用规划条目的项目',
          category: 'BUSINESS_SYSTEM',
          buildType: 'NEW',
          network: 'EGOV_EXTRANET',
          investment: '100000.00',
          classified: false,
          planEntryId: Buffer.from(`PlanEntry:${entry}`).toString('base64url'),
        },
      },
      'jyj.clerk',
    );
    expect(rules(second.projectCreate.errors)).toEqual(['INVALID_INPUT PM-6']);
  });
});
