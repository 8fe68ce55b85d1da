import { UserErrorCode } from '../../graphql/errors';
import { Machine, type Gate } from '../../workflow/machine';
import { calendarGapProblem } from '../../calendar/calendar.service';
import { CloudTenancyStatus as S, ReviewDecision } from './cloud.enums';

/** The working-day deadlines a step would set, or the year missing from the calendar. */
export interface DeadlineOutlook {
  /** Year without calendar data that the deadline set by the step would need; null when it can be computed. */
  provisioning: number | null;
  deployment: number | null;
  exitTransition: number | null;
}

/**
 * What the gates of a tenancy read. The service gathers them (and the mutation's input, when there
 * is one); `availableActions` gathers them without input, and gates on input then pass.
 */
export interface TenancyFacts {
  status: S;
  today: string;
  calendarGaps: DeadlineOutlook;
  responsibilityLetterSigned: boolean;
  confirmationFormSigned: boolean;
  deploymentDueOn?: string;
  exitTransitionDueOn?: string;
  dataCleared: boolean;
  resourcesReclaimed: boolean;
  /** A change request of the tenancy not yet completed or returned (CM-14). */
  openChange: boolean;
  migration: boolean;
  review?: { decision: ReviewDecision; reasons?: string; mlpsWithinZone: boolean };
  expertReview?: { experts: string[]; conclusion: string; quotaLines: number };
  signing?: { documents: number };
  deployment?: { cutoverOn: string; testedOn: string; preassessmentRef: string; retainedUntil?: string; minimumRetention: string; provisionedOn?: string };
  exit?: { reason: string };
}

const gate = (name: string, rule: string, zh: string, en: string, check: (f: TenancyFacts) => boolean, extra: Partial<Gate<TenancyFacts>> = {}): Gate<TenancyFacts> => ({
  name,
  rule,
  message: { zh, en },
  check,
  ...extra,
});

const calendarCovers = (which: keyof DeadlineOutlook, rule: string): Gate<TenancyFacts> => {
  // The message names the missing year; it is set by the (synchronous) check that fails, which
  // `Machine.blockers` reads right after checking.
  const g: Gate<TenancyFacts> = {
    name: `calendarCovers_${which}`,
    rule,
    message: { zh: '', en: '' },
    check: (f) => {
      const year = f.calendarGaps[which];
      if (year !== null) g.message = calendarGapProblem(year, rule).message;
      return year === null;
    },
  };
  return g;
};

const sameState = (f: TenancyFacts) => f.status;

// CM-11
const reasonsWhenReturned = gate('reasonsWhenReturned', 'CM-11', '退回申请须说明理由', 'A return must give reasons',
  (f) => !f.review || f.review.decision !== ReviewDecision.RETURN || Boolean(f.review.reasons?.trim()), { code: UserErrorCode.INVALID_INPUT, field: 'reasons' });
const mlpsWithinZone = gate('mlpsWithinZone', 'CM-21', '系统的等级保护级别高于所选云区域的测评级别', 'The system’s MLPS level is above the level the zone is certified for',
  (f) => !f.review || f.review.mlpsWithinZone, { code: UserErrorCode.INVALID_INPUT, field: 'zoneId' });
const expertsNamed = gate('expertsNamed', 'CM-11', '须记录参加评审的专家及评审结论', 'Name the experts and give their conclusion',
  (f) => !f.expertReview || (f.expertReview.experts.length > 0 && Boolean(f.expertReview.conclusion.trim())), { code: UserErrorCode.INVALID_INPUT, field: 'experts' });
const quotaGiven = gate('quotaGiven', 'CM-11', '专家评审须确定至少一项云资源使用量', 'The expert review must fix at least one resource amount',
  (f) => !f.expertReview || f.expertReview.quotaLines > 0, { code: UserErrorCode.INVALID_INPUT, field: 'quota' });

// CM-12
const somethingSigned = gate('somethingSigned', 'CM-12', '请提供已签署文件的编号和签署日期', 'Give the reference and date of a signed document',
  (f) => !f.signing || f.signing.documents > 0, { code: UserErrorCode.INVALID_INPUT });
const responsibilityLetterSigned = gate('responsibilityLetterSigned', 'CM-12', '云使用部门尚未签订《政务云使用责任书》', 'The user has not signed the cloud-use responsibility letter',
  (f) => f.responsibilityLetterSigned);
const confirmationFormSigned = gate('confirmationFormSigned', 'CM-12', '云使用部门尚未填写《吉安市政务云资源开通情况确认表》', 'The user has not filled in the provisioning confirmation form',
  (f) => f.confirmationFormSigned);

// CM-13
const deployedInTime = gate('deployedInTime', 'CM-13', '已超过 30 个工作日的部署期限，系统将予以退出处理', 'The 30-working-day deployment deadline has passed; the tenancy is to be exited',
  (f) => !f.deploymentDueOn || f.today <= f.deploymentDueOn, { code: UserErrorCode.DEADLINE_PASSED });
const deploymentOverdue = gate('deploymentOverdue', 'CM-13', '部署期限尚未届满', 'The deployment deadline has not passed',
  (f) => Boolean(f.deploymentDueOn) && f.today > f.deploymentDueOn!);
const deploymentFacts = gate('deploymentRecorded', 'CM-13', '请填写测试日期、安全风险预评估报告和割接上线日期（不晚于今天，不早于开通日期）', 'Give the test date, the security risk pre-assessment and the cut-over date (not after today, not before provisioning)',
  (f) => !f.deployment || (Boolean(f.deployment.preassessmentRef.trim()) && f.deployment.testedOn <= f.deployment.cutoverOn && f.deployment.cutoverOn <= f.today && (!f.deployment.provisionedOn || f.deployment.cutoverOn >= f.deployment.provisionedOn)),
  { code: UserErrorCode.INVALID_INPUT });
