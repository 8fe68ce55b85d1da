import Decimal from 'decimal.js';
import { rulebook } from '../../rulebook/rulebook';
import { UserErrorCode } from '../../graphql/errors';
import { gate, Machine, NONE, type Gate, type None, type Transition } from '../../workflow/machine';
import { DocumentKind } from '../documents/document.enums';
import { panelComplete, type PanelFacts } from '../experts/expert-panel';
import { AgencyLevel } from '../organizations/organization.enums';
import { BudgetLineKind, BuildType, NetworkKind, ProjectCategory, ProjectStatus as S } from './project.enums';
import './project.messages';

/** Everything the project gates look at, gathered by the service; the machine itself does no I/O. */
export interface ProjectFacts {
  status: S;
  level: AgencyLevel;
  inPlan: boolean;
  urgencyBasis?: string | null;
  urgencyReference?: string | null;
  category: ProjectCategory;
  buildType: BuildType;
  network: NetworkKind;
  investment: Decimal;
  fundingSource?: string | null;
  scale?: string | null;
  budgetLines: { kind: BudgetLineKind; amount: Decimal }[];
  /** Kinds of the documents attached so far. */
  documents: ReadonlySet<DocumentKind>;
  /** Documents attached since the latest submission of the technical plan. */
  documentsThisTechRound: ReadonlySet<DocumentKind>;
  joint: boolean;
  participants: { confirmed: boolean }[];
  openRectifications: number;
  catalogSubmitted: boolean;
  budgetConfirmed: boolean;
  procurementConfirmed: boolean;
  supervisionContracted: boolean;
  implementationNamed: boolean;
  /** Submissions of the feasibility study so far: the current round of DRC's review. */
  reviewRound?: number;
  /** The current user's agency in this round of the review: not invited, invited, or its opinion recorded. */
  myInvitation?: 'none' | 'invited' | 'recorded';
  /** The current user's agency as a co-builder: none, its part still to confirm, or confirmed. */
  myParticipation?: 'none' | 'pending' | 'confirmed';
  /** The kind of document a step attaches (an input fact of attachDocument). */
  attaching?: DocumentKind;
  /** PM-8.2: the expert panel BDC named for the technical review and the opinions recorded on it. */
  expertPanel?: PanelFacts;
}

const threshold = (name: string) => rulebook.threshold(name);

/** PM-8.2 / PM-8.3: municipal projects always go to BDC's technical review; county ones from 5M. */
export function techReviewRequired(f: Pick<ProjectFacts, 'level' | 'investment'>): boolean {
  return f.level === AgencyLevel.MUNICIPAL || f.investment.gte(threshold('countyTechReviewFromInvestment').value);
}

export function expertReviewRequired(f: Pick<ProjectFacts, 'investment'>): boolean {
  return f.investment.gte(threshold('expertReviewFromInvestment').value);
}

export function preliminaryDesignRequired(f: Pick<ProjectFacts, 'investment'>): boolean {
  return f.investment.gte(threshold('preliminaryDesignFromInvestment').value);
}

// ── gates (messages: project.messages.ts) ─────────────────────────────────────────────────────

type G = Gate<ProjectFacts>;

const inScope: G = gate('inScope', 'PM-2', (f) => f.category !== ProjectCategory.OFFICE_EQUIPMENT);

const extranetOnly: G = gate('extranetOnly', 'PM-9(2)', (f) => f.network === NetworkKind.EGOV_EXTRANET);

const FORBIDDEN_LINES = [BudgetLineKind.COMPUTE_STORAGE_HARDWARE, BudgetLineKind.DATA_CENTER_BUILD];
export const noHardwareOrDataCenter: G = gate('noHardwareOrDataCenter', 'PM-9(1)', (f) => !f.budgetLines.some((l) => FORBIDDEN_LINES.includes(l.kind)));

/** PM-7.3: an out-of-plan project with a stated basis (its kind and reference) is filed like an in-plan one. */
export const filedLikeInPlan = (f: Pick<ProjectFacts, 'inPlan' | 'urgencyBasis' | 'urgencyReference'>): boolean =>
  f.inPlan || Boolean(f.urgencyBasis && f.urgencyReference?.trim());

const proposalAttached: G = gate('proposalAttached', 'PM-7.1', (f) => f.documents.has(DocumentKind.PROPOSAL));

/** PM-7.1, PM-7.3: any other out-of-plan project goes through its proposal first. */
const proposalApprovedWhenOutOfPlan: G = gate('proposalApprovedWhenOutOfPlan', 'PM-7.3', (f) => filedLikeInPlan(f) || f.status !== S.DRAFT);

