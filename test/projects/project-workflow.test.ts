import { todayOf } from '../../src/calendar/clock';
import { addMonths } from '../../src/calendar/dates';
import { keyOf } from '../../src/graphql/global-id';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import {
  AddParticipant,
  agencyId,
  Approve,
  ApproveProposal,
  AttachDocument,
  blockersOf,
  ConfirmBudget,
  ConfirmParticipation,
  ConfirmProcurement,
  CreateProject,
  doc,
  InviteOpinion,
  PassTechReview,
  RecordExpertReview,
  RecordOpinion,
  RecordProcurement,
  RecordSupervision,
  rules,
  SetImplementation,
  StartConstruction,
  submitCatalog,
  SubmitFeasibility,
  SubmitProposal,
  SubmitTechnicalPlan,
  SubmitPreliminaryDesign,
  ApprovePreliminaryDesign,
  ReturnPreliminaryDesign,
  UpdateProject,
  expertPanelOpinions,
} from '../support/projects';

const PlanCreate = graphql(`
  mutation PlanCreate($input: PlanCreateInput!) {
    planCreate(input: $input) {
      plan {
        id
      }
      errors {
        code
        rule
      }
    }
  }
`);

const PlanEntryAdd = graphql(`
  mutation PlanEntryAdd($input: PlanEntryAddInput!) {
    planEntryAdd(input: $input) {
      plan {
        entries {
          id
          name
        }
      }
      errors {
        code
        rule
      }
    }
  }
`);

