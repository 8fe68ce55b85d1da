import { UserErrorCode } from '../../graphql/errors';
import { gate, Machine, NONE, type Gate, type None } from '../../workflow/machine';
import './cloud.messages';
import { CloudTenancyStatus as S, ExtensionDecision, ReviewDecision } from './cloud.enums';
import type { PanelFacts } from '../experts/expert-panel';
import { expertsNamed, opinionOpen } from './expert-review';

/** The working-day deadlines a step would set, or the year missing from the calendar. */
export interface DeadlineOutlook {
  /** Year without calendar data that the deadline set by the step would need; null when it can be computed. */
  provisioning: number | null;
  deployment: number | null;
  exitTransition: number | null;
}

/**
 * What the gates of a tenancy read. The workflow gathers them (and the mutation's input, when there
 * is one); `availableActions` gathers them without input, and gates on input then pass.
 */
export interface TenancyFacts {
  status: S | None;
  today: string;
  calendarGaps: DeadlineOutlook;
  responsibilityLetterSigned: boolean;
  confirmationFormSigned: boolean;
  /** The deployment due date in force: 30 working days after provisioning, moved by any extension granted (CM-13). */
  deploymentDueOn?: string;
  /** A request for more working days to deploy awaits BDC's decision (CM-13). */
  deploymentExtensionPending: boolean;
  /** The first day the old system of a migration may be retired: the minimum retention after cut-over (CM-13). */
  oldSystemRetentionEnds?: string;
  oldSystemRetired: boolean;
  exitTransitionDueOn?: string;
  dataCleared: boolean;
  resourcesReclaimed: boolean;
  /** A change request of the tenancy not yet completed or returned (CM-14). */
  openChange: boolean;
  /** Its zone has a certificate in force today (CM-22). */
  zoneCertified: boolean;
  migration: boolean;
  review?: { decision: ReviewDecision; reasons?: string; mlpsWithinZone: boolean };
  /** The expert panel BDC named (CM-11) and the opinions recorded on it. */
  expertPanel: PanelFacts;
  expertReview?: { quotaLines: number };
  deployment?: { cutoverOn: string; testedOn: string; preassessmentRef: string; retainedUntil?: string; minimumRetention: string; provisionedOn?: string };
  exit?: { reason: string };
  extensionRequest?: { reasons: string };
  /** BDC's decision; `calendarGap` is the year missing to count the new due date, when granted. */
  extensionDecision?: { decision: ExtensionDecision; calendarGap: number | null };
}

type G = Gate<TenancyFacts>;

/** The deadline the step sets can be counted: the calendar covers the year it falls in. */
const calendarCovers = (which: keyof DeadlineOutlook, rule: string): G => gate('cloudCalendarCovers', rule, (f) => f.calendarGaps[which] === null);

const sameState = (f: TenancyFacts) => f.status as S;

// CM-11, CM-21
const reasonsWhenReturned: G = gate('tenancyReturnReasons', 'CM-11',
  (f) => !f.review || f.review.decision !== ReviewDecision.RETURN || Boolean(f.review.reasons?.trim()), { code: UserErrorCode.INVALID_INPUT, field: 'reasons' });
const mlpsWithinZone: G = gate('mlpsWithinZone', 'CM-21', (f) => !f.review || f.review.mlpsWithinZone, { code: UserErrorCode.INVALID_INPUT, field: 'zoneId' });
const quotaGiven: G = gate('quotaGiven', 'CM-11', (f) => !f.expertReview || f.expertReview.quotaLines > 0, { code: UserErrorCode.INVALID_INPUT, field: 'quota' });

// CM-22: only certified infrastructure takes new tenancies (and expansions, tenancy.service)
export const zoneCertified: G = gate('zoneCertified', 'CM-22', (f) => f.zoneCertified, { field: 'zoneId' });

// CM-12
const responsibilityLetterSigned: G = gate('responsibilityLetterSigned', 'CM-12', (f) => f.responsibilityLetterSigned);
const confirmationFormSigned: G = gate('confirmationFormSigned', 'CM-12', (f) => f.confirmationFormSigned);