const feasibilityAttached: G = gate('feasibilityAttached', 'PM-7.1', (f) => f.documents.has(DocumentKind.FEASIBILITY_STUDY));

const feasibilityComplete: G = gate(
  'feasibilityComplete',
  'PM-8.1',
  (f) =>
    Boolean(f.fundingSource && f.scale?.trim()) &&
    f.investment.gt(0) &&
    f.budgetLines.length > 0 &&
    f.budgetLines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0)).eq(f.investment),
);

const preliminaryDesignAttached: G = gate('preliminaryDesignAttached', 'PM-7.2', (f) => f.documents.has(DocumentKind.PRELIMINARY_DESIGN));

/** PM-7.2: the estimate (概算) decides whether the feasibility study's approval is the approval. */
const afterFeasibilityApproval = (f: ProjectFacts) => (preliminaryDesignRequired(f) ? S.FEASIBILITY_APPROVED : S.APPROVED);

const jointPartsConfirmed: G = gate('jointPartsConfirmed', 'PM-9(6)', (f) => !f.joint || (f.participants.length > 0 && f.participants.every((p) => p.confirmed)));

const RECTIFIABLE = [BuildType.NEW, BuildType.REBUILD, BuildType.EXPANSION];
export const noOpenRectification: G = gate('noOpenRectification', 'PM-17', (f) => !RECTIFIABLE.includes(f.buildType) || f.openRectifications === 0);


/** States in which the unit may still edit the filing itself. */
export const EDITABLE: readonly S[] = [S.DRAFT, S.RETURNED, S.PROPOSAL_APPROVED];

const filingEditable: G = gate('filingEditable', 'PM-8.1', (f) => EDITABLE.includes(f.status));

/**
 * When the unit may submit or replace each filing document: what was reviewed is what was filed.
 * The gates read the kind being attached (an input fact); other kinds are not held to a stage.
 */
const documentOpen = (name: string, rule: string, kinds: DocumentKind[], states: readonly S[]): G =>
  gate(name, rule, (f) => !f.attaching || !kinds.includes(f.attaching) || states.includes(f.status), { field: 'kind' });

const DOCUMENT_GATES = [
  documentOpen('proposalReplaceable', 'PM-7.1', [DocumentKind.PROPOSAL], [S.DRAFT]),
  documentOpen('filingDocumentReplaceable', 'PM-8.1', [DocumentKind.FEASIBILITY_STUDY], EDITABLE),
  // PM-7.2: the preliminary design may come with the filing, and is due once the feasibility study is approved.
  documentOpen('preliminaryDesignReplaceable', 'PM-7.2', [DocumentKind.PRELIMINARY_DESIGN], [...EDITABLE, S.FEASIBILITY_APPROVED]),
  documentOpen('technicalPlanReplaceable', 'PM-8.2', [DocumentKind.TECHNICAL_PLAN], [S.APPROVED, S.TECH_REVIEW_FAILED]),
  documentOpen('supervisionContractAttachable', 'PM-14', [DocumentKind.SUPERVISION_CONTRACT], [
    S.APPROVED,
    S.TECH_REVIEW_PASSED,
    S.PROCURED,
    S.UNDER_CONSTRUCTION,
  ]),
];

const participationUnconfirmed: G = gate('participationUnconfirmed', 'PM-9(6)', (f) => f.myParticipation !== 'confirmed');

const invitedThisRound: G = gate('invitedThisRound', 'PM-5', (f) => f.myInvitation === 'invited' || f.myInvitation === 'recorded', {
  code: UserErrorCode.FORBIDDEN,
});

const opinionNotYetRecorded: G = gate('opinionNotYetRecorded', 'PM-5', (f) => f.myInvitation !== 'recorded', { code: UserErrorCode.CONFLICT });

const catalogSubmitted: G = gate('catalogSubmitted', 'PM-9(3)', (f) => f.catalogSubmitted);

const techReviewApplies: G = gate('techReviewApplies', 'PM-8.3', techReviewRequired);

const technicalPlanAttached: G = gate('technicalPlanAttached', 'PM-8.2', (f) => f.documentsThisTechRound.has(DocumentKind.TECHNICAL_PLAN));

const expertReviewWhenOver5M: G = gate(
  'expertReviewWhenOver5M',
  'PM-8.2',
  (f) => !expertReviewRequired(f) || f.documentsThisTechRound.has(DocumentKind.EXPERT_REVIEW_OPINION),
);