const IssueOrder = graphql(`
  mutation IssueOrderOnUnit($input: RectificationOrderIssueInput!) {
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

const CloseOrder = graphql(`
  mutation CloseOrderOfUnit($input: RectificationOrderCloseInput!) {
    rectificationOrderClose(input: $input) {
      errors {
        code
      }
    }
  }
`);

const ProjectHistory = graphql(`
  query ProjectHistory($id: ID!) {
    project(id: $id) {
      status
      history {
        event
        fromState
        toState
        actorAgency {
          code
        }
      }
      opinions {
        agency {
          code
        }
        opinion
      }
      documents {
        kind
        sm3
        contentId
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** Everything a refusal could have touched; a refused mutation must leave it as it was. */
async function snapshot(projectGlobalId: string) {
  const id = keyOf(projectGlobalId, 'Project')!;
  return sqlAsAdmin(
    app.database,
    `select p.status, p.version, p.updated_at,
       (select count(*) from project_document d where d.project_id = p.id) docs,
       (select count(*) from state_transition t where t.subject_id = p.id) steps,
       (select count(*) from review_opinion o where o.project_id = p.id) opinions
     from project p where p.id = $1`,
    [id],
  );
}

const lines = (total: string) => [
  { kind: 'SOFTWARE_DEVELOPMENT' as const, description: '应用系统开发', amount: total },
];

describe('a joint municipal project of CNY 12,000,000.00, from filing to construction', () => {
  let id: string;

  it('refuses out-of-scope filings: office equipment (PM-2), a dedicated network (PM-9(2)), classified (PM-20), hardware (PM-9(1))', async () => {
    const before = await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from project');
    const res = await app.query(
      CreateProject,
      {
        input: {
          name: '办公电脑采购',
          category: 'OFFICE_EQUIPMENT',
          buildType: 'NEW',
          network: 'DEDICATED_NETWORK',
          investment: '300000.00',
          classified: true,
          budgetLines: [{ kind: 'COMPUTE_STORAGE_HARDWARE', description: '服务器', amount: '300000.00' }],
        },
      },
      'gaj.clerk',
    );
    expect(res.projectCreate.project).toBeNull();
    expect(rules(res.projectCreate.errors)).toEqual(['INVALID_INPUT PM-2', 'INVALID_INPUT PM-20', 'INVALID_INPUT PM-9(1)', 'INVALID_INPUT PM-9(2)']);
    expect(await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from project')).toEqual(before);
  });

  it('refuses a filing by anyone but a construction unit (PM-4)', async () => {
    const input = { name: '智慧警务平台', category: 'BUSINESS_SYSTEM' as const, buildType: 'NEW' as const, network: 'EGOV_EXTRANET' as const, investment: '100.00', classified: false };
    for (const as of ['drc.leader', 'bdc.leader', 'audit.auditor', 'telecom.operator', 'gaj.leader']) {
      const res = await app.query(CreateProject, { input }, as);
      expect(res.projectCreate.errors[0].code).toBe('FORBIDDEN');
    }
  });

  it('files the project in the plan, with a co-builder (PM-6, PM-9(6))', async () => {
    const plan = await app.query(PlanCreate, { input: { kind: 'ANNUAL', year: 2026, title: '吉安市2026年政务信息化项目年度计划', approvedOn: '2026-01-15' } }, 'drc.clerk');
    expect(plan.planCreate.errors).toEqual([]);
    const entry = await app.query(
      PlanEntryAdd,
      { input: { planId: plan.planCreate.plan!.id, name: '智慧警务综合平台', unitId: await agencyId(app, 'GAJ'), estimatedInvestment: '12000000.00' } },
      'drc.clerk',
    );
    const planEntryId = entry.planEntryAdd.plan!.entries[0].id;
    const res = await app.query(
      CreateProject,
      {
        input: {
          name: '智慧警务综合平台',
          category: 'BUSINESS_SYSTEM',
          buildType: 'NEW',
          network: 'EGOV_EXTRANET',
          investment: '12000000.00',
          planEntryId,
          classified: false,
          budgetLines: [
            { kind: 'SOFTWARE_DEVELOPMENT', description: '平台开发', amount: '9000000.00' },
            { kind: 'CLOUD_SERVICES', description: '政务云资源', amount: '2000000.00' },
            { kind: 'SECURITY_AND_CRYPTOGRAPHY', description: '密码应用', amount: '1000000.00' },
          ],
        },
      },
      'gaj.clerk',
    );
    expect(res.projectCreate.errors).toEqual([]);
    const p = res.projectCreate.project!;
    id = p.id;
    expect(p).toMatchObject({ status: 'DRAFT', level: 'MUNICIPAL', inPlan: true, requirements: { preliminaryDesign: true, techReview: true, expertReview: true } });
    expect(p.code).toMatch(/^JA-\d{4}-\d{5}$/);
    const joint = await app.query(
      AddParticipant,
      { input: { id, agencyId: await agencyId(app, 'WJW'), businessFlow: '卫健部门核验就医人员身份', dataFlow: '卫健→公安 就诊人员信息', interfaces: '身份核验接口' } },
      'gaj.clerk',
    );
    expect(joint.projectParticipantAdd.project!.joint).toBe(true);
  });

  it('lists every unmet gate of the submission at once, and changes nothing (PM-7.1, PM-8.1, PM-9(6))', async () => {
    const before = await snapshot(id);
    const res = await app.query(SubmitFeasibility, { input: { id } }, 'gaj.clerk');
    expect(res.projectSubmitFeasibility.project).toBeNull();
    expect(rules(res.projectSubmitFeasibility.errors)).toEqual([
      'PRECONDITION_FAILED PM-7.1',
      'PRECONDITION_FAILED PM-8.1',
      'PRECONDITION_FAILED PM-9(6)',
    ]);
    expect(await snapshot(id)).toEqual(before);
    const events = await sqlAsAdmin(app.database, "select outcome, error_code, rule from audit_event where action = 'submitFeasibility' order by seq desc limit 1");
    expect(events).toEqual([{ outcome: 'REFUSED', error_code: 'PRECONDITION_FAILED', rule: expect.stringMatching(/^PM-/) }]);
  });

  it('refuses a feasibility study without the PM-9 chapters or the PM-9(4) statement', async () => {
    const bad = await doc(app, 'gaj.clerk', '可行性研究报告', { chapters: ['INTENSIVE_CONSTRUCTION'] });
    const res = await app.query(AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...bad } }, 'gaj.clerk');
    expect(rules(res.projectDocumentAttach.errors)).toEqual(['INVALID_INPUT PM-9', 'INVALID_INPUT PM-9(4)']);
  });

  it('completes the filing: funding and scale, documents, the co-builder confirms (PM-8.1, PM-9, PM-9(4), PM-9(6))', async () => {
    const upd = await app.query(UpdateProject, { input: { id, fundingSource: 'MUNICIPAL_FISCAL', scale: '覆盖全市13个县（市、区）公安业务' } }, 'gaj.clerk');
    expect(upd.projectUpdate.errors).toEqual([]);
    for (const kind of ['FEASIBILITY_STUDY', 'PRELIMINARY_DESIGN'] as const) {
      const d = await doc(app, 'gaj.clerk', kind, { securityStatement: '采用通过安全可靠测评的国产软硬件产品' });
      const res = await app.query(AttachDocument, { input: { id, kind, ...d } }, 'gaj.clerk');
      expect(res.projectDocumentAttach.errors).toEqual([]);
    }
    const stranger = await app.request(ConfirmParticipation, { input: { id } }, { as: 'jyj.clerk' });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const confirm = await app.query(ConfirmParticipation, { input: { id } }, 'wjw.clerk');
    expect(confirm.projectParticipantConfirm.errors).toEqual([]);
  });

  it('blocks a unit with an open rectification order from filing until it is closed (PM-17)', async () => {
    const order = await app.query(
      IssueOrder,
      { input: { unitId: await agencyId(app, 'GAJ'), reason: 'CRYPTO_OR_SECURITY', description: '密码应用不合规' } },
      'nsc.leader',
    );
    const res = await app.query(SubmitFeasibility, { input: { id } }, 'gaj.clerk');
    expect(rules(res.projectSubmitFeasibility.errors)).toEqual(['PRECONDITION_FAILED PM-17']);
    await app.query(CloseOrder, { input: { id: order.rectificationOrderIssue.rectificationOrder!.id, note: '已完成密评整改' } }, 'nsc.leader');
  });

  it('submits for DRC review once every gate is met', async () => {
    const res = await app.query(SubmitFeasibility, { input: { id } }, 'gaj.clerk');
    expect(res.projectSubmitFeasibility.errors).toEqual([]);
    expect(res.projectSubmitFeasibility.project!.status).toBe('UNDER_REVIEW');
  });

  it('lets DRC invite NSC for an opinion; only the invited record one (PM-5, PM-8.1)', async () => {
    const party = await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, 'GAJ') } }, 'drc.reviewer');
    expect(rules(party.projectInviteOpinion.errors)).toEqual(['INVALID_INPUT PM-5']);
    const invite = await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, 'NSC') } }, 'drc.reviewer');
    expect(invite.projectInviteOpinion.errors).toEqual([]);
    const notInvited = await app.query(RecordOpinion, { input: { id, opinion: '同意' } }, 'finance.leader');
    expect(rules(notInvited.projectRecordOpinion.errors)).toEqual(['FORBIDDEN PM-5']);
    const opinion = await app.query(RecordOpinion, { input: { id, opinion: '须同步建设密码保障系统' } }, 'nsc.reviewer');
    expect(opinion.projectRecordOpinion.errors).toEqual([]);
  });

  it('lets only DRC\'s leader approve, and not without the catalog (PM-8.1, PM-9(3))', async () => {
    const approval = await doc(app, 'drc.leader', '关于智慧警务综合平台可行性研究报告的批复');
    for (const as of ['gaj.clerk', 'drc.reviewer', 'bdc.leader', 'taihe.gov']) {
      const res = await app.request(Approve, { input: { id, approvalDocument: approval, constructionMonths: 18 } }, { as });
      const errors = res.data?.projectApprove.errors ?? [{ code: res.errors?.[0].extensions?.code as string }];
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errors[0].code);
    }
    const first = await app.query(Approve, { input: { id, approvalDocument: approval, constructionMonths: 18 } }, 'drc.leader');
    expect(rules(first.projectApprove.errors)).toEqual(['PRECONDITION_FAILED PM-9(3)']);
    await submitCatalog(app, id, 'gaj.clerk');
    const noChapters = await app.query(Approve, { input: { id, approvalDocument: { ...approval, chapters: [] }, constructionMonths: 18 } }, 'drc.leader');
    expect(rules(noChapters.projectApprove.errors)).toEqual(['INVALID_INPUT PM-9']);
    const noPeriod = await app.query(Approve, { input: { id, approvalDocument: approval, constructionMonths: 0 } }, 'drc.leader');
    expect(rules(noPeriod.projectApprove.errors)).toEqual(['INVALID_INPUT PM-16.2']);
    const ok = await app.query(Approve, { input: { id, approvalDocument: approval, constructionMonths: 18 } }, 'drc.leader');
    expect(ok.projectApprove.errors).toEqual([]);
    // PM-7.2: from CNY 10,000,000.00 the feasibility study's approval is not yet the approval.
    expect(ok.projectApprove.project!.status).toBe('FEASIBILITY_APPROVED');
  });

  it('has DRC approve the preliminary design before anything goes to BDC (PM-7.2, PM-8.1)', async () => {
    const early = await app.query(SubmitTechnicalPlan, { input: { id } }, 'gaj.clerk');
    expect(rules(early.projectSubmitTechnicalPlan.errors)).toEqual(['PRECONDITION_FAILED PM-8.2']);
    expect(early.projectSubmitTechnicalPlan.errors[0].message).toMatch(/FEASIBILITY_APPROVED/);
    const submitted = await app.query(SubmitPreliminaryDesign, { input: { id } }, 'gaj.clerk');
    expect(submitted.projectSubmitPreliminaryDesign.errors).toEqual([]);
    expect(submitted.projectSubmitPreliminaryDesign.project!.status).toBe('DESIGN_UNDER_REVIEW');

    const returned = await app.query(ReturnPreliminaryDesign, { input: { id, reasons: '概算依据不足' } }, 'drc.reviewer');
    expect(returned.projectReturnPreliminaryDesign.project!.status).toBe('FEASIBILITY_APPROVED');
    const design = await doc(app, 'gaj.clerk', '初步设计方案（修订）', { securityStatement: '采用通过安全可靠测评的国产软硬件产品' });
    expect((await app.query(AttachDocument, { input: { id, kind: 'PRELIMINARY_DESIGN', ...design } }, 'gaj.clerk')).projectDocumentAttach.errors).toEqual([]);
    await app.query(SubmitPreliminaryDesign, { input: { id } }, 'gaj.clerk');

    const approval = await doc(app, 'drc.leader', '关于智慧警务综合平台初步设计及概算的批复');
    const byReviewer = await app.query(ApprovePreliminaryDesign, { input: { id, approvalDocument: approval } }, 'drc.reviewer');
    expect(rules(byReviewer.projectApprovePreliminaryDesign.errors)).toEqual(['FORBIDDEN PM-8.1']);
    const noChapters = await app.query(ApprovePreliminaryDesign, { input: { id, approvalDocument: { ...approval, chapters: [] } } }, 'drc.leader');
    expect(rules(noChapters.projectApprovePreliminaryDesign.errors)).toEqual(['INVALID_INPUT PM-9']);
    const ok = await app.query(ApprovePreliminaryDesign, { input: { id, approvalDocument: approval } }, 'drc.leader');
    expect(ok.projectApprovePreliminaryDesign.errors).toEqual([]);
    expect(ok.projectApprovePreliminaryDesign.project!.status).toBe('APPROVED');
  });

  it('refuses procurement before the technical review passed (PM-8.2)', async () => {
    const res = await app.query(RecordProcurement, { input: { id, method: '公开招标', supplierName: '某科技公司', contractAmount: '11800000.00' } }, 'gaj.clerk');
    expect(rules(res.projectRecordProcurement.errors)).toEqual(['PRECONDITION_FAILED PM-4', 'PRECONDITION_FAILED PM-8.2']);
  });

  it('sends the technical plan to BDC, which needs a recorded expert review first (PM-8.2)', async () => {
    const early = await app.query(SubmitTechnicalPlan, { input: { id } }, 'gaj.clerk');
    expect(rules(early.projectSubmitTechnicalPlan.errors)).toEqual(['PRECONDITION_FAILED PM-8.2']);
    const plan = await doc(app, 'gaj.clerk', '技术性方案');
    await app.query(AttachDocument, { input: { id, kind: 'TECHNICAL_PLAN', ...plan } }, 'gaj.clerk');
    const submitted = await app.query(SubmitTechnicalPlan, { input: { id } }, 'gaj.clerk');
    expect(submitted.projectSubmitTechnicalPlan.project!.status).toBe('UNDER_TECH_REVIEW');
    expect(blockersOf(submitted.projectSubmitTechnicalPlan.project, 'passTechReview').rules).toEqual(['FORBIDDEN PM-8.2']);

    const opinion = await doc(app, 'bdc.leader', '技术性审查意见');
    const tooEarly = await app.query(PassTechReview, { input: { id, opinionDocument: opinion } }, 'bdc.leader');
    expect(rules(tooEarly.projectPassTechReview.errors)).toEqual(['PRECONDITION_FAILED PM-8.2']);
    const byReviewer = await app.query(PassTechReview, { input: { id, opinionDocument: opinion } }, 'bdc.reviewer');
    expect(rules(byReviewer.projectPassTechReview.errors)).toEqual(['FORBIDDEN PM-8.2']);

    const experts = await doc(app, 'bdc.reviewer', '专家论证评审意见', { conclusion: '方案可行，同意通过' });
    // PM-8.2: BDC names the panel; each expert records its own opinion before BDC records the review.
    const early2 = await app.query(RecordExpertReview, { input: { id, opinionDocument: experts } }, 'bdc.reviewer');
    expect(rules(early2.projectRecordExpertReview.errors)).toEqual(['PRECONDITION_FAILED PM-8.2']);
    await expertPanelOpinions(app, id);
    const review = await app.query(RecordExpertReview, { input: { id, opinionDocument: experts } }, 'bdc.reviewer');
    expect(review.projectRecordExpertReview.errors).toEqual([]);
    const passed = await app.query(PassTechReview, { input: { id, opinionDocument: opinion } }, 'bdc.leader');
    expect(passed.projectPassTechReview.errors).toEqual([]);
    expect(passed.projectPassTechReview.project!.status).toBe('TECH_REVIEW_PASSED');
  });

  it('records procurement after Finance confirmed the budget (PM-4, PM-8.2)', async () => {
    const countyFinance = await app.request(ConfirmBudget, { input: { id } }, { as: 'taihe.finance' });
    expect(countyFinance.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const clerk = await app.query(ConfirmBudget, { input: { id } }, 'finance.clerk');
    expect(rules(clerk.projectConfirmBudget.errors)).toEqual(['FORBIDDEN PM-4']);
    const budget = await app.query(ConfirmBudget, { input: { id } }, 'finance.leader');
    expect(budget.projectConfirmBudget.errors).toEqual([]);
    const res = await app.query(RecordProcurement, { input: { id, method: '公开招标', supplierName: '江西某信息技术有限公司', contractAmount: '11800000.00' } }, 'gaj.clerk');
    expect(res.projectRecordProcurement.errors).toEqual([]);
    expect(res.projectRecordProcurement.project!.status).toBe('PROCURED');
  });

  it('starts construction only with procurement confirmed, supervision contracted and a leader named (PM-4, PM-14, PM-10)', async () => {
    const early = await app.query(StartConstruction, { input: { id } }, 'gaj.clerk');
    expect(rules(early.projectStartConstruction.errors)).toEqual(['PRECONDITION_FAILED PM-10', 'PRECONDITION_FAILED PM-14', 'PRECONDITION_FAILED PM-4']);
    await app.query(ConfirmProcurement, { input: { id } }, 'finance.leader');
    const badSupervisor = await app.query(RecordSupervision, { input: { id, supervisorId: await agencyId(app, 'CT-JIAN'), contractNo: 'JL-2026-018', signedOn: '2026-11-20' } }, 'gaj.clerk');
    expect(rules(badSupervisor.projectRecordSupervision.errors)).toEqual(['INVALID_INPUT PM-14']);
    await app.query(RecordSupervision, { input: { id, supervisorId: await agencyId(app, 'GANXIN-SUP'), contractNo: 'JL-2026-018', signedOn: '2026-11-20' } }, 'gaj.clerk');
    await app.query(SetImplementation, { input: { id, implementingBody: '市公安局科技信息化支队', projectLeader: '张明' } }, 'gaj.clerk');
    const started = await app.query(StartConstruction, { input: { id } }, 'gaj.clerk');
    expect(started.projectStartConstruction.errors).toEqual([]);
    expect(started.projectStartConstruction.project!.status).toBe('UNDER_CONSTRUCTION');
    // PM-16.2: due at the end of the 18 months DRC approved, counted from today (Asia/Shanghai).
    expect(started.projectStartConstruction.project!.acceptanceDueOn).toBe(addMonths(todayOf(undefined), 18));
  });

  it('keeps the whole history: each step stamped with its agency, opinions and document hashes', async () => {
    const data = await app.query(ProjectHistory, { id }, 'audit.auditor');
    // Every step is stamped, the edits of the filing too.
    expect(data.project.history.map((h) => h.event)).toEqual([
      'create',
      'addParticipant',
      'update',
      'attachDocument',
      'attachDocument',
      'confirmParticipation',
      'submitFeasibility',
      'inviteOpinion',
      'recordOpinion',
      'approve',
      'submitPreliminaryDesign',
      'returnPreliminaryDesign',
      'attachDocument',
      'submitPreliminaryDesign',
      'approvePreliminaryDesign',
      'attachDocument',
      'submitTechnicalPlan',
      'nameExpertPanel',
      'recordExpertOpinion',
      'recordExpertOpinion',
      'recordExpertOpinion',
      'recordExpertReview',
      'passTechReview',
      'confirmBudget',
      'recordProcurement',
      'confirmProcurement',
      'recordSupervision',
      'setImplementation',
      'startConstruction',
    ]);
    expect(data.project.history.find((h) => h.event === 'approve')?.actorAgency?.code).toBe('DRC');
    expect(data.project.opinions).toEqual([{ agency: { code: 'NSC' }, opinion: '须同步建设密码保障系统' }]);
    expect(data.project.documents.every((d) => /^[0-9a-f]{64}$/.test(d.sm3))).toBe(true);
    const approval = data.project.documents.find((d) => d.kind === 'DRC_APPROVAL')!;
    const bytes = await fetch(`${app.url}/documents/${approval.contentId}`, { headers: { authorization: `Bearer ${await app.token('audit.auditor')}` } });
    expect(bytes.headers.get('x-content-sm3')).toBe(approval.sm3);
    const supervisor = await app.query(ProjectHistory, { id }, 'ganxin.engineer');
    expect(supervisor.project.status).toBe('UNDER_CONSTRUCTION');
  });
});