// CM-13
const deployedInTime: G = gate('deployedInTime', 'CM-13', (f) => !f.deploymentDueOn || f.today <= f.deploymentDueOn, { code: UserErrorCode.DEADLINE_PASSED });
const deploymentOverdue: G = gate('deploymentOverdue', 'CM-13', (f) => Boolean(f.deploymentDueOn) && f.today > f.deploymentDueOn!);
const deploymentRecorded: G = gate(
  'deploymentRecorded',
  'CM-13',
  (f) =>
    !f.deployment ||
    (Boolean(f.deployment.preassessmentRef.trim()) &&
      f.deployment.testedOn <= f.deployment.cutoverOn &&
      f.deployment.cutoverOn <= f.today &&
      (!f.deployment.provisionedOn || f.deployment.cutoverOn >= f.deployment.provisionedOn)),
  { code: UserErrorCode.INVALID_INPUT },
);
const oldSystemRetained: G = gate(
  'oldSystemRetained',
  'CM-13',
  (f) => !f.deployment || !f.migration || (Boolean(f.deployment.retainedUntil) && f.deployment.retainedUntil! >= f.deployment.minimumRetention),
  { code: UserErrorCode.INVALID_INPUT, field: 'oldSystemRetainedUntil' },
);

// CM-13 原则上: more working days on the user's reasoned request, asked before the due date, granted by BDC
const extensionAskedInTime: G = gate('deploymentExtensionAskedInTime', 'CM-13', (f) => Boolean(f.deploymentDueOn) && f.today <= f.deploymentDueOn!, {
  code: UserErrorCode.DEADLINE_PASSED,
});
const extensionReasonsGiven: G = gate('deploymentExtensionReasons', 'CM-13', (f) => !f.extensionRequest || Boolean(f.extensionRequest.reasons.trim()), {
  code: UserErrorCode.INVALID_INPUT,
  field: 'reasons',
});
const noExtensionPending: G = gate('noDeploymentExtensionPending', 'CM-13', (f) => !f.deploymentExtensionPending);
const extensionPending: G = gate('deploymentExtensionPending', 'CM-13', (f) => f.deploymentExtensionPending);
const extensionCalendarCovers: G = gate(
  'cloudCalendarCovers',
  'CM-13',
  (f) => !f.extensionDecision || f.extensionDecision.decision !== ExtensionDecision.GRANT || f.extensionDecision.calendarGap === null,
);

// CM-13: the old system of a migration is kept at least 3 months after cut-over; its retirement is recorded
const oldSystemToRetire: G = gate('oldSystemToRetire', 'CM-13', (f) => f.migration && Boolean(f.oldSystemRetentionEnds) && !f.oldSystemRetired);
const oldSystemRetentionOver: G = gate('oldSystemRetentionOver', 'CM-13', (f) => !f.oldSystemRetentionEnds || f.today >= f.oldSystemRetentionEnds);

// CM-14, CM-15
const noOpenChange: G = gate('noOpenChange', 'CM-14', (f) => !f.openChange);
const exitReasonGiven: G = gate('exitReasonGiven', 'CM-15', (f) => !f.exit || Boolean(f.exit.reason.trim()), { code: UserErrorCode.INVALID_INPUT, field: 'reason' });
const transitionOver: G = gate('transitionOver', 'CM-15', (f) => Boolean(f.exitTransitionDueOn) && f.today > f.exitTransitionDueOn!);
const notYetCleared: G = gate('notYetCleared', 'CM-15', (f) => !f.dataCleared);
const notYetReclaimed: G = gate('notYetReclaimed', 'CM-15', (f) => !f.resourcesReclaimed);
const dataCleared: G = gate('dataCleared', 'CM-15', (f) => f.dataCleared);
const resourcesReclaimed: G = gate('resourcesReclaimed', 'CM-15', (f) => f.resourcesReclaimed);

const LIVE = [S.PROVISIONING, S.PROVISIONED, S.IN_SERVICE, S.EXIT_REQUESTED, S.EXITING] as const;
const ACTIVE = [S.PROVISIONED, S.IN_SERVICE] as const;

/**
 * CM-9: apply → review → expert review → documents → provisioning → deployment → (changes) → exit.
 * Events are the policy actions; `exitLate` is taken by the scheduled job only (CM-13). Each event's
 * rule is the article that says who takes the step: the provider confirms provisioning (CM-8), the
 * user records its deployment (CM-7); the deadlines and documents they depend on cite their own.
 * `requestChange`, `adjust` and `reportIncident` leave the tenancy as it is and create a change
 * request or an incident. CM-13 says 30 working days "in principle": the user may ask for more,
 * with reasons, before the due date (`requestDeploymentExtension`); BDC grants some working days or
 * refuses (`decideDeploymentExtension`); only a grant moves the due date, and a late deployment is
 * not exited while its timely request awaits BDC. A migration's old system is retired by a
 * recorded step (`retireOldSystem`) no earlier than the minimum retention after cut-over.
 */
