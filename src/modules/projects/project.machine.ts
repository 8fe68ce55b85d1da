import Decimal from 'decimal.js';
import { rulebook } from '../../rulebook/rulebook';
import type { Gate, Transition } from '../../workflow/machine';
import { Machine } from '../../workflow/machine';
import { DocumentKind } from '../documents/document.enums';
import { AgencyLevel } from '../organizations/organization.enums';
import { BudgetLineKind, BuildType, NetworkKind, ProjectCategory, ProjectStatus as S } from './project.enums';

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

const yuan = (d: Decimal) => d.toFixed(2);

// ── gates ───────────────────────────────────────────────────────────────────────────────────────

const inScope: Gate<ProjectFacts> = {
  name: 'inScope',
  rule: 'PM-2',
  message: { zh: '零星办公电脑、耗材添置不属于政务信息化项目', en: 'Office computers and consumables are outside the scope of the measures' },
  check: (f) => f.category !== ProjectCategory.OFFICE_EQUIPMENT,
};

const extranetOnly: Gate<ProjectFacts> = {
  name: 'extranetOnly',
  rule: 'PM-9(2)',
  message: { zh: '非涉密项目不得建设专网，应依托市政务外网', en: 'Non-classified projects use the e-gov extranet, not a dedicated network' },
  check: (f) => f.network === NetworkKind.EGOV_EXTRANET,
};

const FORBIDDEN_LINES = [BudgetLineKind.COMPUTE_STORAGE_HARDWARE, BudgetLineKind.DATA_CENTER_BUILD];
export const noHardwareOrDataCenter: Gate<ProjectFacts> = {
  name: 'noHardwareOrDataCenter',
  rule: 'PM-9(1)',
  message: {
    zh: '不得新建数据中心、机房或采购计算存储硬件，应使用市政务云服务',
    en: 'No data-centre builds or compute/storage hardware: use the government cloud',
  },
  check: (f) => !f.budgetLines.some((l) => FORBIDDEN_LINES.includes(l.kind)),
};

const urgencyBasisStated: Gate<ProjectFacts> = {
  name: 'urgencyBasisStated',
  rule: 'PM-7.3',
  message: {
    zh: '未纳入规划的项目须说明国家、省、市的明确要求或重大战略等紧急原因及依据文件',
    en: 'An out-of-plan project must state its basis of urgency and the reference that requires it',
  },
  check: (f) => f.inPlan || Boolean(f.urgencyBasis && f.urgencyReference?.trim()),
};

const outOfPlan: Gate<ProjectFacts> = {
  name: 'outOfPlan',
  rule: 'PM-7.2',
  message: { zh: '已纳入规划的项目直接编制可行性研究报告，无需项目建议书', en: 'In-plan projects go straight to the feasibility study' },
  check: (f) => !f.inPlan,
};

const proposalAttached: Gate<ProjectFacts> = {
  name: 'proposalAttached',
  rule: 'PM-7.1',
  message: { zh: '请先提交项目建议书', en: 'Attach the project proposal first' },
  check: (f) => f.documents.has(DocumentKind.PROPOSAL),
};

const proposalApprovedWhenOutOfPlan: Gate<ProjectFacts> = {
  name: 'proposalApprovedWhenOutOfPlan',
  rule: 'PM-7.2',
  message: {
    zh: '未纳入规划的项目须先报批项目建议书，再编报可行性研究报告',
    en: 'An out-of-plan project files a proposal before its feasibility study',
  },
  check: (f) => f.inPlan || f.status !== S.DRAFT,
};

const feasibilityAttached: Gate<ProjectFacts> = {
  name: 'feasibilityAttached',
  rule: 'PM-7.1',
  message: { zh: '请先提交可行性研究报告', en: 'Attach the feasibility study first' },
  check: (f) => f.documents.has(DocumentKind.FEASIBILITY_STUDY),
};

const feasibilityComplete: Gate<ProjectFacts> = {
  name: 'feasibilityComplete',
  rule: 'PM-8.1',
  message: {
    zh: '须明确建设主体、资金来源、建设规模和投资概算（概算明细合计须等于投资概算）',
    en: 'State the construction subject, funding source, scale and investment estimate (budget lines must add up to it)',
  },
  check: (f) =>
    Boolean(f.fundingSource && f.scale?.trim()) &&
    f.investment.gt(0) &&
    f.budgetLines.length > 0 &&
    f.budgetLines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0)).eq(f.investment),
};

