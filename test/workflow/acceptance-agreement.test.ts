import { checkAgreement, describeDisagreements, type AgreementSpec } from '../support/agreement';
import { startTestApp, type TestApp } from '../support/app';
import { ProjectStatus } from '../../src/modules/projects/project.enums';
import {
  agencyGid,
  ApplyExtension,
  applyReady,
  confirmSharing,
  createProject,
  DecideExtension,
  Delegate,
  daysFromToday,
  findings,
  Organize,
  RecordResult,
  RequestSharing,
  ProjectFilings,
  ReturnSharing,
  today,
} from '../acceptance/support';

/** Every kind of user the acceptance steps concern (PM-15, PM-16, PM-18). */
const USERS = [
  'gaj.clerk', // the construction unit: asks for the review, applies
  'gaj.leader',
  'jyj.clerk', // another unit
  'bdc.reviewer', // BDC returns reviews
  'bdc.leader', // BDC confirms
  'drc.clerk',
  'drc.leader', // DRC organizes, delegates, decides, decides extensions
  'gxj.leader', // the competent department an acceptance is delegated to
  'gxj.clerk',
  'audit.auditor', // reads everything, changes nothing (PM-18)
  'taihe.gov', // a county government
  'taihe.drc.leader', // the county's approving department: organizes, delegates, decides county acceptances (PM-8.3)
];

/** What a project offers to file, by mutation, with a valid input for the project's global ID. */
const FILINGS: Record<string, (projectId: string) => Record<string, unknown>> = {
  sharingReviewRequest: (projectId) => ({ projectId, note: '已接入市数据共享交换平台' }),
  acceptanceApply: (projectId) => ({ projectId }),
  acceptanceExtensionApply: (projectId) => ({ projectId, reasons: '设备到货延迟', requestedDueOn: daysFromToday(200) }),
};

interface Blocker {
  code: string;
  rule?: string | null;
  gate?: string | null;
  field?: string | null;
}
const blockerKeys = (list: Blocker[]) => list.map((b) => `${b.code}|${b.rule ?? ''}|${b.gate ?? ''}|${b.field ?? ''}`).sort().join();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// Hundreds of rehearsed mutations: minutes on a loaded two-core machine, not a speed check.
jest.setTimeout(600_000);

