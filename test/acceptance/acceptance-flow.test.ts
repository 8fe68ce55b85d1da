import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import {
  agencyGid,
  ApplyAcceptance,
  ApplyExtension,
  ConfirmSharing,
  createProject,
  DecideExtension,
  ProjectFilings,
  Delegate,
  daysFromToday,
  findings,
  Organize,
  RecordById,
  RecordFinding,
  RecordOmContract,
  RecordResult,
  recordSecurityReview,
  RecordSecurityTest,
  ReportToDrc,
  reports,
  RequestSharing,
  ReturnSharing,
  today,
} from './support';

/**
 * One project from construction to acceptance: the data-sharing review (PM-15), an application
 * refused for each missing prerequisite (PM-15, PM-16.1, PM-16.2) before it is met, an extension
 * (PM-16.2), a failed acceptance organized by DRC, a passed one run by a delegate that reports back
 * (PM-12, PM-16.3), then O&M, security tests and findings (PM-13, PM-11, PM-19).
 */
let app: TestApp;
let project: { id: string; gid: string };
let reviewId: string;
let firstRecordId: string;
let secondRecordId: string;

const count = async (table: string) => Number((await sqlAsAdmin<{ n: string }>(app.database, `select count(*) n from ${table}`))[0].n);
const lastEvent = async () =>
  (await sqlAsAdmin<{ outcome: string; rule: string; error_code: string | null; action: string }>(
    app.database,
    'select outcome, rule, error_code, action from audit_event order by seq desc limit 1',
  ))[0];
const projectRow = async () =>
  (await sqlAsAdmin<{ status: string; due: string }>(app.database, "select status, to_char(acceptance_due_on, 'YYYY-MM-DD') due from project where id = $1", [project.id]))[0];

beforeAll(async () => {
  app = await startTestApp();
  // Under construction, and already past its acceptance due date.
  project = await createProject(app, { unit: 'GAJ', dueOn: daysFromToday(-1), name: '吉安市公安局视频图像共享平台', competent: 'GXJ' });
});
afterAll(() => app.stop());

