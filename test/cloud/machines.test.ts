import { changeRequestMachine, type ChangeFacts } from '../../src/modules/cloud/change-request.machine';
import { CloudChangeKind, CloudChangeStatus, CloudTenancyStatus as S, ExtensionDecision, ReviewDecision } from '../../src/modules/cloud/cloud.enums';
import { tenancyMachine, type TenancyFacts } from '../../src/modules/cloud/tenancy.machine';

const base: TenancyFacts = {
  status: S.APPLIED,
  today: '2026-03-02',
  calendarGaps: { provisioning: null, deployment: null, exitTransition: null },
  responsibilityLetterSigned: true,
  confirmationFormSigned: true,
  dataCleared: false,
  resourcesReclaimed: false,
  openChange: false,
  zoneCertified: true,
  migration: false,
  deploymentExtensionPending: false,
  oldSystemRetired: false,
  expertPanel: { members: 0, recorded: 0, mineRecorded: false },
};

const panel = (members: number, recorded: number, mineRecorded = false) => ({ expertPanel: { members, recorded, mineRecorded } });

type Row = [string, S, string, Partial<TenancyFacts>, S | string[]];

/** (state, event, facts) → next state, or the rule IDs of every unmet prerequisite. */
const rows: Row[] = [
  ['CM-11 approve', S.APPLIED, 'review', { review: { decision: ReviewDecision.APPROVE, mlpsWithinZone: true } }, S.APPROVED],
  ['CM-11 return', S.APPLIED, 'review', { review: { decision: ReviewDecision.RETURN, reasons: '不足', mlpsWithinZone: true } }, S.RETURNED],
  ['CM-11 return without reasons, CM-21 zone too low', S.APPLIED, 'review', { review: { decision: ReviewDecision.RETURN, mlpsWithinZone: false } }, ['CM-11', 'CM-21']],
  ['CM-11 no review twice', S.APPROVED, 'review', {}, ['CM-11']],
  ['CM-10 resubmit', S.RETURNED, 'resubmit', {}, S.APPLIED],
  ['CM-22 an application to a zone with a certificate in force', 'NONE' as S, 'apply', {}, S.APPLIED],
  ['CM-22 no application to a zone without one', 'NONE' as S, 'apply', { zoneCertified: false }, ['CM-22']],
  ['CM-22 no resubmission to a zone without one', S.RETURNED, 'resubmit', { zoneCertified: false }, ['CM-22']],
  ['CM-11 quota once every expert of the panel gave its opinion', S.APPROVED, 'recordExpertReview', { ...panel(2, 2), expertReview: { quotaLines: 2 } }, S.QUOTA_FIXED],
  ['CM-11 not with an opinion missing', S.APPROVED, 'recordExpertReview', { ...panel(2, 1), expertReview: { quotaLines: 2 } }, ['CM-11']],
  ['CM-11 not without a panel', S.APPROVED, 'recordExpertReview', { expertReview: { quotaLines: 2 } }, ['CM-11']],
  ['CM-11 BDC names the panel', S.APPROVED, 'nameExpertPanel', {}, S.APPROVED],
  ['CM-11 no panel before approval', S.APPLIED, 'nameExpertPanel', {}, ['CM-11']],
  ['CM-11 an expert gives its opinion', S.APPROVED, 'recordExpertOpinion', panel(2, 1), S.APPROVED],
  ['CM-11 once', S.APPROVED, 'recordExpertOpinion', panel(2, 1, true), ['CM-11']],
  ['CM-11 quota needs the review first', S.APPLIED, 'recordExpertReview', {}, ['CM-11']],
  ['CM-12 both documents', S.QUOTA_FIXED, 'notifyProvider', { responsibilityLetterSigned: false, confirmationFormSigned: false }, ['CM-12', 'CM-12']],
  ['CM-12 notify', S.QUOTA_FIXED, 'notifyProvider', {}, S.PROVISIONING],
  ['CM-12 a deadline into an uncovered year', S.QUOTA_FIXED, 'notifyProvider', { calendarGaps: { provisioning: 2027, deployment: 2027, exitTransition: 2027 } }, ['CM-12']],
  ['CM-12 provision', S.PROVISIONING, 'confirmProvisioning', {}, S.PROVISIONED],
  ['CM-13 deploy on the due date', S.PROVISIONED, 'recordDeployment', { deploymentDueOn: '2026-03-02' }, S.IN_SERVICE],
  ['CM-13 deploy late', S.PROVISIONED, 'recordDeployment', { deploymentDueOn: '2026-03-01' }, ['CM-13']],
  ['CM-13 exit late', S.PROVISIONED, 'exitLate', { deploymentDueOn: '2026-03-01' }, S.EXITING],
  ['CM-13 not before the due date has passed', S.PROVISIONED, 'exitLate', { deploymentDueOn: '2026-03-02' }, ['CM-13']],
  ['CM-13 not once deployed', S.IN_SERVICE, 'exitLate', { deploymentDueOn: '2026-03-01' }, ['CM-13']],
  ['CM-13 ask for more time on the due date', S.PROVISIONED, 'requestDeploymentExtension', { deploymentDueOn: '2026-03-02', extensionRequest: { reasons: '等保测评排期' } }, S.PROVISIONED],
  ['CM-13 not after the due date', S.PROVISIONED, 'requestDeploymentExtension', { deploymentDueOn: '2026-03-01', extensionRequest: { reasons: '等保测评排期' } }, ['CM-13']],
  ['CM-13 reasons and one at a time', S.PROVISIONED, 'requestDeploymentExtension', { deploymentDueOn: '2026-03-02', deploymentExtensionPending: true, extensionRequest: { reasons: ' ' } }, ['CM-13', 'CM-13']],
  ['CM-13 not once deployed', S.IN_SERVICE, 'requestDeploymentExtension', { deploymentDueOn: '2026-03-02', extensionRequest: { reasons: '延期' } }, ['CM-13']],
  ['CM-13 grant a pending request', S.PROVISIONED, 'decideDeploymentExtension', { deploymentExtensionPending: true, extensionDecision: { decision: ExtensionDecision.GRANT, calendarGap: null } }, S.PROVISIONED],
  ['CM-13 refuse a pending request, even past the due date', S.PROVISIONED, 'decideDeploymentExtension', { deploymentDueOn: '2026-03-01', deploymentExtensionPending: true, extensionDecision: { decision: ExtensionDecision.REFUSE, calendarGap: null } }, S.PROVISIONED],
  ['CM-13 nothing to decide; a grant into an uncovered year', S.PROVISIONED, 'decideDeploymentExtension', { extensionDecision: { decision: ExtensionDecision.GRANT, calendarGap: 2027 } }, ['CM-13', 'CM-13']],
  ['CM-13 no late exit while a timely request awaits BDC', S.PROVISIONED, 'exitLate', { deploymentDueOn: '2026-03-01', deploymentExtensionPending: true }, ['CM-13']],
  ['CM-13 retire the old system 3 months after cut-over', S.IN_SERVICE, 'retireOldSystem', { migration: true, oldSystemRetentionEnds: '2026-03-02' }, S.IN_SERVICE],
  ['CM-13 not a day earlier', S.IN_SERVICE, 'retireOldSystem', { migration: true, oldSystemRetentionEnds: '2026-03-03' }, ['CM-13']],
  ['CM-13 only a migration’s, only once', S.IN_SERVICE, 'retireOldSystem', { migration: true, oldSystemRetentionEnds: '2026-03-01', oldSystemRetired: true }, ['CM-13']],
  ['CM-13 no old system without migration', S.IN_SERVICE, 'retireOldSystem', {}, ['CM-13']],
  ['CM-14 change', S.IN_SERVICE, 'requestChange', {}, S.IN_SERVICE],
  ['CM-14 one at a time', S.IN_SERVICE, 'requestChange', { openChange: true }, ['CM-14']],
  ['CM-14 no change before provisioning', S.QUOTA_FIXED, 'requestChange', {}, ['CM-14']],
  ['CM-15 apply exit', S.IN_SERVICE, 'applyExit', { exit: { reason: '停用' } }, S.EXIT_REQUESTED],
  ['CM-15 approve exit', S.EXIT_REQUESTED, 'approveExit', {}, S.EXITING],
  ['CM-15 clearing after the transition only', S.EXITING, 'confirmDataCleared', { exitTransitionDueOn: '2026-03-02' }, ['CM-15']],
  ['CM-15 clearing', S.EXITING, 'confirmDataCleared', { exitTransitionDueOn: '2026-03-01' }, S.EXITING],
  ['CM-15 decommission needs both', S.EXITING, 'decommission', {}, ['CM-15', 'CM-15']],
  ['CM-15 decommission', S.EXITING, 'decommission', { dataCleared: true, resourcesReclaimed: true }, S.DECOMMISSIONED],
  ['CM-19 incident', S.IN_SERVICE, 'reportIncident', {}, S.IN_SERVICE],
  ['CM-19 no incident on an application', S.APPLIED, 'reportIncident', {}, ['CM-19']],
];