// PM-8.2: the experts act as themselves: BDC's record of their review waits for every opinion of the panel.
const expertPanelOpinionsRecorded: G = gate('expertPanelOpinionsRecorded', 'PM-8.2', (f) => panelComplete(f.expertPanel));
const projectExpertOpinionOpen: G = gate('projectExpertOpinionOpen', 'PM-8.2', (f) => !f.expertPanel?.mineRecorded);

const techReviewPassed: G = gate('techReviewPassed', 'PM-8.2', (f) => !techReviewRequired(f) || f.status === S.TECH_REVIEW_PASSED);

const supervisionProcuredAfterTechReview: G = gate(
  'supervisionProcuredAfterTechReview',
  'PM-8.2',
  (f) => !techReviewRequired(f) || f.status === S.TECH_REVIEW_PASSED || f.status === S.PROCURED,
);

const budgetConfirmed: G = gate('budgetConfirmed', 'PM-4', (f) => f.budgetConfirmed);

const budgetNotYetConfirmed: G = gate('budgetNotYetConfirmed', 'PM-4', (f) => !f.budgetConfirmed);

const procurementConfirmed: G = gate('procurementConfirmed', 'PM-4', (f) => f.procurementConfirmed);

const procurementNotYetConfirmed: G = gate('procurementNotYetConfirmed', 'PM-4', (f) => !f.procurementConfirmed);

const supervisionContracted: G = gate('supervisionContracted', 'PM-14', (f) => f.supervisionContracted);

const implementationNamed: G = gate('implementationNamed', 'PM-10', (f) => f.implementationNamed);

// ── transitions ────────────────────────────────────────────────────────────────────────────────

/** States in which the project is approved and not yet built. */
const AFTER_APPROVAL = [S.APPROVED, S.UNDER_TECH_REVIEW, S.TECH_REVIEW_FAILED, S.TECH_REVIEW_PASSED, S.PROCURED] as const;
/** Every state of an existing project. */
const EVERY_STATE = Object.values(S);
/** PM-10: the implementation is named any time before construction starts. */
const BEFORE_CONSTRUCTION = EVERY_STATE.filter((s) => ![S.UNDER_CONSTRUCTION, S.ACCEPTED, S.REJECTED].includes(s));
/** A co-builder confirms its part before the joint filing goes to DRC's review (PM-9(6)). */
const BEFORE_REVIEW = [S.DRAFT, S.PROPOSAL_UNDER_REVIEW, S.PROPOSAL_APPROVED, S.RETURNED];
const stay = (f: ProjectFacts) => f.status;
const FILING_GATES = [inScope, extranetOnly, noHardwareOrDataCenter, noOpenRectification];