describe('a county project of CNY 3,000,000.00 out of the plan, from filing to construction', () => {
  let id: string;

  it('needs its proposal first, having stated no basis (PM-7.3, PM-7.1)', async () => {
    const res = await app.query(
      CreateProject,
      { input: { name: '泰和县智慧教育平台', category: 'BUSINESS_SYSTEM', buildType: 'NEW', network: 'EGOV_EXTRANET', investment: '3000000.00', classified: false, fundingSource: 'COUNTY_FISCAL', scale: '全县中小学', budgetLines: lines('3000000.00') } },
      'taihe.dept',
    );
    const p = res.projectCreate.project!;
    id = p.id;
    expect(p).toMatchObject({ level: 'COUNTY', inPlan: false, requirements: { techReview: false, expertReview: false, preliminaryDesign: false } });
    const feasibility = await app.query(SubmitFeasibility, { input: { id } }, 'taihe.dept');
    expect(rules(feasibility.projectSubmitFeasibility.errors)).toEqual(['PRECONDITION_FAILED PM-7.1', 'PRECONDITION_FAILED PM-7.3']);
    const proposal = await app.query(SubmitProposal, { input: { id } }, 'taihe.dept');
    expect(rules(proposal.projectSubmitProposal.errors)).toEqual(['PRECONDITION_FAILED PM-7.1']);
  });

  it("files the proposal, which the county's approving department approves, not the county government (PM-7.1, PM-8.3)", async () => {
    await app.query(UpdateProject, { input: { id, urgencyBasis: 'PROVINCIAL_REQUIREMENT', urgencyReference: '赣教字〔2026〕12号' } }, 'taihe.dept');
    await app.query(AttachDocument, { input: { id, kind: 'PROPOSAL', ...(await doc(app, 'taihe.dept', '项目建议书', { chapters: [] })) } }, 'taihe.dept');
    const submitted = await app.query(SubmitProposal, { input: { id } }, 'taihe.dept');
    expect(submitted.projectSubmitProposal.project!.status).toBe('PROPOSAL_UNDER_REVIEW');
    const drc = await app.query(ApproveProposal, { input: { id } }, 'drc.leader');
    expect(rules(drc.projectApproveProposal.errors)).toEqual(['FORBIDDEN PM-7.1']);
    const otherCounty = await app.request(ApproveProposal, { input: { id } }, { as: 'jishui.drc.leader' });
    expect(otherCounty.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const government = await app.query(ApproveProposal, { input: { id } }, 'taihe.gov');
    expect(rules(government.projectApproveProposal.errors)).toEqual(['FORBIDDEN PM-8.3']);
    const reviewer = await app.query(ApproveProposal, { input: { id } }, 'taihe.drc.reviewer');
    expect(rules(reviewer.projectApproveProposal.errors)).toEqual(['FORBIDDEN PM-7.1']);
    const ok = await app.query(ApproveProposal, { input: { id } }, 'taihe.drc.leader');
    expect(ok.projectApproveProposal.project!.status).toBe('PROPOSAL_APPROVED');
  });

  it("is approved by its county's approving department, with the catalog (PM-8.3, PM-9(3))", async () => {
    await app.query(AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, 'taihe.dept', '可行性研究报告', { securityStatement: '国产化产品' })) } }, 'taihe.dept');
    const submitted = await app.query(SubmitFeasibility, { input: { id } }, 'taihe.dept');
    expect(submitted.projectSubmitFeasibility.errors).toEqual([]);
    await submitCatalog(app, id, 'taihe.dept');
    const government = await app.query(Approve, { input: { id, approvalDocument: await doc(app, 'taihe.gov', '县政府批复'), constructionMonths: 12 } }, 'taihe.gov');
    expect(rules(government.projectApprove.errors)).toEqual(['FORBIDDEN PM-8.3']);
    const approved = await app.query(Approve, { input: { id, approvalDocument: await doc(app, 'taihe.drc.leader', '县发改委批复'), constructionMonths: 12 } }, 'taihe.drc.leader');
    expect(approved.projectApprove.errors).toEqual([]);
    expect(approved.projectApprove.project!.status).toBe('APPROVED');
  });

  it('does not go to BDC below CNY 5,000,000.00 (PM-8.3) and procures after the county finance confirms (PM-4)', async () => {
    const tech = await app.query(SubmitTechnicalPlan, { input: { id } }, 'taihe.dept');
    expect(rules(tech.projectSubmitTechnicalPlan.errors)).toContain('PRECONDITION_FAILED PM-8.3');
    const early = await app.query(RecordProcurement, { input: { id, method: '竞争性磋商', supplierName: '泰和某公司', contractAmount: '2950000.00' } }, 'taihe.dept');
    expect(rules(early.projectRecordProcurement.errors)).toEqual(['PRECONDITION_FAILED PM-4']);
    const municipal = await app.request(ConfirmBudget, { input: { id } }, { as: 'finance.leader' });
    expect(municipal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.query(ConfirmBudget, { input: { id } }, 'taihe.finance')).projectConfirmBudget.errors).toEqual([]);
    const procured = await app.query(RecordProcurement, { input: { id, method: '竞争性磋商', supplierName: '泰和某公司', contractAmount: '2950000.00' } }, 'taihe.dept');
    expect(procured.projectRecordProcurement.project!.status).toBe('PROCURED');
  });

  it('starts construction (PM-14, PM-10)', async () => {
    await app.query(ConfirmProcurement, { input: { id } }, 'taihe.finance');
    await app.query(RecordSupervision, { input: { id, supervisorId: await agencyId(app, 'GANXIN-SUP'), contractNo: 'TH-JL-01', signedOn: '2026-11-01' } }, 'taihe.dept');
    await app.query(SetImplementation, { input: { id, implementingBody: '泰和县教育体育局电教站', projectLeader: '李华' } }, 'taihe.dept');
    const started = await app.query(StartConstruction, { input: { id } }, 'taihe.dept');
    expect(started.projectStartConstruction.errors).toEqual([]);
    expect(started.projectStartConstruction.project!.status).toBe('UNDER_CONSTRUCTION');
  });
});

