import { UserErrorCode } from '../../graphql/errors';
import type { Transition } from '../../workflow/machine';
import { gate, Machine, NONE, type None } from '../../workflow/machine';
import { DocumentKind } from '../documents/document.enums';
import { ProjectStatus } from '../projects/project.enums';
import { ACCEPTANCE_REPORTS, AcceptanceResult, AcceptanceStatus as S, ExtensionStatus as E, SharingReviewStatus as R } from './acceptance.enums';
import { reportGateName } from './acceptance.messages';

// ── data-sharing review (PM-15) ────────────────────────────────────────────────────────────────

export interface SharingReviewFacts {
  projectStatus: ProjectStatus;
}

const builtForSharing = gate<SharingReviewFacts>('sharingProjectUnderConstruction', 'PM-15', (f) => f.projectStatus === ProjectStatus.UNDER_CONSTRUCTION);

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
  /** An application of the project is open or has passed. */
  activeAcceptance: boolean;
  delegated: boolean;
  /** The project's competent department (项目主管部门, PM-16.3); null for a bureau's own project. */
  competentDepartmentId: string | null;
  /** The agency an acceptance is being delegated to (an input fact of delegate). */
  delegating?: string;
  /** The result being recorded, or the one recorded by the delegate. */
  result?: AcceptanceResult | null;
  /** NSC's security review of the project is on file (PM-4, PM-12). */
  securityReviewed: boolean;
}

const underConstruction = (rule: string) =>
  gate<AcceptanceFacts>('acceptanceProjectUnderConstruction', rule, (f) => f.projectStatus === ProjectStatus.UNDER_CONSTRUCTION);

const noActiveAcceptance = gate<AcceptanceFacts>('noActiveAcceptance', 'PM-16.1', (f) => !f.activeAcceptance);

const sharingConfirmed = gate<AcceptanceFacts>('sharingConfirmed', 'PM-15', (f) => f.sharingConfirmed);

const reportAttached = (kind: DocumentKind) =>
  gate<AcceptanceFacts>(reportGateName(kind), 'PM-16.1', (f) => f.reports.has(kind), { field: `reports.${kind}` });

const mlpsTestRecorded = gate<AcceptanceFacts>('mlpsTestRecorded', 'PM-16.1', (f) => f.mlpsTestRecorded, {
  field: `reports.${DocumentKind.SECURITY_RISK_ASSESSMENT}`,
});

const withinDueDate = gate<AcceptanceFacts>('withinDueDate', 'PM-16.2', (f) => !f.dueOn || f.today <= f.dueOn, { code: UserErrorCode.DEADLINE_PASSED });

/** PM-16.3: only a project that has a competent department can have its acceptance delegated. */
const competentDepartmentNamed = gate<AcceptanceFacts>('competentDepartmentNamed', 'PM-16.3', (f) => f.competentDepartmentId !== null);

/** PM-16.3: the delegate is the project's competent department: never the unit itself, never an unrelated bureau. */
const delegateIsCompetentDepartment = gate<AcceptanceFacts>(
  'delegateIsCompetentDepartment',
  'PM-16.3',
  (f) => !f.delegating || f.competentDepartmentId === null || f.delegating === f.competentDepartmentId,
  { code: UserErrorCode.INVALID_INPUT, field: 'delegateId' },
);

/** PM-12: the "cryptography application and security review" finding rests on NSC's review (PM-4). */
const securityReviewOnFile = gate<AcceptanceFacts>('securityReviewOnFile', 'PM-12', (f) => f.securityReviewed, { field: 'cryptography' });

const resultOf = (f: AcceptanceFacts): S => (f.result === AcceptanceResult.PASSED ? S.PASSED : S.FAILED);

const acceptanceTransitions: Transition<S | None, AcceptanceFacts>[] = [
  {
    // Each application is a new record, whatever the state of the project's earlier ones: their
    // gates (noActiveAcceptance above all) say whether one may be filed, so every record offers it.
    event: 'apply',
    from: [NONE, S.APPLIED, S.UNDER_ACCEPTANCE, S.DELEGATED, S.AWAITING_REPORT, S.PASSED, S.FAILED],
    to: S.APPLIED,
    rule: 'PM-16.1',
    gates: [underConstruction('PM-16.1'), noActiveAcceptance, sharingConfirmed, ...ACCEPTANCE_REPORTS.map(reportAttached), mlpsTestRecorded, withinDueDate],
  },
  { event: 'organize', from: [S.APPLIED], to: S.UNDER_ACCEPTANCE, rule: 'PM-16.3', gates: [underConstruction('PM-16.3')] },
  {
    event: 'delegate',
    from: [S.APPLIED],
    to: S.DELEGATED,
    rule: 'PM-16.3',
    gates: [underConstruction('PM-16.3'), competentDepartmentNamed, delegateIsCompetentDepartment],
  },
  {
    event: 'recordResult',
    from: [S.UNDER_ACCEPTANCE, S.DELEGATED],
    to: (f) => (f.delegated ? S.AWAITING_REPORT : resultOf(f)),
    rule: 'PM-16.3',
    gates: [underConstruction('PM-16.3'), securityReviewOnFile],
  },
  { event: 'reportToDrc', from: [S.AWAITING_REPORT], to: resultOf, rule: 'PM-16.3', gates: [underConstruction('PM-16.3')] },
];

/**
 * An acceptance application: filed with the six reports after BDC's sharing confirmation and
 * within the due date; organized by DRC (the county DRC for a county project) or delegated to the
 * project's competent department only; its result recorded by whoever runs it, and a delegate's
 * reported back to DRC. A pass makes the project ACCEPTED.
 */
export const acceptanceMachine = new Machine<S | None, AcceptanceFacts>('AcceptanceRecord', acceptanceTransitions);

// ── extension of the due date (PM-16.2) ────────────────────────────────────────────────────────

export interface ExtensionFacts {
  projectStatus: ProjectStatus;
  /** An extension application of the project awaits a decision. */
  pendingExtension: boolean;
}

const extensionUnderConstruction = gate<ExtensionFacts>('extensionProjectUnderConstruction', 'PM-16.2', (f) => f.projectStatus === ProjectStatus.UNDER_CONSTRUCTION);

const noPendingExtension = gate<ExtensionFacts>('noPendingExtension', 'PM-16.2', (f) => !f.pendingExtension);

export const extensionMachine = new Machine<E | None, ExtensionFacts>('AcceptanceExtension', [
  { event: 'apply', from: [NONE, E.APPLIED, E.APPROVED, E.REFUSED], to: E.APPLIED, rule: 'PM-16.2', gates: [extensionUnderConstruction, noPendingExtension] },
  { event: 'approve', from: [E.APPLIED], to: E.APPROVED, rule: 'PM-16.2', gates: [extensionUnderConstruction] },
  { event: 'refuse', from: [E.APPLIED], to: E.REFUSED, rule: 'PM-16.2' },
]);
