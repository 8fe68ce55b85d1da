import Decimal from 'decimal.js';
import { DocumentKind as D } from '../../src/modules/documents/document.enums';
import { AgencyLevel } from '../../src/modules/organizations/organization.enums';
import { BudgetLineKind, BuildType, NetworkKind, ProjectCategory, ProjectStatus as S } from '../../src/modules/projects/project.enums';
import {
  expertReviewRequired,
  preliminaryDesignRequired,
  projectMachine,
  techReviewRequired,
  type ProjectFacts,
} from '../../src/modules/projects/project.machine';

/** A municipal, in-plan project with everything in order; each case changes what it tests. */
function facts(over: Partial<ProjectFacts> = {}): ProjectFacts {
  const investment = over.investment ?? new Decimal('1000000.00');
  return {
    status: S.DRAFT,
    level: AgencyLevel.MUNICIPAL,
    inPlan: true,
    category: ProjectCategory.BUSINESS_SYSTEM,
    buildType: BuildType.NEW,
    network: NetworkKind.EGOV_EXTRANET,
    investment,
    fundingSource: 'MUNICIPAL_FISCAL',
    scale: '全市',
    budgetLines: [{ kind: BudgetLineKind.SOFTWARE_DEVELOPMENT, amount: investment }],
    documents: new Set([D.FEASIBILITY_STUDY, D.PRELIMINARY_DESIGN, D.PROPOSAL]),
    documentsThisTechRound: new Set([D.TECHNICAL_PLAN, D.EXPERT_REVIEW_OPINION]),
    joint: false,
    participants: [],
    openRectifications: 0,
    catalogSubmitted: true,
    budgetConfirmed: true,
    procurementConfirmed: true,
    supervisionContracted: true,
    implementationNamed: true,
    ...over,
  };
}

const blockedBy = (state: S, event: string, f: ProjectFacts) => projectMachine.blockers(state, event, f).map((p) => p.rule).sort();
const yuan = (s: string) => new Decimal(s);

