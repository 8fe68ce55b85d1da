import { keyOf } from '../../src/graphql/global-id';
import { checkAgreement, describeDisagreements, type ActionCall } from '../support/agreement';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { ALL_CHAPTERS, agencyId, countyProjectAt, COUNTY_STAGES, MUNICIPAL_STAGES, municipalProjectAt } from '../support/projects';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** Every kind of user the project's steps concern (PM-4, PM-5, PM-8, PM-9(6), PM-18). */
const USERS = [
  'jyj.clerk', // the municipal projects' construction unit, which files (PM-4)
  'jyj.leader', // its leader, who does not file
  'wjw.clerk', // the co-builder of the municipal projects (PM-9(6))
  'drc.reviewer', // DRC reviews and invites opinions (PM-5, PM-8.1)
  'drc.leader', // DRC approves (PM-8.1)
  'bdc.reviewer', // BDC records the expert review (PM-8.2)
  'bdc.leader', // BDC decides the technical review (PM-8.2)
  'finance.leader', // Finance: invited, confirms budget and procurement (PM-4, PM-5)
  'nsc.leader', // NSC, invited too
  'govoffice.reviewer', // the Government office, which could be invited (PM-5)
  'taihe.dept', // the county project's construction unit
  'taihe.drc.reviewer', // the county DRC reviews and invites opinions (PM-8.3)
  'taihe.drc.leader', // the county DRC approves county projects (PM-8.3)
  'taihe.gov', // the county government: reads them, approves nothing (PM-8.3)
  'taihe.finance', // the county's Finance
  'audit.auditor', // reads everything, changes nothing (PM-18)
  'expert.liu', // a review expert
];

let subjects: string[];
/** The county's projects take the county's agencies and documents; the others the city's. */
const county = new Set<string>();
let ids: Record<string, string>;
let contents: Record<string, string>;

beforeAll(async () => {
  subjects = [];
  for (const stage of MUNICIPAL_STAGES) subjects.push(await municipalProjectAt(app, stage));
  for (const stage of COUNTY_STAGES) {
    const id = await countyProjectAt(app, stage);
    county.add(id);
    subjects.push(id);
  }
  // ACCEPTED is the acceptance's consequence (PM-16.3); the project's own steps end before it.
  const accepted = await municipalProjectAt(app, 'UNDER_CONSTRUCTION');
  await sqlAsAdmin(app.database, `update project set status = 'ACCEPTED' where id = $1`, [keyOf(accepted, 'Project')]);
  subjects.push(accepted);
  // PM-7.2: a project of 12M between its feasibility study's approval and its preliminary design's.
  for (const state of ['FEASIBILITY_APPROVED', 'DESIGN_UNDER_REVIEW']) {
    const big = await municipalProjectAt(app, 'APPROVED');
    const key = keyOf(big, 'Project');
    await sqlAsAdmin(app.database, `update project set status = $2, investment = 12000000 where id = $1`, [key, state]);
    await sqlAsAdmin(app.database, `update budget_line set amount = 12000000 where project_id = $1`, [key]);
    subjects.push(big);
  }

  ids = {};
  for (const code of ['RSJ', 'BDC', 'GOV-OFFICE', 'TAIHE-FIN', 'GANXIN-SUP']) ids[code] = await agencyId(app, code);
  const [liu] = await sqlAsAdmin<{ id: string }>(app.database, `select id from "user" where username = 'expert.liu'`);
  ids.expertLiu = Buffer.from(`User:${liu.id}`, 'utf8').toString('base64url');
  // PM-8.2: a technical review whose panel (expert.liu) has yet to give its opinion.
  const underTechReview = subjects[MUNICIPAL_STAGES.indexOf('UNDER_TECH_REVIEW')];
  const named = await app.request(
    `mutation ($input: ProjectExpertPanelInput!) { projectNameExpertPanel(input: $input) { errors { code } } }`,
    { input: { id: underTechReview, expertIds: [ids.expertLiu] } },
    { as: 'bdc.reviewer' },
  );
  expect(named.data).toEqual({ projectNameExpertPanel: { errors: [] } });
  // Content is attached only by the agency that uploaded it (PM-18).
  contents = {
    unit: await app.upload('jyj.clerk', 'unit document'),
    countyUnit: await app.upload('taihe.dept', 'county unit document'),
    drc: await app.upload('drc.leader', 'approval'),
    countyDrc: await app.upload('taihe.drc.leader', 'county approval'),
    bdc: await app.upload('bdc.leader', 'technical opinion'),
  };
}, 300_000);

const document = (contentId: string, conclusion?: string) => ({ title: '文件', contentId, chapters: [...ALL_CHAPTERS], conclusion });

