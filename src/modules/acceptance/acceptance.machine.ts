import { UserErrorCode } from '../../graphql/errors';
import type { Gate, Transition } from '../../workflow/machine';
import { Machine, NONE, type None } from '../../workflow/machine';
import { DocumentKind } from '../documents/document.enums';
import { ProjectStatus } from '../projects/project.enums';
import { ACCEPTANCE_REPORTS, AcceptanceResult, AcceptanceStatus as S, ExtensionStatus as E, SharingReviewStatus as R } from './acceptance.enums';

// ── data-sharing review (PM-15) ────────────────────────────────────────────────────────────────

export interface SharingReviewFacts {
  projectStatus: ProjectStatus;
}

const builtForSharing: Gate<SharingReviewFacts> = {
  name: 'projectUnderConstruction',
  rule: 'PM-15',
  message: {
    zh: '项目建成验收前方可申请数据共享审查：项目须处于建设中',
    en: 'The data-sharing review is asked for before acceptance, while the project is under construction',
  },
  check: (f) => f.projectStatus === ProjectStatus.UNDER_CONSTRUCTION,
};

/** PM-15: the unit asks, BDC returns with findings (the unit may ask again) or confirms. */
export const sharingReviewMachine = new Machine<R | None, SharingReviewFacts>('SharingReview', [
  { event: 'request', from: [NONE, R.RETURNED], to: R.REQUESTED, rule: 'PM-15', gates: [builtForSharing] },
  { event: 'confirm', from: [R.REQUESTED], to: R.CONFIRMED, rule: 'PM-15', gates: [builtForSharing] },
  { event: 'return', from: [R.REQUESTED], to: R.RETURNED, rule: 'PM-15' },
]);

// ── acceptance (PM-12, PM-15, PM-16) ───────────────────────────────────────────────────────────

export interface AcceptanceFacts {
  projectStatus: ProjectStatus;
  /** BDC has confirmed the project's data sharing (PM-15). */
  sharingConfirmed: boolean;
  /** Kinds of the documents attached to the project. */
  reports: ReadonlySet<DocumentKind>;
  /** An MLPS test (等级保护测评) is on record: the security risk assessment includes its report (PM-16.1). */
  mlpsTestRecorded: boolean;
  /** The acceptance due date (PM-16.2), moved only by an approved extension. */
  dueOn: string | null;
  /** Today in Asia/Shanghai. */
  today: string;
  /** Another application of the project is open or has passed. */
  activeAcceptance: boolean;
  delegated: boolean;
  /** The result being recorded, or the one recorded by the delegate. */
  result?: AcceptanceResult | null;
}

const REPORT_NAMES: Record<string, { zh: string; en: string }> = {
  [DocumentKind.CONSTRUCTION_SUMMARY]: { zh: '项目建设总结', en: 'construction summary' },
  [DocumentKind.FINANCIAL_REPORT]: { zh: '财务报告', en: 'financial report' },
  [DocumentKind.AUDIT_REPORT]: { zh: '审计报告', en: 'audit report' },
  [DocumentKind.INTENSIVE_SHARING_ASSESSMENT]: { zh: '集约化建设和信息资源共享评估报告', en: 'intensive-construction and sharing assessment' },
  [DocumentKind.SECURITY_RISK_ASSESSMENT]: { zh: '安全风险评估报告', en: 'security risk assessment' },
  [DocumentKind.CRYPTO_ASSESSMENT]: { zh: '密码应用安全性评估报告', en: 'cryptography application security assessment' },
};

export function reportName(kind: DocumentKind): { zh: string; en: string } {
  return REPORT_NAMES[kind] ?? { zh: kind, en: kind };
}

const underConstruction = (rule: string): Gate<AcceptanceFacts> => ({
  name: 'projectUnderConstruction',
  rule,
  message: { zh: '项目须处于建设中（建成后申请验收）', en: 'The project must be under construction (acceptance follows construction)' },
  check: (f) => f.projectStatus === ProjectStatus.UNDER_CONSTRUCTION,
});

const noActiveAcceptance: Gate<AcceptanceFacts> = {
  name: 'noActiveAcceptance',
  rule: 'PM-16.1',
  message: {
    zh: '该项目已有进行中或已通过的验收申请；验收不通过后方可重新申请',
    en: 'The project has an open or passed acceptance application; a new one follows only a failure',
  },
  check: (f) => !f.activeAcceptance,
};

const sharingConfirmed: Gate<AcceptanceFacts> = {
  name: 'sharingConfirmed',
  rule: 'PM-15',
  message: {
    zh: '未经市大数据中心出具数据共享完成确认意见的项目，不予组织验收',
    en: 'No acceptance without BDC\'s confirmation of the project\'s data sharing',
  },
  check: (f) => f.sharingConfirmed,
};

