import { graphql } from '../gql';
import { ManualClock } from '../../src/calendar/clock';
import { ProjectStatus } from '../../src/modules/projects/project.enums';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import {
  agencyGid,
  ApplyAcceptance,
  ApplyExtension,
  applyReady,
  createProject,
  DecideExtension,
  Delegate,
  daysFromToday,
  findings,
  Organize,
  RecordFinding,
  RecordOmContract,
  RecordResult,
  RecordSecurityTest,
  reports,
  RequestSharing,
  today,
} from './support';

const Overdue = graphql(`
  query Overdue {
    overdueAcceptances(first: 20) {
      totalCount
      nodes {
        projectCode
        dueOn
        daysOverdue
        extensionPending
        constructionUnit {
          code
        }
      }
    }
  }
`);

const Extensions = graphql(`
  query Extensions($projectId: ID!) {
    acceptanceExtensions(first: 5, filter: { projectId: $projectId }) {
      totalCount
      nodes {
        id
        status
        availableActions {
          action
          allowed
          blockers {
            code
            rule
          }
        }
      }
    }
  }
`);

const RecordsPage = graphql(`
  query RecordsPage($first: Int) {
    acceptanceRecords(first: $first) {
      totalCount
      nodes {
        id
        status
        organizerAgency {
          code
        }
        sharingReview {
          status
        }
        history {
          event
        }
        availableActions {
          action
          allowed
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('due dates and extensions (PM-16.2)', () => {
  const codes: Record<string, string> = {};
  let late: { gid: string; id: string; code: string };

  it('overdueAcceptances lists projects under construction past their due date, most overdue first, as each reader may see them', async () => {
    codes.gaj = (await createProject(app, { unit: 'GAJ', dueOn: daysFromToday(-10) })).code;
    late = await createProject(app, { unit: 'JYJ', dueOn: daysFromToday(-3) });
    codes.jyj = late.code;
    codes.taihe = (await createProject(app, { unit: 'TAIHE-DEPT', dueOn: daysFromToday(-5) })).code;
    codes.jishui = (await createProject(app, { unit: 'JISHUI-DEPT', dueOn: daysFromToday(-1) })).code;
    await createProject(app, { unit: 'GAJ', dueOn: daysFromToday(5) });
    await createProject(app, { unit: 'GAJ', dueOn: today() });
    await createProject(app, { unit: 'GAJ', dueOn: daysFromToday(-20), status: ProjectStatus.ACCEPTED });
    await createProject(app, { unit: 'GAJ', dueOn: null });

    const all = await app.query(Overdue, {}, 'drc.leader');
    expect(all.overdueAcceptances.totalCount).toBe(4);
    expect(all.overdueAcceptances.nodes.map((n) => [n.projectCode, n.daysOverdue, n.constructionUnit?.code])).toEqual([
      [codes.gaj, 10, 'GAJ'],
      [codes.taihe, 5, 'TAIHE-DEPT'],
      [codes.jyj, 3, 'JYJ'],
      [codes.jishui, 1, 'JISHUI-DEPT'],
    ]);
    expect(all.overdueAcceptances.nodes[0].dueOn).toBe(daysFromToday(-10));

    const seen = async (who: string) => (await app.query(Overdue, {}, who)).overdueAcceptances.nodes.map((n) => n.projectCode);
    expect(await seen('gaj.clerk')).toEqual([codes.gaj]);
    expect(await seen('taihe.gov')).toEqual([codes.taihe]);
    expect(await seen('taihe.drc.leader')).toEqual([codes.taihe]);
    expect(await seen('taihe.egov')).toEqual([codes.taihe]);
    expect(await seen('taihe.dept')).toEqual([codes.taihe]);
    expect(await seen('jishui.egov')).toEqual([codes.jishui]);
    expect(await seen('audit.auditor')).toHaveLength(4);
    expect(await seen('govoffice.reviewer')).toHaveLength(4);
    expect(await seen('telecom.operator')).toEqual([]);
    expect(await seen('expert.liu')).toEqual([]);
  });

  it('one extension application at a time; DRC refuses with reasons and the due date stays; a refused unit may apply again', async () => {
    const first = await app.query(ApplyExtension, { input: { projectId: late.gid, reasons: '硬件到货延迟', requestedDueOn: daysFromToday(30) } }, 'jyj.clerk');
    expect(first.acceptanceExtensionApply.errors).toEqual([]);
    const extensionId = first.acceptanceExtensionApply.acceptanceExtension!.id;
    const overdue = await app.query(Overdue, {}, 'jyj.clerk');
    expect(overdue.overdueAcceptances.nodes).toEqual([expect.objectContaining({ extensionPending: true })]);

    const second = await app.query(ApplyExtension, { input: { projectId: late.gid, reasons: '再次申请', requestedDueOn: daysFromToday(40) } }, 'jyj.clerk');
    expect(second.acceptanceExtensionApply.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-16.2', field: null }]);

    const view = await app.query(Extensions, { projectId: late.gid }, 'drc.leader');
    const actions = Object.fromEntries(view.acceptanceExtensions.nodes[0].availableActions.map((a) => [a.action, a]));
    expect(actions.approve.allowed).toBe(true);
    expect(actions.refuse.allowed).toBe(true);
    expect(actions.apply.allowed).toBe(false);

    const past = await app.query(DecideExtension, { input: { id: extensionId, approve: true, newDueOn: daysFromToday(-1) } }, 'drc.leader');
    expect(past.acceptanceExtensionDecide.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-16.2', field: 'newDueOn' }]);
    const bare = await app.query(DecideExtension, { input: { id: extensionId, approve: false } }, 'drc.leader');
    expect(bare.acceptanceExtensionDecide.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-16.2', field: 'note' }]);
    const refused = await app.query(DecideExtension, { input: { id: extensionId, approve: false, note: '理由不充分，请尽快组织验收' } }, 'drc.leader');
    expect(refused.acceptanceExtensionDecide.acceptanceExtension).toMatchObject({ status: 'REFUSED', approvedDueOn: null });
    const [row] = await sqlAsAdmin<{ due: string }>(app.database, "select to_char(acceptance_due_on, 'YYYY-MM-DD') due from project where id = $1", [late.id]);
    expect(row.due).toBe(daysFromToday(-3));

    const again = await app.query(ApplyExtension, { input: { projectId: late.gid, reasons: '补充说明：供货合同变更', requestedDueOn: daysFromToday(20) } }, 'jyj.clerk');
    expect(again.acceptanceExtensionApply.errors).toEqual([]);
    const twice = await app.query(DecideExtension, { input: { id: extensionId, approve: true } }, 'drc.leader');
    expect(twice.acceptanceExtensionDecide.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-16.2', field: null }]);
  });
});

describe('county projects (PM-16.1, PM-16.3 at county level)', () => {
  let county: { gid: string; id: string };
  let recordId: string;

  it("a county application goes to the county's approving department, which may organize it or delegate within its county only (PM-8.3)", async () => {
    county = await createProject(app, { unit: 'TAIHE-DEPT', dueOn: daysFromToday(30) });
    const applied = await applyReady(app, county.gid, 'taihe.dept');
    expect(applied.acceptanceApply.errors).toEqual([]);
    expect(applied.acceptanceApply.acceptanceRecord!.organizerAgency?.code).toBe('TAIHE-DRC');
    recordId = applied.acceptanceApply.acceptanceRecord!.id;

    const byDrc = await app.query(Organize, { input: { id: recordId } }, 'drc.leader');
    expect(byDrc.acceptanceOrganize.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-16.3' }]);
    const byGovernment = await app.query(Organize, { input: { id: recordId } }, 'taihe.gov');
    expect(byGovernment.acceptanceOrganize.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-16.3' }]);
    // A county bureau's own project has no competent department: the county DRC organizes it itself.
    for (const code of ['GAJ', 'JISHUI-DEPT', 'TAIHE-EGOV', 'TAIHE-DEPT']) {
      const res = await app.query(Delegate, { input: { id: recordId, delegateId: await agencyGid(app, code) } }, 'taihe.drc.leader');
      expect(res.acceptanceDelegate.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-16.3', field: null }]);
    }
    const organized = await app.query(Organize, { input: { id: recordId } }, 'taihe.drc.leader');
    expect(organized.acceptanceOrganize.errors).toEqual([]);
    const passed = await app.query(RecordResult, { input: { id: recordId, result: 'PASSED', heldOn: today(), ...findings() } }, 'taihe.drc.leader');
    expect(passed.acceptanceRecordResult.acceptanceRecord).toMatchObject({ status: 'PASSED', reportReceived: true, decidedByAgency: { code: 'TAIHE-DRC' } });
    const [row] = await sqlAsAdmin<{ status: string }>(app.database, 'select status from project where id = $1', [county.id]);
    expect(row.status).toBe('ACCEPTED');
  });

  it("county users see their county's records only", async () => {
    const total = async (who: string) => (await app.query(RecordsPage, { first: 20 }, who)).acceptanceRecords.totalCount;
    expect(await total('taihe.egov')).toBe(1);
    expect(await total('taihe.gov')).toBe(1);
    expect(await total('taihe.drc.leader')).toBe(1);
    expect(await total('jishui.egov')).toBe(0);
    expect(await total('jishui.drc.leader')).toBe(0);
    expect(await total('jishui.gov')).toBe(0);
    expect(await total('gaj.clerk')).toBe(0);
    const stranger = await app.request(Organize, { input: { id: recordId } }, { as: 'jishui.gov' });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("PM-19: Finance records findings on projects of its own level", async () => {
    const input = { projectId: county.gid, kind: 'FUND_MISAPPROPRIATION' as const, measure: 'FINANCIAL_PENALTY' as const, description: '挪用项目资金用于办公楼维修' };
    const countyFinance = await app.query(RecordFinding, { input }, 'taihe.finance');
    expect(countyFinance.projectFindingRecord.errors).toEqual([]);
    const cityFinance = await app.request(RecordFinding, { input }, { as: 'finance.leader' });
    expect(cityFinance.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const otherCounty = await app.request(RecordFinding, { input }, { as: 'jishui.finance' });
    expect(otherCounty.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('prerequisites outside the happy path', () => {
  it('PM-15, PM-11, PM-13: no sharing review or security test before construction, no O&M contract before acceptance', async () => {
    const procured = await createProject(app, { unit: 'WJW', status: ProjectStatus.PROCURED, dueOn: null });
    const sharing = await app.query(RequestSharing, { input: { projectId: procured.gid, note: '共享情况' } }, 'wjw.clerk');
    expect(sharing.sharingReviewRequest.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-15', field: null }]);
    const test = await app.query(
      RecordSecurityTest,
      { input: { projectId: procured.gid, kind: 'SECURITY_TEST', testedOn: today(), tester: '测评机构', result: 'PASSED' } },
      'wjw.clerk',
    );
    expect(test.securityTestRecord.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-11', field: null }]);

    const building = await createProject(app, { unit: 'WJW' });
    const om = await app.query(
      RecordOmContract,
      { input: { projectId: building.gid, supplierName: '运维公司', warrantyEndsOn: '2027-06-30', startsOn: '2027-07-01', endsOn: '2028-06-30' } },
      'wjw.clerk',
    );
    expect(om.omContractRecord.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-13', field: null }]);
  });

  it('PM-16.1: two applications sent at once for one project make one record; the other is refused', async () => {
    const p = await createProject(app, { unit: 'RSJ' });
    const first = await applyReady(app, p.gid, 'rsj.clerk');
    expect(first.acceptanceApply.errors).toEqual([]);
    const q = await createProject(app, { unit: 'RSJ' });
    const ready = await applyReady(app, q.gid, 'rsj.clerk'); // q now has an application; fail it to allow two re-applications at once
    const id = ready.acceptanceApply.acceptanceRecord!.id;
    await app.query(Organize, { input: { id } }, 'drc.leader');
    await app.query(RecordResult, { input: { id, result: 'FAILED', heldOn: today(), ...findings('NOT_MET'), failureReasons: '密评不通过' } }, 'drc.leader');
    const both = await Promise.all([
      app.query(ApplyAcceptance, { input: { projectId: q.gid } }, 'rsj.clerk'),
      app.query(ApplyAcceptance, { input: { projectId: q.gid } }, 'rsj.clerk'),
    ]);
    expect(both.map((r) => r.acceptanceApply.errors.length).sort()).toEqual([0, 1]);
    const [row] = await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from acceptance_record where project_id = $1', [q.id]);
    expect(row.n).toBe('2');
  });
});

describe('the reports of an application (PM-16.1)', () => {
  const documents = async (projectId: string) =>
    Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from project_document where project_id = $1', [projectId]))[0].n);

  it('PM-16.1: refuses more reports than the six kinds, unread, and a kind given twice; attaches nothing', async () => {
    const p = await createProject(app, { unit: 'JTYSJ' });
    const six = await reports(app, 'jtysj.clerk');
    const seven = await app.query(ApplyAcceptance, { input: { projectId: p.gid, reports: [...six, six[0]] } }, 'jtysj.clerk');
    expect(seven.acceptanceApply.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-16.1', field: 'reports' })]);
    const twice = await app.query(ApplyAcceptance, { input: { projectId: p.gid, reports: [six[0], six[1], { ...six[0], title: '又一份' }] } }, 'jtysj.clerk');
    expect(twice.acceptanceApply.errors).toContainEqual(expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-16.1', field: 'reports.2.kind' }));
    expect(await documents(p.id)).toBe(0);
  });

  it('PM-16.1: looks up the uploaded contents of all reports in one statement, however many there are', async () => {
    const measure = async (count: number) => {
      const p = await createProject(app, { unit: 'JTYSJ' });
      const attached = (await reports(app, 'jtysj.clerk')).slice(0, count);
      app.statements.reset();
      const res = await app.query(ApplyAcceptance, { input: { projectId: p.gid, reports: attached } }, 'jtysj.clerk');
      expect(res.acceptanceApply.errors.length).toBeGreaterThan(0); // refused for the missing sharing confirmation: nothing is written
      return app.statements.count;
    };
    expect(await measure(6)).toBe(await measure(1));
  });
});

describe('read paths', () => {
  it('a page of acceptance records with relations and availableActions costs the same number of statements for 1 row as for many', async () => {
    const connection = app.orm.em.getConnection();
    const original = connection.execute.bind(connection);
    let statements = 0;
    connection.execute = ((...args: Parameters<typeof original>) => {
      statements += 1;
      return original(...args);
    }) as typeof connection.execute;
    try {
      const measure = async (first: number) => {
        statements = 0;
        const res = await app.query(RecordsPage, { first }, 'drc.leader');
        return { rows: res.acceptanceRecords.nodes.length, statements };
      };
      const one = await measure(1);
      const many = await measure(20);
      expect(one.rows).toBe(1);
      expect(one.statements).toBeGreaterThan(3);
      expect(many.rows).toBeGreaterThanOrEqual(4);
      expect(many.statements).toBe(one.statements);
    } finally {
      connection.execute = original;
    }
  });
});

describe('one "today" for every module: the service clock (PM-16.2, PM-11)', () => {
  afterEach(() => {
    app.services.clock = undefined;
  });

  it('PM-16.2, PM-11: overdue lists, the application deadline and test dates follow the service clock, not the system clock', async () => {
    const p = await createProject(app, { unit: 'MZJ', dueOn: '2031-02-20' });
    app.services.clock = new ManualClock('2031-03-01');
    const overdue = await app.query(Overdue, {}, 'drc.leader');
    expect(overdue.overdueAcceptances.nodes.find((n) => n.projectCode === p.code)).toMatchObject({ dueOn: '2031-02-20', daysOverdue: 9 });
    const applied = await app.query(ApplyAcceptance, { input: { projectId: p.gid } }, 'mzj.clerk');
    expect(applied.acceptanceApply.errors).toContainEqual(expect.objectContaining({ code: 'DEADLINE_PASSED', rule: 'PM-16.2' }));
    const tested = await app.query(
      RecordSecurityTest,
      { input: { projectId: p.gid, kind: 'SECURITY_TEST', testedOn: '2031-02-27', tester: '测评机构', result: 'PASSED' } },
      'mzj.clerk',
    );
    expect(tested.securityTestRecord.errors).toEqual([]);
    const future = await app.query(
      RecordSecurityTest,
      { input: { projectId: p.gid, kind: 'SECURITY_TEST', testedOn: '2031-03-02', tester: '测评机构', result: 'PASSED' } },
      'mzj.clerk',
    );
    expect(future.securityTestRecord.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-11', field: 'testedOn' }]);
  });
});