describe('acceptance objects’ availableActions agree with their mutations (PM-15, PM-16)', () => {
  /** The project of each object, by the object's global ID. */
  const projectOf: Record<string, string> = {};
  const reviews: string[] = [];
  const records: string[] = [];
  const extensions: string[] = [];
  let gxj: string;

  const ok = (errors: unknown[]) => expect(errors).toEqual([]);

  async function project(): Promise<string> {
    // GXJ, the competent department DRC delegates to (PM-16.3).
    return (await createProject(app, { unit: 'GAJ', competent: 'GXJ' })).gid;
  }

  async function review(steps: ('return' | 'confirm')[]): Promise<void> {
    const p = await project();
    if (steps.includes('confirm')) {
      await confirmSharing(app, p, 'gaj.clerk');
      const res = await app.request(`query R($id: ID!) { sharingReviews(first: 1, filter: { projectId: $id }) { nodes { id } } }`, { id: p }, { as: 'bdc.leader' });
      const id = (res.data as { sharingReviews: { nodes: { id: string }[] } }).sharingReviews.nodes[0].id;
      reviews.push(id);
      projectOf[id] = p;
      return;
    }
    const req = await app.query(RequestSharing, { input: { projectId: p, note: '已接入市数据共享交换平台' } }, 'gaj.clerk');
    ok(req.sharingReviewRequest.errors);
    const id = req.sharingReviewRequest.sharingReview!.id;
    if (steps.includes('return')) ok((await app.query(ReturnSharing, { input: { id, findings: '缺使用情况反馈' } }, 'bdc.reviewer')).sharingReviewReturn.errors);
    reviews.push(id);
    projectOf[id] = p;
  }

  const pass = () => ({ result: 'PASSED' as const, heldOn: today(), ...findings('MET') });

  async function record(steps: ('organize' | 'delegate' | 'decide' | 'fail' | 'report')[]): Promise<void> {
    const p = await project();
    const applied = await applyReady(app, p, 'gaj.clerk');
    ok(applied.acceptanceApply.errors);
    const id = applied.acceptanceApply.acceptanceRecord!.id;
    for (const step of steps) {
      if (step === 'organize') ok((await app.query(Organize, { input: { id } }, 'drc.leader')).acceptanceOrganize.errors);
      if (step === 'delegate') ok((await app.query(Delegate, { input: { id, delegateId: gxj } }, 'drc.leader')).acceptanceDelegate.errors);
      if (step === 'decide') {
        const who = steps.includes('delegate') ? 'gxj.leader' : 'drc.leader';
        ok((await app.query(RecordResult, { input: { id, ...pass() } }, who)).acceptanceRecordResult.errors);
      }
      if (step === 'fail') {
        const res = await app.query(RecordResult, { input: { id, result: 'FAILED', heldOn: today(), ...findings('NOT_MET'), failureReasons: '密评不通过' } }, 'drc.leader');
        ok(res.acceptanceRecordResult.errors);
      }
    }
    records.push(id);
    projectOf[id] = p;
  }

  async function extension(decision?: 'approve' | 'refuse'): Promise<void> {
    const p = await project();
    const applied = await app.query(ApplyExtension, { input: { projectId: p, reasons: '系统联调未完成', requestedDueOn: daysFromToday(120) } }, 'gaj.clerk');
    ok(applied.acceptanceExtensionApply.errors);
    const id = applied.acceptanceExtensionApply.acceptanceExtension!.id;
    if (decision) {
      const input = decision === 'approve' ? { id, approve: true } : { id, approve: false, note: '理由不充分' };
      ok((await app.query(DecideExtension, { input }, 'drc.leader')).acceptanceExtensionDecide.errors);
    }
    extensions.push(id);
    projectOf[id] = p;
  }

  beforeAll(async () => {
    gxj = await agencyGid(app, 'GXJ');
    await review([]);
    await review(['return']);
    await review(['confirm']);
    await record([]);
    await record(['organize']);
    await record(['delegate']);
    await record(['delegate', 'decide']);
    await record(['organize', 'fail']);
    await record(['organize', 'decide']);
    await extension();
    await extension('approve');
    await extension('refuse');
  });

  async function agree(spec: AgreementSpec, floor: number) {
    const { compared, disagreements } = await checkAgreement(app, spec);
    expect(describeDisagreements(disagreements)).toBe('');
    expect(compared).toBeGreaterThanOrEqual(floor);
  }

  it('sharing reviews: request, confirm and return, for every user and state', async () => {
    await agree(
      {
        users: USERS,
        subjects: reviews,
        calls: {
          request: { mutation: 'sharingReviewRequest', input: (id) => ({ projectId: projectOf[id], note: '已补充使用情况反馈' }) },
          confirm: { mutation: 'sharingReviewConfirm', input: (id) => ({ id, confirmation: '数据共享完成' }) },
          return: { mutation: 'sharingReviewReturn', input: (id) => ({ id, findings: '缺接口说明' }) },
        },
      },
      40,
    );
  });

  it('acceptance records: apply again, organize, delegate, record the result and report, for every user and state', async () => {
    await agree(
      {
        users: USERS,
        subjects: records,
        calls: {
          apply: { mutation: 'acceptanceApply', input: (id) => ({ projectId: projectOf[id] }) },
          organize: { mutation: 'acceptanceOrganize', input: (id) => ({ id }) },
          delegate: { mutation: 'acceptanceDelegate', input: (id) => ({ id, delegateId: gxj }) },
          recordResult: { mutation: 'acceptanceRecordResult', input: (id) => ({ id, ...pass() }) },
          reportToDrc: { mutation: 'acceptanceReportToDrc', input: (id) => ({ id, note: '验收材料已报送' }) },
        },
      },
      150,
    );
  });

  it('extensions: apply again, approve and refuse, for every user and state', async () => {
    await agree(
      {
        users: USERS,
        subjects: extensions,
        calls: {
          apply: { mutation: 'acceptanceExtensionApply', input: (id) => ({ projectId: projectOf[id], reasons: '设备到货延迟', requestedDueOn: daysFromToday(200) }) },
          approve: { mutation: 'acceptanceExtensionDecide', input: (id) => ({ id, approve: true, newDueOn: daysFromToday(200) }) },
          refuse: { mutation: 'acceptanceExtensionDecide', input: (id) => ({ id, approve: false, note: '理由不充分' }) },
        },
      },
      40,
    );
  });

  it("a project's acceptanceFilings agree with the mutations that file on it, for every user and project state", async () => {
    const projects = [...new Set(Object.values(projectOf))];
    projects.push(await project());
    projects.push((await createProject(app, { unit: 'GAJ', status: ProjectStatus.PROCURED, dueOn: null })).gid);
    projects.push((await createProject(app, { unit: 'GAJ', dueOn: daysFromToday(-2) })).gid);
    const county = (await createProject(app, { unit: 'TAIHE-DEPT' })).gid;
    projects.push(county);
    const countyPending = (await createProject(app, { unit: 'TAIHE-DEPT' })).gid;
    const filed = await app.query(ApplyExtension, { input: { projectId: countyPending, reasons: '系统联调未完成', requestedDueOn: daysFromToday(120) } }, 'taihe.dept');
    ok(filed.acceptanceExtensionApply.errors);
    projects.push(countyPending);

    const disagreements: string[] = [];
    let compared = 0;
    for (const user of [...USERS, 'taihe.dept']) {
      for (const projectId of projects) {
        const seen = await app.query(ProjectFilings, { id: projectId }, user).catch(() => null);
        if (seen?.node?.__typename !== 'Project') continue;
        for (const said of seen.node.acceptanceFilings) {
          const input = FILINGS[said.action];
          if (!input) throw new Error(`no input for ${said.action}`);
          const doc = `mutation Try($input: ${said.action[0].toUpperCase()}${said.action.slice(1)}Input!) { result: ${said.action}(input: $input) { errors { code rule gate field } } }`;
          app.services.rehearseCommands = true;
          let out;
          try {
            out = await app.request(doc, { input: input(projectId) }, { as: user });
          } finally {
            app.services.rehearseCommands = false;
          }
          compared += 1;
          const errors = out.errors?.length ? null : (out.data as { result: { errors: Blocker[] } }).result.errors;
          if (!errors || said.allowed !== (errors.length === 0) || blockerKeys(said.blockers) !== blockerKeys(errors)) {
            disagreements.push(`${user} ${said.action} on ${projectId}: said ${JSON.stringify(said)}, did ${JSON.stringify(errors ?? out.errors)}`);
          }
        }
      }
    }
    expect(disagreements.slice(0, 10).join('\n')).toBe('');
    expect(compared).toBeGreaterThanOrEqual(150);
  });
});