describe('acceptance of a project, from the sharing review to ACCEPTED', () => {
  it('refuses an application without BDC sharing confirmation (PM-15), the six reports (PM-16.1) and past the due date (PM-16.2), listing all at once', async () => {
    const res = await app.query(ApplyAcceptance, { input: { projectId: project.gid } }, 'gaj.clerk');
    expect(res.acceptanceApply.acceptanceRecord).toBeNull();
    const errors = res.acceptanceApply.errors.map((e) => [e.code, e.rule, e.field ?? null]);
    expect(errors).toEqual([
      ['PRECONDITION_FAILED', 'PM-15', null],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.CONSTRUCTION_SUMMARY'],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.FINANCIAL_REPORT'],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.AUDIT_REPORT'],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.INTENSIVE_SHARING_ASSESSMENT'],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.SECURITY_RISK_ASSESSMENT'],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.CRYPTO_ASSESSMENT'],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.SECURITY_RISK_ASSESSMENT'],
      ['DEADLINE_PASSED', 'PM-16.2', null],
    ]);
    expect(await count('acceptance_record')).toBe(0);
    expect(await lastEvent()).toEqual({ outcome: 'REFUSED', rule: 'PM-15', error_code: 'PRECONDITION_FAILED', action: 'apply' });

    // The portal sees the same reasons before the unit tries.
    const seen = await app.query(ProjectFilings, { id: project.gid }, 'gaj.clerk');
    const filings = seen.node?.__typename === 'Project' ? seen.node.acceptanceFilings : [];
    expect(filings.map((f) => f.action)).toEqual(['sharingReviewRequest', 'acceptanceApply', 'acceptanceExtensionApply']);
    const apply = filings.find((a) => a.action === 'acceptanceApply')!;
    expect(apply.allowed).toBe(false);
    expect(apply.blockers.map((b) => b.rule)).toEqual(['PM-15', ...Array(7).fill('PM-16.1'), 'PM-16.2']);
    expect(filings.find((a) => a.action === 'sharingReviewRequest')).toMatchObject({ allowed: true, blockers: [] });
    expect(filings.find((a) => a.action === 'acceptanceExtensionApply')).toMatchObject({ allowed: true, blockers: [] });
  });

  it('PM-15: the unit asks BDC for the sharing review; BDC returns it with findings; nobody else may decide it', async () => {
    const requested = await app.query(RequestSharing, { input: { projectId: project.gid, note: '已接入市数据共享交换平台' } }, 'gaj.clerk');
    expect(requested.sharingReviewRequest.errors).toEqual([]);
    expect(requested.sharingReviewRequest.sharingReview).toMatchObject({ status: 'REQUESTED', requestCount: 1 });
    reviewId = requested.sharingReviewRequest.sharingReview!.id;

    // Asking twice while BDC reviews is refused.
    const twice = await app.query(RequestSharing, { input: { projectId: project.gid, note: 'again' } }, 'gaj.clerk');
    expect(twice.sharingReviewRequest.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-15' })]);

    // BDC alone confirms (PM-15): not DRC, not the unit, not a BDC clerk.
    for (const who of ['drc.leader', 'gaj.leader', 'bdc.clerk']) {
      const res = await app.query(ConfirmSharing, { input: { id: reviewId, confirmation: '确认' } }, who);
      expect(res.sharingReviewConfirm.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-15' })]);
    }
    const noFindings = await app.query(ReturnSharing, { input: { id: reviewId, findings: ' ' } }, 'bdc.reviewer');
    expect(noFindings.sharingReviewReturn.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-15', field: 'findings' }]);

    const returned = await app.query(ReturnSharing, { input: { id: reviewId, findings: '人口信息接口未提供使用情况反馈' } }, 'bdc.reviewer');
    expect(returned.sharingReviewReturn).toEqual({ sharingReview: { status: 'RETURNED', findings: '人口信息接口未提供使用情况反馈' }, errors: [] });

    // A returned review cannot be confirmed; the application is still refused for it (PM-15).
    const early = await app.query(ConfirmSharing, { input: { id: reviewId, confirmation: '确认' } }, 'bdc.leader');
    expect(early.sharingReviewConfirm.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-15' })]);
  });

  it('PM-15: the unit asks again and BDC confirms: a record with its date and author', async () => {
    const again = await app.query(RequestSharing, { input: { projectId: project.gid, note: '已建立共享信息使用情况反馈机制' } }, 'gaj.clerk');
    expect(again.sharingReviewRequest.sharingReview).toMatchObject({ status: 'REQUESTED', requestCount: 2 });

    const future = await app.query(ConfirmSharing, { input: { id: reviewId, confirmation: '确认', confirmedOn: daysFromToday(3) } }, 'bdc.leader');
    expect(future.sharingReviewConfirm.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-15', field: 'confirmedOn' }]);

    const confirmed = await app.query(ConfirmSharing, { input: { id: reviewId, confirmation: '数据共享完成，同意组织验收' } }, 'bdc.leader');
    expect(confirmed.sharingReviewConfirm.errors).toEqual([]);
    expect(confirmed.sharingReviewConfirm.sharingReview).toMatchObject({
      status: 'CONFIRMED',
      confirmedOn: today(),
      confirmedByName: '市大数据中心 主任 吴强',
      confirmation: '数据共享完成，同意组织验收',
      confirmedByAgency: { code: 'BDC' },
    });
    expect(confirmed.sharingReviewConfirm.sharingReview!.history.map((h) => [h.event, h.fromState, h.toState])).toEqual([
      ['request', 'NONE', 'REQUESTED'],
      ['return', 'REQUESTED', 'RETURNED'],
      ['request', 'RETURNED', 'REQUESTED'],
      ['confirm', 'REQUESTED', 'CONFIRMED'],
    ]);
  });

  it('PM-16.1: with a report missing and no MLPS test on record, the application names exactly what is missing and attaches nothing', async () => {
    const docs = await count('project_document');
    const res = await app.query(ApplyAcceptance, { input: { projectId: project.gid, reports: await reports(app, 'gaj.clerk', ['CRYPTO_ASSESSMENT']) } }, 'gaj.clerk');
    expect(res.acceptanceApply.errors.map((e) => [e.code, e.rule, e.field ?? null])).toEqual([
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.CRYPTO_ASSESSMENT'],
      ['PRECONDITION_FAILED', 'PM-16.1', 'reports.SECURITY_RISK_ASSESSMENT'],
      ['DEADLINE_PASSED', 'PM-16.2', null],
    ]);
    expect(await count('project_document')).toBe(docs);

    // PM-11: the MLPS test report the security risk assessment includes.
    const mlps = await app.query(
      RecordSecurityTest,
      { input: { projectId: project.gid, kind: 'MLPS_TEST', testedOn: today(), tester: '江西省信息安全测评中心', result: 'PASSED_WITH_ISSUES', mlpsLevel: 3, reportNo: 'DJCP-2026-0315' } },
      'gaj.clerk',
    );
    expect(mlps.securityTestRecord.errors).toEqual([]);
    expect(mlps.securityTestRecord.securityTest).toMatchObject({ kind: 'MLPS_TEST', mlpsLevel: 3, recordedByAgency: { code: 'GAJ' } });
  });

  it('PM-16.2: past the due date the application is refused until DRC approves an extension', async () => {
    const late = await app.query(ApplyAcceptance, { input: { projectId: project.gid, reports: await reports(app, 'gaj.clerk') } }, 'gaj.clerk');
    expect(late.acceptanceApply.errors).toEqual([expect.objectContaining({ code: 'DEADLINE_PASSED', rule: 'PM-16.2', field: null })]);
    expect(await lastEvent()).toEqual({ outcome: 'REFUSED', rule: 'PM-16.2', error_code: 'DEADLINE_PASSED', action: 'apply' });

    const tooEarly = await app.query(ApplyExtension, { input: { projectId: project.gid, reasons: '等保整改', requestedDueOn: today() } }, 'gaj.clerk');
    expect(tooEarly.acceptanceExtensionApply.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-16.2', field: 'requestedDueOn' })]);

    const applied = await app.query(
      ApplyExtension,
      { input: { projectId: project.gid, reasons: '等级保护测评发现的问题尚在整改', requestedDueOn: daysFromToday(60) } },
      'gaj.clerk',
    );
    expect(applied.acceptanceExtensionApply.errors).toEqual([]);
    expect(applied.acceptanceExtensionApply.acceptanceExtension).toMatchObject({
      status: 'APPLIED',
      previousDueOn: daysFromToday(-1),
      requestedDueOn: daysFromToday(60),
      appliedAfterDue: true,
      decidingAgency: { code: 'DRC' },
    });
    const extensionId = applied.acceptanceExtensionApply.acceptanceExtension!.id;

    // DRC decides, through its leader (PM-16.2).
    for (const who of ['drc.clerk', 'gaj.leader']) {
      const res = await app.query(DecideExtension, { input: { id: extensionId, approve: true } }, who);
      expect(res.acceptanceExtensionDecide.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-16.2' })]);
    }
    const stranger = await app.request(DecideExtension, { input: { id: extensionId, approve: true } }, { as: 'bdc.leader' });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const approved = await app.query(DecideExtension, { input: { id: extensionId, approve: true, newDueOn: daysFromToday(45), note: '同意延期' } }, 'drc.leader');
    expect(approved.acceptanceExtensionDecide).toEqual({
      acceptanceExtension: { status: 'APPROVED', approvedDueOn: daysFromToday(45), decidedByName: '市发改委 分管领导 李建国', decisionNote: '同意延期' },
      errors: [],
    });
    expect(await projectRow()).toEqual({ status: 'UNDER_CONSTRUCTION', due: daysFromToday(45) });
  });

  it('PM-16.1: with every prerequisite met the application goes to DRC', async () => {
    // NSC's security review, which the acceptance's findings will rest on (PM-4, PM-12).
    await recordSecurityReview(app, project.gid);
    const res = await app.query(ApplyAcceptance, { input: { projectId: project.gid, note: '项目已建成试运行三个月', reports: await reports(app, 'gaj.clerk') } }, 'gaj.clerk');
    expect(res.acceptanceApply.errors).toEqual([]);
    expect(res.acceptanceApply.acceptanceRecord).toMatchObject({ round: 1, status: 'APPLIED', delegated: false, reportReceived: false, organizerAgency: { code: 'DRC' }, previous: null });
    firstRecordId = res.acceptanceApply.acceptanceRecord!.id;

    const again = await app.query(ApplyAcceptance, { input: { projectId: project.gid } }, 'gaj.clerk');
    expect(again.acceptanceApply.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-16.1' })]);

    const view = await app.query(RecordById, { id: firstRecordId }, 'drc.leader');
    const byAction = Object.fromEntries(view.acceptanceRecord.availableActions.map((a) => [a.action, a]));
    expect(byAction.organize.allowed).toBe(true);
    expect(byAction.delegate.allowed).toBe(true);
    expect(byAction.recordResult).toMatchObject({ allowed: false, blockers: [{ code: 'PRECONDITION_FAILED', rule: 'PM-16.3' }] });
    // DRC may not apply: it is told that, and not the gates behind it.
    expect(byAction.apply.blockers).toEqual([{ code: 'FORBIDDEN', rule: 'PM-16.1' }]);
  });

  it('PM-12, PM-16.3: DRC organizes the acceptance itself and fails it with its findings and reasons', async () => {
    const early = await app.query(RecordResult, { input: { id: firstRecordId, result: 'FAILED', heldOn: today(), ...findings('NOT_MET'), failureReasons: 'x' } }, 'drc.leader');
    expect(early.acceptanceRecordResult.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-16.3' })]);

    const byClerk = await app.query(Organize, { input: { id: firstRecordId } }, 'drc.clerk');
    expect(byClerk.acceptanceOrganize.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-16.3' }]);
    const organized = await app.query(Organize, { input: { id: firstRecordId, note: '市发改委组织专家验收' } }, 'drc.leader');
    expect(organized.acceptanceOrganize).toEqual({ acceptanceRecord: { status: 'UNDER_ACCEPTANCE' }, errors: [] });

    // PM-12: no pass with a subject that falls short; every finding needs a note.
    const passAnyway = await app.query(RecordResult, { input: { id: firstRecordId, result: 'PASSED', heldOn: today(), ...findings('NOT_MET') } }, 'drc.leader');
    expect(passAnyway.acceptanceRecordResult.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-12', field: 'result' }]);
    const blank = await app.query(
      RecordResult,
      { input: { id: firstRecordId, result: 'FAILED', heldOn: today(), ...findings('NOT_MET'), cryptography: { conclusion: 'NOT_APPLICABLE', note: '' } } },
      'drc.leader',
    );
    expect(blank.acceptanceRecordResult.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'PM-12', field: 'cryptography.note' },
      { code: 'INVALID_INPUT', rule: 'PM-12', field: 'cryptography.conclusion' },
      { code: 'INVALID_INPUT', rule: 'PM-16.3', field: 'failureReasons' },
    ]);

    const failed = await app.query(
      RecordResult,
      { input: { id: firstRecordId, result: 'FAILED', heldOn: today(), ...findings('NOT_MET'), failureReasons: '密码应用不符合要求，须整改后重新申请' } },
      'drc.leader',
    );
    expect(failed.acceptanceRecordResult.errors).toEqual([]);
    expect(failed.acceptanceRecordResult.acceptanceRecord).toMatchObject({
      status: 'FAILED',
      result: 'FAILED',
      heldOn: today(),
      reportReceived: true,
      decidedByName: '市发改委 分管领导 李建国',
      decidedByAgency: { code: 'DRC' },
      failureReasons: '密码应用不符合要求，须整改后重新申请',
      findings: { productSecurity: { conclusion: 'MET' }, cryptography: { conclusion: 'NOT_MET' }, energyEfficiency: { conclusion: 'NOT_APPLICABLE' } },
    });
    expect((await projectRow()).status).toBe('UNDER_CONSTRUCTION');
  });

  it('PM-16.3: after the failure a new application; DRC delegates it; only the delegate decides and reports back; the project is ACCEPTED', async () => {
    const second = await app.query(ApplyAcceptance, { input: { projectId: project.gid, note: '已完成密码应用整改' } }, 'gaj.clerk');
    expect(second.acceptanceApply.errors).toEqual([]);
    expect(second.acceptanceApply.acceptanceRecord).toMatchObject({ round: 2, status: 'APPLIED', previous: { round: 1, status: 'FAILED' } });
    secondRecordId = second.acceptanceApply.acceptanceRecord!.id;

    // Only to the project's competent department: not a county bureau, not the unit itself, not an unrelated bureau.
    for (const code of ['TAIHE-DEPT', 'GAJ', 'JYJ']) {
      const other = await app.query(Delegate, { input: { id: secondRecordId, delegateId: await agencyGid(app, code) } }, 'drc.leader');
      expect(other.acceptanceDelegate.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-16.3', field: 'delegateId' }]);
    }
    const notDrc = await app.query(Delegate, { input: { id: secondRecordId, delegateId: await agencyGid(app, 'GXJ') } }, 'bdc.leader');
    expect(notDrc.acceptanceDelegate.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-16.3' })]);
    const delegated = await app.query(Delegate, { input: { id: secondRecordId, delegateId: await agencyGid(app, 'GXJ'), note: '委托市工信局组织验收' } }, 'drc.leader');
    expect(delegated.acceptanceDelegate).toEqual({ acceptanceRecord: { status: 'DELEGATED', delegated: true, delegate: { code: 'GXJ' } }, errors: [] });

    // Once delegated, DRC does not decide; within the delegate, its leader does.
    const pass = { result: 'PASSED' as const, heldOn: today(), ...findings('MET') };
    for (const who of ['drc.leader', 'gxj.clerk']) {
      const res = await app.query(RecordResult, { input: { id: secondRecordId, ...pass } }, who);
      expect(res.acceptanceRecordResult.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-16.3' })]);
    }
    const decided = await app.query(RecordResult, { input: { id: secondRecordId, ...pass } }, 'gxj.leader');
    expect(decided.acceptanceRecordResult.errors).toEqual([]);
    expect(decided.acceptanceRecordResult.acceptanceRecord).toMatchObject({
      status: 'AWAITING_REPORT',
      result: 'PASSED',
      reportReceived: false,
      decidedByAgency: { code: 'GXJ' },
    });
    expect((await projectRow()).status).toBe('UNDER_CONSTRUCTION');

    // Only the delegate reports to DRC (PM-16.3).
    const byUnit = await app.query(ReportToDrc, { input: { id: secondRecordId } }, 'gaj.leader');
    expect(byUnit.acceptanceReportToDrc.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-16.3' }]);
    const reported = await app.query(ReportToDrc, { input: { id: secondRecordId, note: '验收报告及专家意见已报送' } }, 'gxj.clerk');
    expect(reported.acceptanceReportToDrc.errors).toEqual([]);
    expect(reported.acceptanceReportToDrc.acceptanceRecord).toMatchObject({ status: 'PASSED', reportReceived: true });

    const seen = await app.query(RecordById, { id: secondRecordId }, 'audit.auditor');
    expect(seen.acceptanceRecord).toMatchObject({ status: 'PASSED', round: 2, delegated: true, reportReceived: true, decidedByAgency: { code: 'GXJ' }, project: { status: 'ACCEPTED' } });
    expect(seen.acceptanceRecord.history.map((h) => h.event)).toEqual(['apply', 'delegate', 'recordResult', 'reportToDrc']);
    expect(seen.acceptanceRecord.availableActions.every((a) => !a.allowed)).toBe(true);
    const transitions = await sqlAsAdmin<{ event: string; from_state: string; to_state: string }>(
      app.database,
      "select event, from_state, to_state from state_transition where subject_type = 'Project' and subject_id = $1",
      [project.id],
    );
    expect(transitions).toEqual([{ event: 'accept', from_state: 'UNDER_CONSTRUCTION', to_state: 'ACCEPTED' }]);
    expect((await projectRow()).status).toBe('ACCEPTED');

    // A new application starts from nothing: both of its unmet gates are named, the project no
    // longer under construction and the passed application (PM-16.1).
    const more = await app.query(ApplyAcceptance, { input: { projectId: project.gid } }, 'gaj.clerk');
    expect(more.acceptanceApply.errors.map((e) => e.rule)).toEqual(['PM-16.1', 'PM-16.1']);
  });
});

describe('after acceptance', () => {
  it('PM-13: an O&M contract starts after the warranty and runs at most omContractMaxYears years', async () => {
    const base = { projectId: project.gid, supplierName: '江西某信息技术有限公司', warrantyEndsOn: '2027-06-30', startsOn: '2027-07-01', amount: '360000.00' };
    const tooLong = await app.query(RecordOmContract, { input: { ...base, endsOn: '2030-07-01' } }, 'gaj.clerk');
    expect(tooLong.omContractRecord.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-13', field: 'endsOn' }]);
    const inWarranty = await app.query(RecordOmContract, { input: { ...base, startsOn: '2027-01-01', endsOn: '2029-12-31' } }, 'gaj.clerk');
    expect(inWarranty.omContractRecord.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-13', field: 'startsOn' }]);
    const backwards = await app.query(RecordOmContract, { input: { ...base, endsOn: '2027-07-01' } }, 'gaj.clerk');
    expect(backwards.omContractRecord.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-13', field: 'endsOn' }]);
    const byOther = await app.request(RecordOmContract, { input: { ...base, endsOn: '2030-06-30' } }, { as: 'jyj.clerk' });
    expect(byOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const ok = await app.query(RecordOmContract, { input: { ...base, contractNo: 'YW-2027-001', endsOn: '2030-06-30' } }, 'gaj.clerk');
    expect(ok.omContractRecord.errors).toEqual([]);
    expect(ok.omContractRecord.omContract).toMatchObject({ startsOn: '2027-07-01', endsOn: '2030-06-30', amount: '360000.00' });
  });

  it('PM-11: periodic security tests are recorded with kind, date, tester and result', async () => {
    const future = await app.query(
      RecordSecurityTest,
      { input: { projectId: project.gid, kind: 'RISK_ASSESSMENT', testedOn: daysFromToday(5), tester: '测评机构', result: 'PASSED' } },
      'gaj.clerk',
    );
    expect(future.securityTestRecord.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-11', field: 'testedOn' }]);
    const noLevel = await app.query(
      RecordSecurityTest,
      { input: { projectId: project.gid, kind: 'MLPS_TEST', testedOn: today(), tester: '测评机构', result: 'PASSED' } },
      'gaj.clerk',
    );
    expect(noLevel.securityTestRecord.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-11', field: 'mlpsLevel' }]);
    const byDrc = await app.query(
      RecordSecurityTest,
      { input: { projectId: project.gid, kind: 'RISK_ASSESSMENT', testedOn: today(), tester: '测评机构', result: 'PASSED' } },
      'drc.leader',
    );
    expect(byDrc.securityTestRecord.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-11', field: null }]);
    for (const who of ['gaj.clerk', 'nsc.reviewer']) {
      const ok = await app.query(
        RecordSecurityTest,
        { input: { projectId: project.gid, kind: 'RISK_ASSESSMENT', testedOn: today(), tester: '江西省信息安全测评中心', result: 'PASSED', summary: '年度风险评估' } },
        who,
      );
      expect(ok.securityTestRecord.errors).toEqual([]);
    }
  });

  it('PM-19: DRC, Finance, NSC and BDC record findings within their duty; the Audit Bureau reads them and changes nothing', async () => {
    const drc = await app.query(RecordFinding, { input: { projectId: project.gid, kind: 'POOR_QUALITY', measure: 'PUBLIC_CRITICISM', description: '首次验收密码应用不合格' } }, 'drc.leader');
    expect(drc.projectFindingRecord.errors).toEqual([]);
    expect(drc.projectFindingRecord.projectFinding).toMatchObject({ kind: 'POOR_QUALITY', recordedByName: '市发改委 分管领导 李建国', recordedByAgency: { code: 'DRC' } });
    const finance = await app.query(RecordFinding, { input: { projectId: project.gid, kind: 'IMPROPER_OM_FUNDING', measure: 'FINANCIAL_PENALTY', description: '维保期内列支运维费' } }, 'finance.leader');
    expect(finance.projectFindingRecord.errors).toEqual([]);

    const outOfDuty = await app.query(RecordFinding, { input: { projectId: project.gid, kind: 'FUND_MISAPPROPRIATION', measure: 'FINANCIAL_PENALTY', description: 'x' } }, 'bdc.leader');
    expect(outOfDuty.projectFindingRecord.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-19', field: null }]);
    const wrongMeasure = await app.query(RecordFinding, { input: { projectId: project.gid, kind: 'SHARING_VIOLATION', measure: 'FINANCIAL_PENALTY', description: '数据仅向特定企业开放' } }, 'bdc.leader');
    expect(wrongMeasure.projectFindingRecord.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-19', field: 'measure' }]);
    const unit = await app.query(RecordFinding, { input: { projectId: project.gid, kind: 'POOR_QUALITY', measure: 'RECORDED', description: 'x' } }, 'gaj.leader');
    expect(unit.projectFindingRecord.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-19', field: null }]);

    const before = await count('project_finding');
    const audit = await app.query(RecordFinding, { input: { projectId: project.gid, kind: 'POOR_QUALITY', measure: 'RECORDED', description: 'x' } }, 'audit.auditor');
    expect(audit.projectFindingRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    expect(await count('project_finding')).toBe(before);

    const read = await app.request(
      `query { projectFindings(first: 10) { totalCount nodes { kind } } acceptanceRecords(first: 10) { totalCount } omContracts { totalCount } securityTests { totalCount } }`,
      {},
      { as: 'audit.auditor' },
    );
    expect(read.data).toEqual({ projectFindings: { totalCount: 2, nodes: [{ kind: 'IMPROPER_OM_FUNDING' }, { kind: 'POOR_QUALITY' }] }, acceptanceRecords: { totalCount: 2 }, omContracts: { totalCount: 1 }, securityTests: { totalCount: 3 } });
  });
});