const transitions: Transition<S | None, ProjectFacts>[] = [
  // PM-4: the construction unit files; PM-2, PM-9(1), PM-9(2), PM-20 are checks of the input.
  { event: 'create', from: [NONE], to: S.DRAFT, rule: 'PM-4' },
  // PM-4: the unit is the subject of its filing; it may edit only what is not under review (PM-8.1).
  { event: 'update', from: EVERY_STATE, to: stay, rule: 'PM-4', gates: [filingEditable] },
  // PM-7.1: the unit attaches its documents; each filing document only at its stage.
  { event: 'attachDocument', from: EVERY_STATE, to: stay, rule: 'PM-7.1', gates: DOCUMENT_GATES },
  { event: 'addParticipant', from: EDITABLE, to: stay, rule: 'PM-9(6)' },
  { event: 'confirmParticipation', from: BEFORE_REVIEW, to: stay, rule: 'PM-9(6)', gates: [participationUnconfirmed] },
  { event: 'setImplementation', from: BEFORE_CONSTRUCTION, to: stay, rule: 'PM-10' },
  // PM-7.2: an in-plan project may still file a proposal; PM-7.3: an out-of-plan one's needs no basis.
  { event: 'submitProposal', from: [S.DRAFT], to: S.PROPOSAL_UNDER_REVIEW, rule: 'PM-7.1', gates: [proposalAttached, ...FILING_GATES] },
  { event: 'approveProposal', from: [S.PROPOSAL_UNDER_REVIEW], to: S.PROPOSAL_APPROVED, rule: 'PM-7.1' },
  { event: 'rejectProposal', from: [S.PROPOSAL_UNDER_REVIEW], to: S.REJECTED, rule: 'PM-7.1' },
  {
    event: 'submitFeasibility',
    from: [S.DRAFT, S.PROPOSAL_APPROVED, S.RETURNED],
    to: S.UNDER_REVIEW,
    rule: 'PM-8.1',
    gates: [proposalApprovedWhenOutOfPlan, feasibilityAttached, feasibilityComplete, jointPartsConfirmed, ...FILING_GATES],
  },
  // PM-5: DRC invites the agencies of its coordination mechanism; the invited record opinions (PM-8.1).
  { event: 'inviteOpinion', from: [S.UNDER_REVIEW], to: stay, rule: 'PM-5' },
  { event: 'recordOpinion', from: [S.UNDER_REVIEW], to: stay, rule: 'PM-5', gates: [invitedThisRound, opinionNotYetRecorded] },
  { event: 'returnForRevision', from: [S.UNDER_REVIEW], to: S.RETURNED, rule: 'PM-8.1' },
  // PM-8.1: the feasibility study's approval; from 10M (PM-7.2) the preliminary design is approved after it.
  { event: 'approve', from: [S.UNDER_REVIEW], to: afterFeasibilityApproval, rule: 'PM-8.1', gates: [catalogSubmitted, noOpenRectification] },
  { event: 'reject', from: [S.UNDER_REVIEW], to: S.REJECTED, rule: 'PM-8.1' },
  // PM-7.2: an estimate revised after the feasibility study's approval brings the preliminary design in (or out).
  { event: 'reviseEstimate', from: [S.APPROVED, S.FEASIBILITY_APPROVED], to: afterFeasibilityApproval, rule: 'PM-7.2', gates: [feasibilityComplete] },
  { event: 'submitPreliminaryDesign', from: [S.FEASIBILITY_APPROVED], to: S.DESIGN_UNDER_REVIEW, rule: 'PM-7.2', gates: [preliminaryDesignAttached, noOpenRectification] },
  { event: 'approvePreliminaryDesign', from: [S.DESIGN_UNDER_REVIEW], to: S.APPROVED, rule: 'PM-8.1', gates: [noOpenRectification] },
  { event: 'returnPreliminaryDesign', from: [S.DESIGN_UNDER_REVIEW], to: S.FEASIBILITY_APPROVED, rule: 'PM-8.1' },
  { event: 'submitTechnicalPlan', from: [S.APPROVED, S.TECH_REVIEW_FAILED], to: S.UNDER_TECH_REVIEW, rule: 'PM-8.2', gates: [techReviewApplies, technicalPlanAttached] },
  { event: 'nameExpertPanel', from: [S.UNDER_TECH_REVIEW], to: stay, rule: 'PM-8.2' },
  { event: 'recordExpertOpinion', from: [S.UNDER_TECH_REVIEW], to: stay, rule: 'PM-8.2', gates: [projectExpertOpinionOpen] },
  { event: 'recordExpertReview', from: [S.UNDER_TECH_REVIEW], to: stay, rule: 'PM-8.2', gates: [expertPanelOpinionsRecorded] },
  { event: 'passTechReview', from: [S.UNDER_TECH_REVIEW], to: S.TECH_REVIEW_PASSED, rule: 'PM-8.2', gates: [expertReviewWhenOver5M] },
  { event: 'failTechReview', from: [S.UNDER_TECH_REVIEW], to: S.TECH_REVIEW_FAILED, rule: 'PM-8.2', gates: [expertReviewWhenOver5M] },
  { event: 'confirmBudget', from: AFTER_APPROVAL, to: stay, rule: 'PM-4', gates: [budgetNotYetConfirmed] },
  { event: 'recordProcurement', from: [S.APPROVED, S.UNDER_TECH_REVIEW, S.TECH_REVIEW_FAILED, S.TECH_REVIEW_PASSED], to: S.PROCURED, rule: 'PM-8.2', gates: [techReviewPassed, budgetConfirmed] },
  { event: 'confirmProcurement', from: [S.PROCURED], to: stay, rule: 'PM-4', gates: [procurementNotYetConfirmed] },
  { event: 'recordSupervision', from: AFTER_APPROVAL, to: stay, rule: 'PM-14', gates: [supervisionProcuredAfterTechReview] },
  {
    event: 'startConstruction',
    from: [S.PROCURED],
    to: S.UNDER_CONSTRUCTION,
    rule: 'PM-14',
    gates: [procurementConfirmed, supervisionContracted, implementationNamed, noOpenRectification],
  },
  // PM-16.3: taken by the system when the project's acceptance passes (acceptance.service).
  { event: 'accept', from: [S.UNDER_CONSTRUCTION], to: S.ACCEPTED, rule: 'PM-16.3' },
];

/** The life of a project from draft to construction (PM-7, PM-8, PM-14). */
export const projectMachine = new Machine<S | None, ProjectFacts>('Project', transitions);