const preliminaryDesignWhenOver10M: Gate<ProjectFacts> = {
  name: 'preliminaryDesignWhenOver10M',
  rule: 'PM-7.2',
  message: {
    zh: `投资额 ${yuan(threshold('preliminaryDesignFromInvestment').value)} 元（含）以上的项目须编报初步设计方案`,
    en: `Projects of CNY ${yuan(threshold('preliminaryDesignFromInvestment').value)} or more need a preliminary design`,
  },
  check: (f) => !preliminaryDesignRequired(f) || f.documents.has(DocumentKind.PRELIMINARY_DESIGN),
};

const jointPartsConfirmed: Gate<ProjectFacts> = {
  name: 'jointPartsConfirmed',
  rule: 'PM-9(6)',
  message: {
    zh: '共建项目须明确各共建单位的业务流、数据流和系统接口，并经各共建单位确认',
    en: "Each co-builder's business flow, data flow and interfaces must be recorded and confirmed by it",
  },
  check: (f) => !f.joint || (f.participants.length > 0 && f.participants.every((p) => p.confirmed)),
};

const RECTIFIABLE = [BuildType.NEW, BuildType.REBUILD, BuildType.EXPANSION];
export const noOpenRectification: Gate<ProjectFacts> = {
  name: 'noOpenRectification',
  rule: 'PM-17',
  message: {
    zh: '本单位有未完成的整改事项，整改完成前不得新建、改建、扩建政务信息系统',
    en: 'The unit has an open rectification order: no new, rebuild or expansion project until it is closed',
  },
  check: (f) => !RECTIFIABLE.includes(f.buildType) || f.openRectifications === 0,
};

const catalogSubmitted: Gate<ProjectFacts> = {
  name: 'catalogSubmitted',
  rule: 'PM-9(3)',
  message: { zh: '信息资源目录是审批的必备条件：请先提交项目的信息资源目录', en: 'Approval needs the project\'s submitted information-resource catalog' },
  check: (f) => f.catalogSubmitted,
};

const techReviewApplies: Gate<ProjectFacts> = {
  name: 'techReviewApplies',
  rule: 'PM-8.3',
  message: {
    zh: `县级项目投资额 ${yuan(threshold('countyTechReviewFromInvestment').value)} 元（含）以上才报市大数据中心技术性审查`,
    en: `County projects go to BDC's technical review from CNY ${yuan(threshold('countyTechReviewFromInvestment').value)}`,
  },
  check: techReviewRequired,
};

const technicalPlanAttached: Gate<ProjectFacts> = {
  name: 'technicalPlanAttached',
  rule: 'PM-8.2',
  message: { zh: '请先提交技术性方案', en: 'Attach the technical plan first' },
  check: (f) => f.documentsThisTechRound.has(DocumentKind.TECHNICAL_PLAN),
};

const expertReviewWhenOver5M: Gate<ProjectFacts> = {
  name: 'expertReviewWhenOver5M',
  rule: 'PM-8.2',
  message: {
    zh: `投资额 ${yuan(threshold('expertReviewFromInvestment').value)} 元（含）以上的项目，须先组织专家论证评审`,
    en: `Projects of CNY ${yuan(threshold('expertReviewFromInvestment').value)} or more need a recorded expert review first`,
  },
  check: (f) => !expertReviewRequired(f) || f.documentsThisTechRound.has(DocumentKind.EXPERT_REVIEW_OPINION),
};

const techReviewPassed: Gate<ProjectFacts> = {
  name: 'techReviewPassed',
  rule: 'PM-8.2',
  message: { zh: '未通过技术性审查的项目，不予招标采购', en: 'No tendering or procurement before the technical review has passed' },
  check: (f) => !techReviewRequired(f) || f.status === S.TECH_REVIEW_PASSED,
};

const supervisionProcuredAfterTechReview: Gate<ProjectFacts> = {
  name: 'supervisionProcuredAfterTechReview',
  rule: 'PM-8.2',
  message: {
    zh: '监理服务亦属采购：须在技术性审查通过后签订监理合同',
    en: 'Hiring the supervision firm is procurement too: only after the technical review has passed',
  },
  check: (f) => !techReviewRequired(f) || f.status === S.TECH_REVIEW_PASSED || f.status === S.PROCURED,
};

const budgetConfirmed: Gate<ProjectFacts> = {
  name: 'budgetConfirmed',
  rule: 'PM-4',
  message: { zh: '财政部门尚未确认项目预算', en: 'Finance has not confirmed the budget' },
  check: (f) => f.budgetConfirmed,
};

const procurementConfirmed: Gate<ProjectFacts> = {
  name: 'procurementConfirmed',
  rule: 'PM-4',
  message: { zh: '财政部门尚未确认政府采购结果', en: 'Finance has not confirmed the procurement' },
  check: (f) => f.procurementConfirmed,
};

