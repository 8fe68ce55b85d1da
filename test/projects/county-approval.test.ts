import { startTestApp, type TestApp } from '../support/app';
import {
  agencyId,
  Approve,
  ApproveProposal,
  AttachDocument,
  ConfirmBudget,
  ConfirmProcurement,
  CreateProject,
  doc,
  InviteOpinion,
  PassTechReview,
  RecordExpertReview,
  RecordOpinion,
  RecordProcurement,
  RecordSupervision,
  ReturnForRevision,
  rules,
  SetImplementation,
  StartConstruction,
  submitCatalog,
  SubmitFeasibility,
  SubmitProposal,
  SubmitTechnicalPlan,
  expertPanelOpinions,
} from '../support/projects';

/**
 * PM-8.3: a county project is approved by its county's approving department (本级审批部门, the
 * county DRC), not by the county government; from CNY 5,000,000.00 it then goes to BDC's technical
 * review with experts (PM-8.2).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const unit = 'taihe.dept';
let id: string;

describe('a county project of CNY 6,000,000.00 from filing to construction (PM-8.3, PM-8.2)', () => {
  it('is filed by the county unit and its proposal approved by the county DRC, not the county government', async () => {
    const created = await app.query(
      CreateProject,
      {
        input: {
          name: '泰和县智慧教育平台',
          category: 'BUSINESS_SYSTEM',
          buildType: 'NEW',
          network: 'EGOV_EXTRANET',
          investment: '6000000.00',
          classified: false,
          fundingSource: 'COUNTY_FISCAL',
          scale: '全县中小学',
          urgencyBasis: 'PROVINCIAL_REQUIREMENT',
          urgencyReference: '赣教字〔2027〕8号',
          budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '平台开发', amount: '6000000.00' }],
        },
      },
      unit,
    );
    expect(created.projectCreate.errors).toEqual([]);
    const project = created.projectCreate.project!;
    id = project.id;
    expect(project).toMatchObject({ level: 'COUNTY', requirements: { techReview: true, expertReview: true, preliminaryDesign: false } });
    await app.query(AttachDocument, { input: { id, kind: 'PROPOSAL', ...(await doc(app, unit, '项目建议书', { chapters: [] })) } }, unit);
    expect((await app.query(SubmitProposal, { input: { id } }, unit)).projectSubmitProposal.errors).toEqual([]);

    const government = await app.query(ApproveProposal, { input: { id } }, 'taihe.gov');
    expect(rules(government.projectApproveProposal.errors)).toEqual(['FORBIDDEN PM-8.3']);
    const city = await app.query(ApproveProposal, { input: { id } }, 'drc.leader');
    expect(rules(city.projectApproveProposal.errors)).toEqual(['FORBIDDEN PM-7.1']);
    const otherCounty = await app.request(ApproveProposal, { input: { id } }, { as: 'jishui.drc.leader' });
    expect(otherCounty.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ok = await app.query(ApproveProposal, { input: { id } }, 'taihe.drc.leader');
    expect(ok.projectApproveProposal.project!.status).toBe('PROPOSAL_APPROVED');
  });

  it("is reviewed by the county DRC, which invites the county's finance and returns it for revision", async () => {
    await app.query(AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, unit, '可行性研究报告', { securityStatement: '国产化产品' })) } }, unit);
    expect((await app.query(SubmitFeasibility, { input: { id } }, unit)).projectSubmitFeasibility.errors).toEqual([]);
    const byGovernment = await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, 'TAIHE-FIN') } }, 'taihe.gov');
    expect(rules(byGovernment.projectInviteOpinion.errors)).toEqual(['FORBIDDEN PM-8.3']);
    const invited = await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, 'TAIHE-FIN') } }, 'taihe.drc.reviewer');
    expect(invited.projectInviteOpinion.errors).toEqual([]);
    expect((await app.query(RecordOpinion, { input: { id, opinion: '县级财政资金已落实' } }, 'taihe.finance')).projectRecordOpinion.errors).toEqual([]);
    const returned = await app.query(ReturnForRevision, { input: { id, reasons: '请补充数据共享清单' } }, 'taihe.drc.reviewer');
    expect(returned.projectReturnForRevision.project!.status).toBe('RETURNED');
    expect((await app.query(SubmitFeasibility, { input: { id } }, unit)).projectSubmitFeasibility.project!.status).toBe('UNDER_REVIEW');
  });

  it('is approved by the county DRC leader only, with its catalog; the county government is refused naming PM-8.3', async () => {
    await submitCatalog(app, id, unit);
    const government = await app.query(Approve, { input: { id, approvalDocument: await doc(app, 'taihe.gov', '县政府批复'), constructionMonths: 12 } }, 'taihe.gov');
    expect(rules(government.projectApprove.errors)).toEqual(['FORBIDDEN PM-8.3']);
    const approval = await doc(app, 'taihe.drc.leader', '泰和县发展和改革委员会关于泰和县智慧教育平台的批复');
    const reviewer = await app.query(Approve, { input: { id, approvalDocument: approval, constructionMonths: 12 } }, 'taihe.drc.reviewer');
    expect(rules(reviewer.projectApprove.errors)).toEqual(['FORBIDDEN PM-8.1']);
    const approved = await app.query(Approve, { input: { id, approvalDocument: approval, constructionMonths: 12 } }, 'taihe.drc.leader');
    expect(approved.projectApprove.errors).toEqual([]);
    expect(approved.projectApprove.project!.status).toBe('APPROVED');
    // Approved, it still needs BDC before procurement (PM-8.3 → PM-8.2).
    const early = await app.query(RecordProcurement, { input: { id, method: '公开招标', supplierName: '泰和某信息技术有限公司', contractAmount: '5900000.00' } }, unit);
    expect(rules(early.projectRecordProcurement.errors)).toEqual(['PRECONDITION_FAILED PM-4', 'PRECONDITION_FAILED PM-8.2']);
  });

  it("goes to BDC's technical review, which needs the experts' review first (PM-8.3, PM-8.2)", async () => {
    await app.query(AttachDocument, { input: { id, kind: 'TECHNICAL_PLAN', ...(await doc(app, unit, '技术性审查方案')) } }, unit);
    const submitted = await app.query(SubmitTechnicalPlan, { input: { id } }, unit);
    expect(submitted.projectSubmitTechnicalPlan.project!.status).toBe('UNDER_TECH_REVIEW');
    const opinion = await doc(app, 'bdc.leader', '技术性审查意见');
    const tooEarly = await app.query(PassTechReview, { input: { id, opinionDocument: opinion } }, 'bdc.leader');
    expect(rules(tooEarly.projectPassTechReview.errors)).toEqual(['PRECONDITION_FAILED PM-8.2']);
    const byCounty = await app.query(PassTechReview, { input: { id, opinionDocument: await doc(app, 'taihe.drc.leader', '意见') } }, 'taihe.drc.leader');
    expect(rules(byCounty.projectPassTechReview.errors)).toEqual(['FORBIDDEN PM-8.2']);
    const experts = await doc(app, 'bdc.reviewer', '专家论证评审意见', { conclusion: '方案可行' });
    await expertPanelOpinions(app, id);
    const review = await app.query(RecordExpertReview, { input: { id, opinionDocument: experts } }, 'bdc.reviewer');
    expect(review.projectRecordExpertReview.errors).toEqual([]);
    const passed = await app.query(PassTechReview, { input: { id, opinionDocument: opinion } }, 'bdc.leader');
    expect(passed.projectPassTechReview.project!.status).toBe('TECH_REVIEW_PASSED');
  });

  it("is procured with the county finance's confirmations and goes under construction", async () => {
    expect((await app.query(ConfirmBudget, { input: { id } }, 'taihe.finance')).projectConfirmBudget.errors).toEqual([]);
    const procured = await app.query(RecordProcurement, { input: { id, method: '公开招标', supplierName: '泰和某信息技术有限公司', contractAmount: '5900000.00' } }, unit);
    expect(procured.projectRecordProcurement.project!.status).toBe('PROCURED');
    await app.query(ConfirmProcurement, { input: { id } }, 'taihe.finance');
    await app.query(RecordSupervision, { input: { id, supervisorId: await agencyId(app, 'GANXIN-SUP'), contractNo: 'JL-TH-2027-02', signedOn: '2026-11-20' } }, unit);
    await app.query(SetImplementation, { input: { id, implementingBody: '泰和县教育体育局信息中心', projectLeader: '曾丽' } }, unit);
    const started = await app.query(StartConstruction, { input: { id } }, unit);
    expect(started.projectStartConstruction.errors).toEqual([]);
    expect(started.projectStartConstruction.project!.status).toBe('UNDER_CONSTRUCTION');
  });
});