describe('out-of-plan and in-plan filing paths (PM-7.2, PM-7.3)', () => {
  const filing = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    category: 'BUSINESS_SYSTEM' as const,
    buildType: 'NEW' as const,
    network: 'EGOV_EXTRANET' as const,
    investment: '800000.00',
    classified: false,
    fundingSource: 'MUNICIPAL_FISCAL' as const,
    scale: '市本级',
    budgetLines: lines('800000.00'),
    ...extra,
  });

  it('takes an urgent out-of-plan project with its basis straight to DRC review, without a proposal (PM-7.3)', async () => {
    const created = await app.query(
      CreateProject,
      { input: filing('市防汛应急指挥平台', { urgencyBasis: 'PUBLIC_SECURITY', urgencyReference: '吉市府办字〔2026〕88号' }) },
      'gaj.clerk',
    );
    const id = created.projectCreate.project!.id;
    expect(created.projectCreate.project!.inPlan).toBe(false);
    await app.query(AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, 'gaj.clerk', '可行性研究报告', { securityStatement: '国产化产品' })) } }, 'gaj.clerk');
    const submitted = await app.query(SubmitFeasibility, { input: { id } }, 'gaj.clerk');
    expect(submitted.projectSubmitFeasibility.errors).toEqual([]);
    expect(submitted.projectSubmitFeasibility.project!.status).toBe('UNDER_REVIEW');
  });

  it('sends an out-of-plan project without a basis through its proposal, which needs no basis (PM-7.3, PM-7.1)', async () => {
    const created = await app.query(CreateProject, { input: filing('市档案数字化系统') }, 'gaj.clerk');
    const id = created.projectCreate.project!.id;
    await app.query(AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, 'gaj.clerk', '可行性研究报告', { securityStatement: '国产化产品' })) } }, 'gaj.clerk');
    const straight = await app.query(SubmitFeasibility, { input: { id } }, 'gaj.clerk');
    expect(rules(straight.projectSubmitFeasibility.errors)).toEqual(['PRECONDITION_FAILED PM-7.3']);
    await app.query(AttachDocument, { input: { id, kind: 'PROPOSAL', ...(await doc(app, 'gaj.clerk', '项目建议书', { chapters: [] })) } }, 'gaj.clerk');
    const proposal = await app.query(SubmitProposal, { input: { id } }, 'gaj.clerk');
    expect(proposal.projectSubmitProposal.errors).toEqual([]);
    await app.query(ApproveProposal, { input: { id } }, 'drc.leader');
    const submitted = await app.query(SubmitFeasibility, { input: { id } }, 'gaj.clerk');
    expect(submitted.projectSubmitFeasibility.project!.status).toBe('UNDER_REVIEW');
  });
});