const supervisionContracted: Gate<ProjectFacts> = {
  name: 'supervisionContracted',
  rule: 'PM-14',
  message: { zh: '政务信息化项目实行工程监理制：请先登记监理合同', en: 'Engineering supervision is mandatory: record the supervision contract first' },
  check: (f) => f.supervisionContracted,
};

const implementationNamed: Gate<ProjectFacts> = {
  name: 'implementationNamed',
  rule: 'PM-10',
  message: { zh: '请确定项目实施机构和项目责任人', en: 'Name the implementing body and the project leader' },
  check: (f) => f.implementationNamed,
};

// ── transitions ────────────────────────────────────────────────────────────────────────────────

/** States in which the project is approved and not yet built. */
const AFTER_APPROVAL = [S.APPROVED, S.UNDER_TECH_REVIEW, S.TECH_REVIEW_FAILED, S.TECH_REVIEW_PASSED, S.PROCURED] as const;
const stay = (f: ProjectFacts) => f.status;
const FILING_GATES = [inScope, extranetOnly, noHardwareOrDataCenter, urgencyBasisStated, noOpenRectification];

const transitions: Transition<S, ProjectFacts>[] = [
  { event: 'submitProposal', from: [S.DRAFT], to: S.PROPOSAL_UNDER_REVIEW, rule: 'PM-7.1', gates: [outOfPlan, proposalAttached, ...FILING_GATES] },
  { event: 'approveProposal', from: [S.PROPOSAL_UNDER_REVIEW], to: S.PROPOSAL_APPROVED, rule: 'PM-7.1' },
  { event: 'rejectProposal', from: [S.PROPOSAL_UNDER_REVIEW], to: S.REJECTED, rule: 'PM-7.1' },
  {
    event: 'submitFeasibility',
    from: [S.DRAFT, S.PROPOSAL_APPROVED, S.RETURNED],
    to: S.UNDER_REVIEW,
    rule: 'PM-8.1',
    gates: [proposalApprovedWhenOutOfPlan, feasibilityAttached, feasibilityComplete, preliminaryDesignWhenOver10M, jointPartsConfirmed, ...FILING_GATES],
  },
  { event: 'inviteOpinion', from: [S.UNDER_REVIEW], to: stay, rule: 'PM-8.1' },
  { event: 'recordOpinion', from: [S.UNDER_REVIEW], to: stay, rule: 'PM-5' },
  { event: 'returnForRevision', from: [S.UNDER_REVIEW], to: S.RETURNED, rule: 'PM-8.1' },
  { event: 'approve', from: [S.UNDER_REVIEW], to: S.APPROVED, rule: 'PM-8.1', gates: [catalogSubmitted, preliminaryDesignWhenOver10M, noOpenRectification] },
  { event: 'reject', from: [S.UNDER_REVIEW], to: S.REJECTED, rule: 'PM-8.1' },
  { event: 'submitTechnicalPlan', from: [S.APPROVED, S.TECH_REVIEW_FAILED], to: S.UNDER_TECH_REVIEW, rule: 'PM-8.2', gates: [techReviewApplies, technicalPlanAttached] },
  { event: 'recordExpertReview', from: [S.UNDER_TECH_REVIEW], to: stay, rule: 'PM-8.2', gates: [] },
  { event: 'passTechReview', from: [S.UNDER_TECH_REVIEW], to: S.TECH_REVIEW_PASSED, rule: 'PM-8.2', gates: [expertReviewWhenOver5M] },
  { event: 'failTechReview', from: [S.UNDER_TECH_REVIEW], to: S.TECH_REVIEW_FAILED, rule: 'PM-8.2', gates: [expertReviewWhenOver5M] },
  { event: 'confirmBudget', from: AFTER_APPROVAL, to: stay, rule: 'PM-4' },
  { event: 'recordProcurement', from: [S.APPROVED, S.UNDER_TECH_REVIEW, S.TECH_REVIEW_FAILED, S.TECH_REVIEW_PASSED], to: S.PROCURED, rule: 'PM-8.2', gates: [techReviewPassed, budgetConfirmed] },
  { event: 'confirmProcurement', from: [S.PROCURED], to: stay, rule: 'PM-4' },
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
export const projectMachine = new Machine<S, ProjectFacts>('Project', transitions);

/** States in which the unit may still edit the filing itself. */
export const EDITABLE: readonly S[] = [S.DRAFT, S.RETURNED, S.PROPOSAL_APPROVED];