const oldSystemRetained = gate('oldSystemRetained', 'CM-13', '迁移上云的原信息系统须至少保留 3 个月作为应急回退措施', 'A migrated system’s old system must be kept at least 3 months as a fallback',
  (f) => !f.deployment || !f.migration || (Boolean(f.deployment.retainedUntil) && f.deployment.retainedUntil! >= f.deployment.minimumRetention),
  { code: UserErrorCode.INVALID_INPUT, field: 'oldSystemRetainedUntil' });

// CM-14, CM-15
const noOpenChange = gate('noOpenChange', 'CM-14', '该租户已有未办结的变更申请', 'A change of this tenancy is still open', (f) => !f.openChange);
const exitReasonGiven = gate('exitReasonGiven', 'CM-15', '请说明退出原因', 'Say why the system leaves the cloud',
  (f) => !f.exit || Boolean(f.exit.reason.trim()), { code: UserErrorCode.INVALID_INPUT, field: 'reason' });
const transitionOver = gate('transitionOver', 'CM-15', '20 个工作日的过渡期尚未届满，届满后方可清除数据、回收资源', 'Data is cleared and resources reclaimed only after the 20-working-day transition',
  (f) => Boolean(f.exitTransitionDueOn) && f.today > f.exitTransitionDueOn!);
const notYetCleared = gate('notYetCleared', 'CM-15', '云使用部门已确认数据清除', 'The user already confirmed the data cleared', (f) => !f.dataCleared);
const notYetReclaimed = gate('notYetReclaimed', 'CM-15', '云服务商已确认资源回收', 'The provider already confirmed the resources reclaimed', (f) => !f.resourcesReclaimed);
const dataCleared = gate('dataCleared', 'CM-15', '云使用部门尚未确认数据清除', 'The user has not confirmed the data cleared', (f) => f.dataCleared);
const resourcesReclaimed = gate('resourcesReclaimed', 'CM-15', '云服务商尚未确认资源回收', 'The provider has not confirmed the resources reclaimed', (f) => f.resourcesReclaimed);

const LIVE = [S.PROVISIONING, S.PROVISIONED, S.IN_SERVICE, S.EXIT_REQUESTED, S.EXITING] as const;

/**
 * CM-9: apply → review → expert review → documents → provisioning → deployment → (changes) → exit.
 * Events are the policy actions; `exitLate` is taken by the scheduled job only (CM-13).
 */
export const tenancyMachine = new Machine<S, TenancyFacts>('CloudTenancy', [
  { event: 'resubmit', from: [S.RETURNED], to: S.APPLIED, rule: 'CM-10' },
  {
    event: 'review',
    from: [S.APPLIED],
    to: (f) => (f.review?.decision === ReviewDecision.RETURN ? S.RETURNED : S.APPROVED),
    rule: 'CM-11',
    gates: [reasonsWhenReturned, mlpsWithinZone],
  },
  { event: 'recordExpertReview', from: [S.APPROVED], to: S.QUOTA_FIXED, rule: 'CM-11', gates: [expertsNamed, quotaGiven] },
  { event: 'signDocuments', from: [S.QUOTA_FIXED], to: sameState, rule: 'CM-12', gates: [somethingSigned] },
  {
    event: 'notifyProvider',
    from: [S.QUOTA_FIXED],
    to: S.PROVISIONING,
    rule: 'CM-12',
    gates: [responsibilityLetterSigned, confirmationFormSigned, calendarCovers('provisioning', 'CM-12')],
  },
  { event: 'confirmProvisioning', from: [S.PROVISIONING], to: S.PROVISIONED, rule: 'CM-12', gates: [calendarCovers('deployment', 'CM-13')] },
  { event: 'recordDeployment', from: [S.PROVISIONED], to: S.IN_SERVICE, rule: 'CM-13', gates: [deployedInTime, deploymentFacts, oldSystemRetained] },
  { event: 'exitLate', from: [S.PROVISIONED], to: S.EXITING, rule: 'CM-13', gates: [deploymentOverdue, calendarCovers('exitTransition', 'CM-15')] },
  { event: 'requestChange', from: [S.PROVISIONED, S.IN_SERVICE], to: sameState, rule: 'CM-14', gates: [noOpenChange] },
  { event: 'adjust', from: [S.PROVISIONED, S.IN_SERVICE], to: sameState, rule: 'CM-14', gates: [noOpenChange] },
  { event: 'applyExit', from: [S.PROVISIONED, S.IN_SERVICE], to: S.EXIT_REQUESTED, rule: 'CM-15', gates: [noOpenChange, exitReasonGiven] },
  { event: 'approveExit', from: [S.EXIT_REQUESTED], to: S.EXITING, rule: 'CM-15', gates: [calendarCovers('exitTransition', 'CM-15')] },
  { event: 'confirmDataCleared', from: [S.EXITING], to: sameState, rule: 'CM-15', gates: [transitionOver, notYetCleared] },
  { event: 'confirmReclaimed', from: [S.EXITING], to: sameState, rule: 'CM-15', gates: [transitionOver, notYetReclaimed] },
  { event: 'decommission', from: [S.EXITING], to: S.DECOMMISSIONED, rule: 'CM-15', gates: [dataCleared, resourcesReclaimed] },
  { event: 'reportIncident', from: [...LIVE], to: sameState, rule: 'CM-19' },
]);

/** Events of the machine that people take (the scheduled job alone takes `exitLate`). */
export const JOB_ONLY_EVENTS = new Set(['exitLate']);