export const tenancyMachine = new Machine<S | None, TenancyFacts>('CloudTenancy', [
  { event: 'apply', from: [NONE], to: S.APPLIED, rule: 'CM-10', gates: [zoneCertified] },
  { event: 'resubmit', from: [S.RETURNED], to: S.APPLIED, rule: 'CM-10', gates: [zoneCertified] },
  {
    event: 'review',
    from: [S.APPLIED],
    to: (f) => (f.review?.decision === ReviewDecision.RETURN ? S.RETURNED : S.APPROVED),
    rule: 'CM-11',
    gates: [reasonsWhenReturned, mlpsWithinZone],
  },
  { event: 'nameExpertPanel', from: [S.APPROVED], to: sameState, rule: 'CM-11' },
  { event: 'recordExpertOpinion', from: [S.APPROVED], to: sameState, rule: 'CM-11', gates: [opinionOpen] },
  { event: 'recordExpertReview', from: [S.APPROVED], to: S.QUOTA_FIXED, rule: 'CM-11', gates: [expertsNamed, quotaGiven] },
  { event: 'signDocuments', from: [S.QUOTA_FIXED], to: sameState, rule: 'CM-12' },
  {
    event: 'notifyProvider',
    from: [S.QUOTA_FIXED],
    to: S.PROVISIONING,
    rule: 'CM-12',
    gates: [responsibilityLetterSigned, confirmationFormSigned, calendarCovers('provisioning', 'CM-12')],
  },
  { event: 'confirmProvisioning', from: [S.PROVISIONING], to: S.PROVISIONED, rule: 'CM-8', gates: [calendarCovers('deployment', 'CM-13')] },
  { event: 'recordDeployment', from: [S.PROVISIONED], to: S.IN_SERVICE, rule: 'CM-7', gates: [deployedInTime, deploymentRecorded, oldSystemRetained] },
  {
    event: 'requestDeploymentExtension',
    from: [S.PROVISIONED],
    to: sameState,
    rule: 'CM-13',
    gates: [extensionAskedInTime, extensionReasonsGiven, noExtensionPending],
  },
  { event: 'decideDeploymentExtension', from: [S.PROVISIONED], to: sameState, rule: 'CM-13', gates: [extensionPending, extensionCalendarCovers] },
  {
    event: 'exitLate',
    from: [S.PROVISIONED],
    to: S.EXITING,
    rule: 'CM-13',
    gates: [deploymentOverdue, noExtensionPending, calendarCovers('exitTransition', 'CM-15')],
  },
  { event: 'retireOldSystem', from: [S.IN_SERVICE, S.EXIT_REQUESTED, S.EXITING, S.DECOMMISSIONED], to: sameState, rule: 'CM-13', gates: [oldSystemToRetire, oldSystemRetentionOver] },
  { event: 'requestChange', from: [...ACTIVE], to: sameState, rule: 'CM-14', gates: [noOpenChange] },
  { event: 'adjust', from: [...ACTIVE], to: sameState, rule: 'CM-14', gates: [noOpenChange] },
  { event: 'applyExit', from: [...ACTIVE], to: S.EXIT_REQUESTED, rule: 'CM-15', gates: [noOpenChange, exitReasonGiven] },
  { event: 'approveExit', from: [S.EXIT_REQUESTED], to: S.EXITING, rule: 'CM-15', gates: [calendarCovers('exitTransition', 'CM-15')] },
  { event: 'confirmDataCleared', from: [S.EXITING], to: sameState, rule: 'CM-15', gates: [transitionOver, notYetCleared] },
  { event: 'confirmReclaimed', from: [S.EXITING], to: sameState, rule: 'CM-15', gates: [transitionOver, notYetReclaimed] },
  { event: 'decommission', from: [S.EXITING], to: S.DECOMMISSIONED, rule: 'CM-15', gates: [dataCleared, resourcesReclaimed] },
  { event: 'reportIncident', from: [...LIVE], to: sameState, rule: 'CM-19' },
]);