describe('the tenancy machine (CM-9): every step and its prerequisites', () => {
  it.each(rows)('%s', (_name, state, event, facts, expected) => {
    const out = tenancyMachine.decide(state, event, { ...base, status: state, ...facts });
    if (Array.isArray(expected)) expect(out.ok ? out.to : out.problems.map((p) => p.rule)).toEqual(expected);
    else expect(out.ok ? out.to : out.problems).toBe(expected);
  });
});

const change = (facts: Partial<ChangeFacts>): ChangeFacts => ({
  status: CloudChangeStatus.SUBMITTED,
  kind: CloudChangeKind.EXPANSION,
  tenancyActive: true,
  provisioningCalendarGap: null,
  expertPanel: { members: 1, recorded: 1, mineRecorded: false },
  ...facts,
});

describe('the change machine (CM-14): an expansion goes the whole way, a reduction stops at BDC’s approval', () => {
  it('CM-14: approves an expansion to the expert review, a reduction to completion', () => {
    expect(changeRequestMachine.decide(CloudChangeStatus.SUBMITTED, 'review', change({ review: { decision: ReviewDecision.APPROVE } }))).toEqual({ ok: true, to: 'APPROVED' });
    expect(changeRequestMachine.decide(CloudChangeStatus.SUBMITTED, 'review', change({ kind: CloudChangeKind.REDUCTION, review: { decision: ReviewDecision.APPROVE } }))).toEqual({ ok: true, to: 'COMPLETED' });
  });

  it('CM-11, CM-12, CM-14: the expansion’s expert review, provisioning notice and confirmation', () => {
    expect(changeRequestMachine.decide(CloudChangeStatus.APPROVED, 'recordExpertReview', change({ expertReview: { withinKind: false } })).ok).toBe(false);
    expect(changeRequestMachine.decide(CloudChangeStatus.APPROVED, 'recordExpertReview', change({ expertReview: { withinKind: true } }))).toEqual({ ok: true, to: 'QUOTA_FIXED' });
    expect(changeRequestMachine.decide(CloudChangeStatus.QUOTA_FIXED, 'notifyProvider', change({ provisioningCalendarGap: 2027 })).ok).toBe(false);
    expect(changeRequestMachine.decide(CloudChangeStatus.PROVISIONING, 'confirmProvisioning', change({}))).toEqual({ ok: true, to: 'COMPLETED' });
  });

  it('CM-14: nothing moves on a tenancy that is exiting', () => {
    const out = changeRequestMachine.decide(CloudChangeStatus.SUBMITTED, 'review', change({ tenancyActive: false, review: { decision: ReviewDecision.APPROVE } }));
    expect(out.ok ? out.to : out.problems.map((p) => p.rule)).toEqual(['CM-14']);
  });
});