describe('project machine: thresholds, the bound counts (PM-7.2, PM-8.2, PM-8.3)', () => {
  it.each([
    ['4999999.99', false, false],
    ['5000000.00', false, true],
    ['9999999.99', false, true],
    ['10000000.00', true, true],
  ])('CNY %s: preliminary design %s, expert review %s', (amount, preliminary, expert) => {
    expect(preliminaryDesignRequired({ investment: yuan(amount) })).toBe(preliminary);
    expect(expertReviewRequired({ investment: yuan(amount) })).toBe(expert);
  });

  it.each([
    ['4999999.99', false],
    ['5000000.00', true],
    ['9999999.99', true],
    ['10000000.00', true],
  ])('county project of CNY %s goes to BDC: %s (PM-8.3)', (amount, required) => {
    expect(techReviewRequired({ level: AgencyLevel.COUNTY, investment: yuan(amount) })).toBe(required);
    expect(techReviewRequired({ level: AgencyLevel.MUNICIPAL, investment: yuan(amount) })).toBe(true);
  });

  it("PM-7.2: below 10,000,000.00 the feasibility study's approval is the approval; from it the preliminary design follows", () => {
    const to = (amount: string) => projectMachine.decide(S.UNDER_REVIEW, 'approve', facts({ investment: yuan(amount), documents: new Set([D.FEASIBILITY_STUDY]) }));
    expect(to('9999999.99')).toEqual({ ok: true, to: S.APPROVED });
    expect(to('10000000.00')).toEqual({ ok: true, to: S.FEASIBILITY_APPROVED });
  });

  it('PM-7.2: the preliminary design is submitted with its document; PM-8.1: its approval lets the technical plan go to BDC', () => {
    const big = { investment: yuan('12000000.00') };
    expect(blockedBy(S.FEASIBILITY_APPROVED, 'submitPreliminaryDesign', facts({ ...big, documents: new Set([D.FEASIBILITY_STUDY]) }))).toEqual(['PM-7.2']);
    expect(projectMachine.decide(S.FEASIBILITY_APPROVED, 'submitPreliminaryDesign', facts(big))).toEqual({ ok: true, to: S.DESIGN_UNDER_REVIEW });
    expect(projectMachine.decide(S.DESIGN_UNDER_REVIEW, 'approvePreliminaryDesign', facts(big))).toEqual({ ok: true, to: S.APPROVED });
    expect(projectMachine.decide(S.DESIGN_UNDER_REVIEW, 'returnPreliminaryDesign', facts(big))).toEqual({ ok: true, to: S.FEASIBILITY_APPROVED });
    // Before the design's approval nothing goes to BDC, and nothing is procured.
    expect(projectMachine.blockers(S.FEASIBILITY_APPROVED, 'submitTechnicalPlan', facts(big)).map((p) => p.gate)).toEqual(['allowedState']);
    expect(projectMachine.blockers(S.DESIGN_UNDER_REVIEW, 'recordProcurement', facts(big)).map((p) => p.gate)).toEqual(['allowedState']);
  });

  it('PM-7.2: an estimate revised to 10,000,000.00 after approval brings the preliminary design in, and one revised below takes it out', () => {
    const revised = (state: S, amount: string) =>
      projectMachine.decide(state, 'reviseEstimate', facts({ investment: yuan(amount), budgetLines: [{ kind: BudgetLineKind.SOFTWARE_DEVELOPMENT, amount: yuan(amount) }] }));
    expect(revised(S.APPROVED, '10000000.00')).toEqual({ ok: true, to: S.FEASIBILITY_APPROVED });
    expect(revised(S.APPROVED, '9999999.99')).toEqual({ ok: true, to: S.APPROVED });
    expect(revised(S.FEASIBILITY_APPROVED, '9000000.00')).toEqual({ ok: true, to: S.APPROVED });
    // PM-8.1: the budget lines still add up to the investment.
    const unbalanced = facts({ investment: yuan('10000000.00'), budgetLines: [{ kind: BudgetLineKind.SOFTWARE_DEVELOPMENT, amount: yuan('1.00') }] });
    expect(blockedBy(S.APPROVED, 'reviseEstimate', unbalanced)).toEqual(['PM-8.1']);
    expect(blockedBy(S.UNDER_TECH_REVIEW, 'reviseEstimate', facts())).toEqual(['PM-7.2']);
  });

  it('PM-8.2: without an expert review, 4,999,999.99 passes the technical review and 5,000,000.00 does not', () => {
    const noExperts = new Set([D.TECHNICAL_PLAN]);
    expect(blockedBy(S.UNDER_TECH_REVIEW, 'passTechReview', facts({ investment: yuan('4999999.99'), documentsThisTechRound: noExperts }))).toEqual([]);
    expect(blockedBy(S.UNDER_TECH_REVIEW, 'passTechReview', facts({ investment: yuan('5000000.00'), documentsThisTechRound: noExperts }))).toEqual(['PM-8.2']);
  });

  it('PM-8.3: a county project of 4,999,999.99 procures right after approval; one of 5,000,000.00 needs the technical review', () => {
    const county = (amount: string) => facts({ level: AgencyLevel.COUNTY, investment: yuan(amount), status: S.APPROVED });
    expect(blockedBy(S.APPROVED, 'recordProcurement', county('4999999.99'))).toEqual([]);
    expect(blockedBy(S.APPROVED, 'recordProcurement', county('5000000.00'))).toEqual(['PM-8.2']);
    expect(blockedBy(S.APPROVED, 'submitTechnicalPlan', county('4999999.99'))).toEqual(['PM-8.3']);
    expect(blockedBy(S.APPROVED, 'submitTechnicalPlan', county('5000000.00'))).toEqual([]);
  });
});

