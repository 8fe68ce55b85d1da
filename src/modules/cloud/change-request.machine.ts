import { UserErrorCode } from '../../graphql/errors';
import { gate, Machine, type Gate } from '../../workflow/machine';
import './cloud.messages';
import { CloudChangeKind, CloudChangeStatus as S, ReviewDecision } from './cloud.enums';
import type { PanelFacts } from '../experts/expert-panel';
import { expertsNamed, opinionOpen } from './expert-review';

export interface ChangeFacts {
  status: S;
  kind: CloudChangeKind;
  /** The tenancy is provisioned or in service (not exiting). */
  tenancyActive: boolean;
  /** Year missing from the calendar for the 3-working-day provisioning deadline, or null. */
  provisioningCalendarGap: number | null;
  review?: { decision: ReviewDecision; reasons?: string };
  /** The expert panel BDC named for an expansion (CM-11) and the opinions recorded on it. */
  expertPanel: PanelFacts;
  expertReview?: { withinKind: boolean };
}

type G = Gate<ChangeFacts>;

const tenancyActive: G = gate('tenancyActive', 'CM-14', (f) => f.tenancyActive);
const reasonsWhenReturned: G = gate('changeReturnReasons', 'CM-14',
  (f) => !f.review || f.review.decision !== ReviewDecision.RETURN || Boolean(f.review.reasons?.trim()), { code: UserErrorCode.INVALID_INPUT, field: 'reasons' });
const stillExpansion: G = gate('stillExpansion', 'CM-14', (f) => !f.expertReview || f.expertReview.withinKind, { code: UserErrorCode.INVALID_INPUT, field: 'quota' });
const calendarCovers: G = gate('cloudCalendarCovers', 'CM-12', (f) => f.provisioningCalendarGap === null);

/** The states in which a change still holds its tenancy (CM-14: one change at a time). */
export const OPEN_CHANGE_STATUSES = [S.SUBMITTED, S.APPROVED, S.QUOTA_FIXED, S.PROVISIONING];

/**
 * The state a change is filed in (by the tenancy's `requestChange` or `adjust`): a user's request
 * awaits BDC's review; BDC's own adjustment is complete when it is made and has no steps.
 */
export function initialChangeState(kind: CloudChangeKind): S {
  return kind === CloudChangeKind.ADJUSTMENT ? S.COMPLETED : S.SUBMITTED;
}

/**
 * CM-14: an expansion follows the whole process again (review CM-11, expert review CM-11,
 * provisioning CM-12); a reduction is complete once BDC approves it (the provider is notified).
 * `cancel` is the system's: the late-deployment job closes the open changes of a tenancy it exits (CM-13).
 */
export const changeRequestMachine = new Machine<S, ChangeFacts>('CloudChangeRequest', [
  {
    event: 'review',
    from: [S.SUBMITTED],
    to: (f) => (f.review?.decision === ReviewDecision.RETURN ? S.RETURNED : f.kind === CloudChangeKind.EXPANSION ? S.APPROVED : S.COMPLETED),
    rule: 'CM-14',
    gates: [tenancyActive, reasonsWhenReturned],
  },
  { event: 'nameExpertPanel', from: [S.APPROVED], to: S.APPROVED, rule: 'CM-11', gates: [tenancyActive] },
  { event: 'recordExpertOpinion', from: [S.APPROVED], to: S.APPROVED, rule: 'CM-11', gates: [tenancyActive, opinionOpen] },
  { event: 'recordExpertReview', from: [S.APPROVED], to: S.QUOTA_FIXED, rule: 'CM-11', gates: [tenancyActive, expertsNamed, stillExpansion] },
  { event: 'notifyProvider', from: [S.QUOTA_FIXED], to: S.PROVISIONING, rule: 'CM-12', gates: [tenancyActive, calendarCovers] },
  { event: 'confirmProvisioning', from: [S.PROVISIONING], to: S.COMPLETED, rule: 'CM-8', gates: [tenancyActive] },
  { event: 'cancel', from: OPEN_CHANGE_STATUSES, to: S.CANCELLED, rule: 'CM-13' },
]);