/** A valid input for every action the project's availableActions lists. */
const calls: Record<string, ActionCall> = {
  update: { mutation: 'projectUpdate', input: (id) => ({ id, scale: '市本级及13个县（市、区）' }) },
  attachDocument: {
    mutation: 'projectDocumentAttach',
    input: (id) => ({ id, kind: 'OTHER', title: '补充材料', contentId: county.has(id) ? contents.countyUnit : contents.unit }),
  },
  addParticipant: {
    mutation: 'projectParticipantAdd',
    input: (id) => ({ id, agencyId: county.has(id) ? ids.BDC : ids.RSJ, businessFlow: '业务协同', dataFlow: '数据共享', interfaces: '共享接口' }),
  },
  confirmParticipation: { mutation: 'projectParticipantConfirm', input: (id) => ({ id }) },
  setImplementation: { mutation: 'projectSetImplementation', input: (id) => ({ id, implementingBody: '信息中心', projectLeader: '张明' }) },
  submitProposal: { mutation: 'projectSubmitProposal', input: (id) => ({ id }) },
  approveProposal: { mutation: 'projectApproveProposal', input: (id) => ({ id, note: '同意' }) },
  rejectProposal: { mutation: 'projectRejectProposal', input: (id) => ({ id, reasons: '依据不足' }) },
  submitFeasibility: { mutation: 'projectSubmitFeasibility', input: (id) => ({ id }) },
  inviteOpinion: { mutation: 'projectInviteOpinion', input: (id) => ({ id, agencyId: county.has(id) ? ids['TAIHE-FIN'] : ids['GOV-OFFICE'] }) },
  recordOpinion: { mutation: 'projectRecordOpinion', input: (id) => ({ id, opinion: '同意' }) },
  returnForRevision: { mutation: 'projectReturnForRevision', input: (id) => ({ id, reasons: '请补充' }) },
  reviseEstimate: {
    mutation: 'projectReviseEstimate',
    input: (id) => ({ id, investment: '12000000.00', budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '开发', amount: '12000000.00' }] }),
  },
  submitPreliminaryDesign: { mutation: 'projectSubmitPreliminaryDesign', input: (id) => ({ id }) },
  approvePreliminaryDesign: {
    mutation: 'projectApprovePreliminaryDesign',
    input: (id) => ({ id, approvalDocument: document(county.has(id) ? contents.countyDrc : contents.drc) }),
  },
  returnPreliminaryDesign: { mutation: 'projectReturnPreliminaryDesign', input: (id) => ({ id, reasons: '概算依据不足' }) },
  approve: {
    mutation: 'projectApprove',
    input: (id) => ({ id, constructionMonths: 12, approvalDocument: document(county.has(id) ? contents.countyDrc : contents.drc) }),
  },
  reject: { mutation: 'projectReject', input: (id) => ({ id, reasons: '重复建设' }) },
  submitTechnicalPlan: { mutation: 'projectSubmitTechnicalPlan', input: (id) => ({ id }) },
  nameExpertPanel: { mutation: 'projectNameExpertPanel', input: (id) => ({ id, expertIds: [ids.expertLiu] }) },
  recordExpertOpinion: { mutation: 'projectRecordExpertOpinion', input: (id) => ({ id, opinion: '方案可行' }) },
  recordExpertReview: {
    mutation: 'projectRecordExpertReview',
    input: (id) => ({ id, opinionDocument: document(contents.bdc, '方案可行') }),
  },
  passTechReview: { mutation: 'projectPassTechReview', input: (id) => ({ id, opinionDocument: document(contents.bdc) }) },
  failTechReview: { mutation: 'projectFailTechReview', input: (id) => ({ id, reasons: '未使用政务云', opinionDocument: document(contents.bdc) }) },
  confirmBudget: { mutation: 'projectConfirmBudget', input: (id) => ({ id }) },
  recordProcurement: { mutation: 'projectRecordProcurement', input: (id) => ({ id, method: '公开招标', supplierName: '某公司', contractAmount: '700000.00' }) },
  confirmProcurement: { mutation: 'projectConfirmProcurement', input: (id) => ({ id }) },
  recordSupervision: {
    mutation: 'projectRecordSupervision',
    input: (id) => ({ id, supervisorId: ids['GANXIN-SUP'], contractNo: 'JL-9', signedOn: '2027-03-01' }),
  },
  startConstruction: { mutation: 'projectStartConstruction', input: (id) => ({ id }) },
};

// Hundreds of rehearsed mutations: minutes on a loaded two-core machine, not a speed check.
jest.setTimeout(600_000);

describe("a project's availableActions agree with its mutations", () => {
  it('for every kind of user, on projects in every state the steps reach', async () => {
    const { compared, disagreements } = await checkAgreement(app, { users: USERS, subjects, calls });
    expect(describeDisagreements(disagreements)).toBe('');
    expect(disagreements).toHaveLength(0);
    // 16 projects × the users who may read each × 23 actions: about 4,000 cases.
    expect(compared).toBeGreaterThan(3500);
  }, 600_000);
});