describe('project machine: each gate refuses with its rule ID and allows once met', () => {
  it.each<[string, S, string, Partial<ProjectFacts>]>([
    ['PM-2 office equipment', S.DRAFT, 'submitFeasibility', { category: ProjectCategory.OFFICE_EQUIPMENT }],
    ['PM-9(1) hardware', S.DRAFT, 'submitFeasibility', { budgetLines: [{ kind: BudgetLineKind.COMPUTE_STORAGE_HARDWARE, amount: yuan('1000000.00') }] }],
    ['PM-9(2) dedicated network', S.DRAFT, 'submitFeasibility', { network: NetworkKind.DEDICATED_NETWORK }],
    ['PM-7.3 out of plan, no basis, no proposal', S.DRAFT, 'submitFeasibility', { inPlan: false }],
    ['PM-7.3 out of plan, a basis without its reference', S.DRAFT, 'submitFeasibility', { inPlan: false, urgencyBasis: 'MAJOR_STRATEGY', urgencyReference: ' ' }],
    ['PM-7.1 no feasibility study', S.DRAFT, 'submitFeasibility', { documents: new Set() }],
    ['PM-8.1 no funding source', S.DRAFT, 'submitFeasibility', { fundingSource: null }],
    ['PM-8.1 lines do not add up', S.DRAFT, 'submitFeasibility', { budgetLines: [{ kind: BudgetLineKind.OTHER, amount: yuan('1.00') }] }],
    ['PM-9(6) unconfirmed co-builder', S.DRAFT, 'submitFeasibility', { joint: true, participants: [{ confirmed: false }] }],
    ['PM-17 open rectification', S.DRAFT, 'submitFeasibility', { openRectifications: 1 }],
    ['PM-9(3) no catalog', S.UNDER_REVIEW, 'approve', { catalogSubmitted: false }],
    ['PM-8.2 no technical plan', S.APPROVED, 'submitTechnicalPlan', { documentsThisTechRound: new Set() }],
    ['PM-4 budget not confirmed', S.TECH_REVIEW_PASSED, 'recordProcurement', { budgetConfirmed: false }],
    ['PM-14 no supervision', S.PROCURED, 'startConstruction', { supervisionContracted: false }],
    ['PM-10 no leader', S.PROCURED, 'startConstruction', { implementationNamed: false }],
    ['PM-4 procurement not confirmed', S.PROCURED, 'startConstruction', { procurementConfirmed: false }],
  ])('%s', (label, state, event, change) => {
    const rule = label.split(' ')[0];
    expect(blockedBy(state, event, facts({ status: state, ...change }))).toEqual([rule]);
    expect(blockedBy(state, event, facts({ status: state }))).toEqual([]);
  });

  it('PM-7.3: an out-of-plan project with a stated basis goes straight to the feasibility study; without one, after its proposal', () => {
    const urgent = facts({ inPlan: false, urgencyBasis: 'STATE_REQUIREMENT', urgencyReference: '国办发〔2026〕1号' });
    expect(blockedBy(S.DRAFT, 'submitFeasibility', urgent)).toEqual([]);
    expect(blockedBy(S.DRAFT, 'submitFeasibility', facts({ inPlan: false }))).toEqual(['PM-7.3']);
    expect(blockedBy(S.PROPOSAL_APPROVED, 'submitFeasibility', facts({ inPlan: false, status: S.PROPOSAL_APPROVED }))).toEqual([]);
  });

  it('PM-7.2, PM-7.3: any project may file a proposal, and its proposal needs no basis', () => {
    expect(blockedBy(S.DRAFT, 'submitProposal', facts())).toEqual([]);
    expect(blockedBy(S.DRAFT, 'submitProposal', facts({ inPlan: false }))).toEqual([]);
    expect(blockedBy(S.DRAFT, 'submitProposal', facts({ documents: new Set([D.FEASIBILITY_STUDY]) }))).toEqual(['PM-7.1']);
  });

  it('PM-17 does not block operation-and-maintenance projects', () => {
    expect(blockedBy(S.DRAFT, 'submitFeasibility', facts({ buildType: BuildType.OPERATION, openRectifications: 2 }))).toEqual([]);
  });

  it('refuses an event from a state that does not allow it, citing the step', () => {
    expect(blockedBy(S.DRAFT, 'approve', facts())).toEqual(['PM-8.1']);
    expect(blockedBy(S.UNDER_CONSTRUCTION, 'recordProcurement', facts())).toEqual(['PM-8.2']);
    expect(projectMachine.decide(S.REJECTED, 'submitFeasibility', facts()).ok).toBe(false);
  });
});
