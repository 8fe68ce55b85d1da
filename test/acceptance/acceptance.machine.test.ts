import { DocumentKind } from '../../src/modules/documents/document.enums';
import { addYears, daysBetween } from '../../src/calendar/dates';
import { ACCEPTANCE_REPORTS, AcceptanceResult, AcceptanceStatus as S, ExtensionStatus as E, SharingReviewStatus as R } from '../../src/modules/acceptance/acceptance.enums';
import { acceptanceMachine, extensionMachine, sharingReviewMachine, type AcceptanceFacts } from '../../src/modules/acceptance/acceptance.machine';
import { ProjectStatus } from '../../src/modules/projects/project.enums';

const ready: AcceptanceFacts = {
  projectStatus: ProjectStatus.UNDER_CONSTRUCTION,
  sharingConfirmed: true,
  reports: new Set(ACCEPTANCE_REPORTS),
  mlpsTestRecorded: true,
  dueOn: '2026-12-31',
  today: '2026-12-31',
  activeAcceptance: false,
  delegated: false,
  competentDepartmentId: 'wjw',
  result: null,
  securityReviewed: true,
};

const rules = (problems: { code: string; rule?: string }[]) => problems.map((p) => `${p.code} ${p.rule}`);

describe('acceptance machine (pure): state × event × facts → next state or every unmet gate', () => {
  it.each([
    ['NONE', 'apply', {}, 'APPLIED'],
    [S.FAILED, 'apply', {}, 'APPLIED'],
    [S.APPLIED, 'organize', {}, 'UNDER_ACCEPTANCE'],
    [S.APPLIED, 'delegate', {}, 'DELEGATED'],
    [S.UNDER_ACCEPTANCE, 'recordResult', { result: AcceptanceResult.PASSED }, 'PASSED'],
    [S.UNDER_ACCEPTANCE, 'recordResult', { result: AcceptanceResult.FAILED }, 'FAILED'],
    [S.DELEGATED, 'recordResult', { delegated: true, result: AcceptanceResult.PASSED }, 'AWAITING_REPORT'],
    [S.AWAITING_REPORT, 'reportToDrc', { delegated: true, result: AcceptanceResult.PASSED }, 'PASSED'],
    [S.AWAITING_REPORT, 'reportToDrc', { delegated: true, result: AcceptanceResult.FAILED }, 'FAILED'],
  ] as [S | 'NONE', string, Partial<AcceptanceFacts>, string][])('%s --%s--> (%o) %s (PM-16.1, PM-16.3)', (state, event, facts, to) => {
    expect(acceptanceMachine.decide(state, event, { ...ready, ...facts })).toEqual({ ok: true, to });
  });

  it('PM-15, PM-16.1, PM-16.2: apply lists every unmet prerequisite at once', () => {
    const outcome = acceptanceMachine.decide('NONE', 'apply', {
      ...ready,
      sharingConfirmed: false,
      reports: new Set([DocumentKind.CONSTRUCTION_SUMMARY, DocumentKind.OTHER]),
      mlpsTestRecorded: false,
      today: '2027-01-01',
    });
    expect(outcome.ok).toBe(false);
    expect(rules((outcome as { problems: { code: string; rule?: string }[] }).problems)).toEqual([
      'PRECONDITION_FAILED PM-15',
      ...Array(6).fill('PRECONDITION_FAILED PM-16.1'),
      'DEADLINE_PASSED PM-16.2',
    ]);
  });

  it('PM-12: the result (its cryptography and security review finding) is recorded only with NSC\'s security review on file', () => {
    expect(acceptanceMachine.decide(S.UNDER_ACCEPTANCE, 'recordResult', { ...ready, result: AcceptanceResult.PASSED })).toEqual({ ok: true, to: 'PASSED' });
    expect(acceptanceMachine.blockers(S.UNDER_ACCEPTANCE, 'recordResult', { ...ready, securityReviewed: false, result: AcceptanceResult.PASSED })).toEqual([
      expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-12', gate: 'securityReviewOnFile', field: 'cryptography' }),
    ]);
    expect(acceptanceMachine.blockers(S.DELEGATED, 'recordResult', { ...ready, delegated: true, securityReviewed: false })).toEqual([
      expect.objectContaining({ rule: 'PM-12', gate: 'securityReviewOnFile' }),
    ]);
  });

  it('PM-16.2: the due date itself is still in time; no due date, no deadline', () => {
    expect(acceptanceMachine.blockers('NONE', 'apply', { ...ready, today: ready.dueOn! })).toEqual([]);
    expect(acceptanceMachine.blockers('NONE', 'apply', { ...ready, dueOn: null, today: '2099-01-01' })).toEqual([]);
  });

  it('PM-16.1: no second application while one is open or passed, none before construction, none from a wrong state', () => {
    expect(rules(acceptanceMachine.blockers(S.FAILED, 'apply', { ...ready, activeAcceptance: true }))).toEqual(['PRECONDITION_FAILED PM-16.1']);
    expect(rules(acceptanceMachine.blockers('NONE', 'apply', { ...ready, projectStatus: ProjectStatus.PROCURED }))).toEqual(['PRECONDITION_FAILED PM-16.1']);
    expect(rules(acceptanceMachine.blockers(S.PASSED, 'apply', { ...ready, activeAcceptance: true }))).toEqual(['PRECONDITION_FAILED PM-16.1']);
    expect(rules(acceptanceMachine.blockers(S.APPLIED, 'recordResult', ready))).toEqual(['PRECONDITION_FAILED PM-16.3']);
    expect(rules(acceptanceMachine.blockers(S.PASSED, 'reportToDrc', ready))).toEqual(['PRECONDITION_FAILED PM-16.3']);
  });

  it('PM-16.3: an acceptance is delegated only to the project\'s competent department, and only when it has one', () => {
    expect(acceptanceMachine.decide(S.APPLIED, 'delegate', { ...ready, delegating: 'wjw' })).toEqual({ ok: true, to: 'DELEGATED' });
    for (const other of ['the-unit-itself', 'an-unrelated-bureau']) {
      const refused = acceptanceMachine.blockers(S.APPLIED, 'delegate', { ...ready, delegating: other });
      expect(refused).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-16.3', gate: 'delegateIsCompetentDepartment', field: 'delegateId' })]);
    }
    const own = acceptanceMachine.blockers(S.APPLIED, 'delegate', { ...ready, competentDepartmentId: null, delegating: 'wjw' });
    expect(own).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-16.3', gate: 'competentDepartmentNamed' })]);
    // Organizing it itself needs no competent department.
    expect(acceptanceMachine.decide(S.APPLIED, 'organize', { ...ready, competentDepartmentId: null })).toEqual({ ok: true, to: 'UNDER_ACCEPTANCE' });
  });

  it('PM-15: the sharing review is asked for during construction, again after a return, and decided once', () => {
    const building = { projectStatus: ProjectStatus.UNDER_CONSTRUCTION };
    expect(sharingReviewMachine.decide('NONE', 'request', building)).toEqual({ ok: true, to: 'REQUESTED' });
    expect(sharingReviewMachine.decide(R.RETURNED, 'request', building)).toEqual({ ok: true, to: 'REQUESTED' });
    expect(sharingReviewMachine.decide(R.REQUESTED, 'return', building)).toEqual({ ok: true, to: 'RETURNED' });
    expect(sharingReviewMachine.decide(R.REQUESTED, 'confirm', building)).toEqual({ ok: true, to: 'CONFIRMED' });
    expect(rules(sharingReviewMachine.blockers(R.CONFIRMED, 'request', building))).toEqual(['PRECONDITION_FAILED PM-15']);
    expect(rules(sharingReviewMachine.blockers('NONE', 'request', { projectStatus: ProjectStatus.APPROVED }))).toEqual(['PRECONDITION_FAILED PM-15']);
  });

  it('PM-16.2: one extension application at a time, while the project is under construction', () => {
    const open = { projectStatus: ProjectStatus.UNDER_CONSTRUCTION, pendingExtension: false };
    expect(extensionMachine.decide('NONE', 'apply', open)).toEqual({ ok: true, to: 'APPLIED' });
    expect(extensionMachine.decide(E.REFUSED, 'apply', open)).toEqual({ ok: true, to: 'APPLIED' });
    expect(extensionMachine.decide(E.APPLIED, 'approve', open)).toEqual({ ok: true, to: 'APPROVED' });
    expect(extensionMachine.decide(E.APPLIED, 'refuse', open)).toEqual({ ok: true, to: 'REFUSED' });
    expect(rules(extensionMachine.blockers(E.APPROVED, 'apply', { ...open, pendingExtension: true }))).toEqual(['PRECONDITION_FAILED PM-16.2']);
    expect(rules(extensionMachine.blockers('NONE', 'apply', { ...open, projectStatus: ProjectStatus.ACCEPTED }))).toEqual(['PRECONDITION_FAILED PM-16.2']);
  });
});

describe('acceptance dates', () => {
  it('PM-13: a term of N years ends the day before the same date N years on', () => {
    expect(addYears('2027-07-01', 3)).toBe('2030-07-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-03-01');
    expect(daysBetween('2026-12-31', '2027-01-10')).toBe(10);
    expect(daysBetween('2027-01-10', '2026-12-31')).toBe(-10);
  });
});
