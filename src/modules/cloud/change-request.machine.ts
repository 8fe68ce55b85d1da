import { UserErrorCode } from '../../graphql/errors';
import { Machine, type Gate } from '../../workflow/machine';
import { calendarGapProblem } from '../../calendar/calendar.service';
import { CloudChangeKind, CloudChangeStatus as S, ReviewDecision } from './cloud.enums';

export interface ChangeFacts {
  status: S;
  kind: CloudChangeKind;
  /** The tenancy is provisioned or in service (not exiting). */
  tenancyActive: boolean;
  /** Year missing from the calendar for the 3-working-day provisioning deadline, or null. */
  provisioningCalendarGap: number | null;
  review?: { decision: ReviewDecision; reasons?: string };
  expertReview?: { experts: string[]; conclusion: string; withinKind: boolean };
}

const gate = (name: string, rule: string, zh: string, en: string, check: (f: ChangeFacts) => boolean, extra: Partial<Gate<ChangeFacts>> = {}): Gate<ChangeFacts> => ({
  name,
  rule,
  message: { zh, en },
  check,
  ...extra,
});

const tenancyActive = gate('tenancyActive', 'CM-14', '租户已不在使用中（退出中或已下线），不能变更', 'The tenancy is no longer in use (exiting or decommissioned)', (f) => f.tenancyActive);
const reasonsWhenReturned = gate('reasonsWhenReturned', 'CM-14', '退回变更申请须说明理由', 'A return must give reasons',
  (f) => !f.review || f.review.decision !== ReviewDecision.RETURN || Boolean(f.review.reasons?.trim()), { code: UserErrorCode.INVALID_INPUT, field: 'reasons' });
const expertsNamed = gate('expertsNamed', 'CM-11', '须记录参加评审的专家及评审结论', 'Name the experts and give their conclusion',
  (f) => !f.expertReview || (f.expertReview.experts.length > 0 && Boolean(f.expertReview.conclusion.trim())), { code: UserErrorCode.INVALID_INPUT, field: 'experts' });
const stillExpansion = gate('stillExpansion', 'CM-14', '扩容评审确定的数量不能低于原有数量，且须至少增加一项', 'An expansion’s amounts cannot fall below the current ones and must raise at least one',
  (f) => !f.expertReview || f.expertReview.withinKind, { code: UserErrorCode.INVALID_INPUT, field: 'lines' });
const calendarCovers: Gate<ChangeFacts> = {
  name: 'calendarCovers',
  rule: 'CM-12',
  message: { zh: '', en: '' },
  // The message names the missing year; it is set by the (synchronous) check that fails.
  check(f) {
    if (f.provisioningCalendarGap !== null) calendarCovers.message = calendarGapProblem(f.provisioningCalendarGap, 'CM-12').message;
    return f.provisioningCalendarGap === null;
  },
};

/**
 * CM-14: an expansion follows the whole process again (review CM-11, expert review CM-11,
 * provisioning CM-12); a reduction is complete once BDC approves it (the provider is notified).
 * A BDC adjustment is created complete and has no steps.
 */
export const changeRequestMachine = new Machine<S, ChangeFacts>('CloudChangeRequest', [
  {
    event: 'review',
    from: [S.SUBMITTED],
    to: (f) => (f.review?.decision === ReviewDecision.RETURN ? S.RETURNED : f.kind === CloudChangeKind.EXPANSION ? S.APPROVED : S.COMPLETED),
    rule: 'CM-14',
    gates: [tenancyActive, reasonsWhenReturned],
  },
  { event: 'recordExpertReview', from: [S.APPROVED], to: S.QUOTA_FIXED, rule: 'CM-11', gates: [tenancyActive, expertsNamed, stillExpansion] },
  { event: 'notifyProvider', from: [S.QUOTA_FIXED], to: S.PROVISIONING, rule: 'CM-12', gates: [tenancyActive, calendarCovers] },
  { event: 'confirmProvisioning', from: [S.PROVISIONING], to: S.COMPLETED, rule: 'CM-12', gates: [tenancyActive] },
]);