const reportAttached = (kind: DocumentKind): Gate<AcceptanceFacts> => ({
  name: `reportAttached:${kind}`,
  rule: 'PM-16.1',
  field: `reports.${kind}`,
  message: {
    zh: `验收申请须附${reportName(kind).zh}`,
    en: `The acceptance application needs the ${reportName(kind).en}`,
  },
  check: (f) => f.reports.has(kind),
});

const mlpsTestRecorded: Gate<AcceptanceFacts> = {
  name: 'mlpsTestRecorded',
  rule: 'PM-16.1',
  field: `reports.${DocumentKind.SECURITY_RISK_ASSESSMENT}`,
  message: {
    zh: '安全风险评估报告须包括网络安全等级保护测评报告：请先登记等级保护测评（PM-11）',
    en: 'The security risk assessment includes the MLPS test report: record the MLPS test first (PM-11)',
  },
  check: (f) => f.mlpsTestRecorded,
};

const withinDueDate: Gate<AcceptanceFacts> = {
  name: 'withinDueDate',
  rule: 'PM-16.2',
  code: UserErrorCode.DEADLINE_PASSED,
  message: {
    zh: '已超过验收期限：请先向市发改委说明原因并申请延期验收，经批准后再申请验收',
    en: 'The acceptance due date has passed: apply to DRC for an extension, with reasons, before applying',
  },
  check: (f) => !f.dueOn || f.today <= f.dueOn,
};

const resultOf = (f: AcceptanceFacts): S => (f.result === AcceptanceResult.PASSED ? S.PASSED : S.FAILED);

const acceptanceTransitions: Transition<S | None, AcceptanceFacts>[] = [
  {
    event: 'apply',
    from: [NONE, S.FAILED],
    to: S.APPLIED,
    rule: 'PM-16.1',
    gates: [underConstruction('PM-16.1'), noActiveAcceptance, sharingConfirmed, ...ACCEPTANCE_REPORTS.map(reportAttached), mlpsTestRecorded, withinDueDate],
  },
  { event: 'organize', from: [S.APPLIED], to: S.UNDER_ACCEPTANCE, rule: 'PM-16.3', gates: [underConstruction('PM-16.3')] },
  { event: 'delegate', from: [S.APPLIED], to: S.DELEGATED, rule: 'PM-16.3', gates: [underConstruction('PM-16.3')] },
  {
    event: 'recordResult',
    from: [S.UNDER_ACCEPTANCE, S.DELEGATED],
    to: (f) => (f.delegated ? S.AWAITING_REPORT : resultOf(f)),
    rule: 'PM-16.3',
    gates: [underConstruction('PM-16.3')],
  },
  { event: 'reportToDrc', from: [S.AWAITING_REPORT], to: resultOf, rule: 'PM-16.3', gates: [underConstruction('PM-16.3')] },
];

/**
 * An acceptance application: filed with the six reports after BDC's sharing confirmation and
 * within the due date; organized by DRC or delegated; its result recorded by whoever runs it, and
 * a delegate's reported back to DRC. A pass makes the project ACCEPTED.
 */
export const acceptanceMachine = new Machine<S | None, AcceptanceFacts>('AcceptanceRecord', acceptanceTransitions);

// ── extension of the due date (PM-16.2) ────────────────────────────────────────────────────────

export interface ExtensionFacts {
  projectStatus: ProjectStatus;
  /** Another extension application of the project awaits a decision. */
  pendingExtension: boolean;
}

const extensionUnderConstruction: Gate<ExtensionFacts> = {
  name: 'projectUnderConstruction',
  rule: 'PM-16.2',
  message: { zh: '仅建设中、尚未验收的项目可申请延期验收', en: 'Only a project under construction, not yet accepted, may have its acceptance extended' },
  check: (f) => f.projectStatus === ProjectStatus.UNDER_CONSTRUCTION,
};

const noPendingExtension: Gate<ExtensionFacts> = {
  name: 'noPendingExtension',
  rule: 'PM-16.2',
  message: { zh: '已有待审批的延期验收申请', en: 'An extension application is already awaiting a decision' },
  check: (f) => !f.pendingExtension,
};

export const extensionMachine = new Machine<E | None, ExtensionFacts>('AcceptanceExtension', [
  { event: 'apply', from: [NONE, E.APPROVED, E.REFUSED], to: E.APPLIED, rule: 'PM-16.2', gates: [extensionUnderConstruction, noPendingExtension] },
  { event: 'approve', from: [E.APPLIED], to: E.APPROVED, rule: 'PM-16.2', gates: [extensionUnderConstruction] },
  { event: 'refuse', from: [E.APPLIED], to: E.REFUSED, rule: 'PM-16.2' },
]);
