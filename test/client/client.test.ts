import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AuditChainStatusDocument,
  AuditEventsDocument,
  CloudZonesDocument,
  createClient,
  FeeStatementsDocument,
  GraphQLResponseError,
  MeDocument,
  MyTasksDocument,
  ProjectApproveProposalDocument,
  ProjectDocument,
  ProjectsDocument,
  ProjectSubmitProposalDocument,
  RefusedError,
  TransportError,
  unwrap,
} from '../../client/src';
import { main } from '../../client/examples/file-project';
import { projectRoot } from '../../src/paths';
import { startTestApp, type TestApp } from '../support/app';

/** Who decides 泰和县's proposals (PM-8.3). */
const COUNTY_APPROVER = 'taihe.drc.leader';

let app: TestApp;
let url: string;
beforeAll(async () => {
  app = await startTestApp();
  url = `${app.url}/graphql`;
});
afterAll(() => app.stop());

describe('the client package against a running API', () => {
  let filed: { id: string; code: string; status: string };

  it('runs the example: a county unit files its project and submits the proposal', async () => {
    const lines: string[] = [];
    filed = await main({ url, token: await app.token('taihe.dept'), log: (l) => lines.push(l) });
    expect(filed.status).toBe('PROPOSAL_UNDER_REVIEW');
    expect(lines[0]).toBe('signed in as taihe.dept (泰和县教育体育局; CLERK)');
    expect(lines.at(-2)).toBe(`${filed.code} 县域中小学智慧校园平台: PROPOSAL_UNDER_REVIEW`);
    // The proposal waits on the county's review, not on the unit.
    expect(lines.at(-1)).toBe('inbox: 0 task(s)');
  });

  it("finds the filed proposal in the county approver's inbox", async () => {
    const county = createClient({ url, token: () => app.token(COUNTY_APPROVER) });
    const { myTasks } = await county.request(MyTasksDocument, { filter: { kinds: ['PROJECT'] } });
    expect(myTasks.nodes.find((t) => t.subject?.id === filed.id)).toMatchObject({ kind: 'PROJECT', state: 'PROPOSAL_UNDER_REVIEW', actions: ['approveProposal', 'rejectProposal'] });
  });

  it('takes the next step as the county government and reads the project back', async () => {
    const county = createClient({ url, token: () => app.token(COUNTY_APPROVER) });
    const approved = unwrap((await county.request(ProjectApproveProposalDocument, { input: { id: filed.id } })).projectApproveProposal);
    expect(approved.project?.status).toBe('PROPOSAL_APPROVED');
    const { project } = await county.request(ProjectDocument, { id: filed.id });
    expect(project.documents.map((d) => d.kind)).toEqual(['PROPOSAL']);
  });

  it('throws a RefusedError naming the rule when a payload lists errors', async () => {
    const unit = createClient({ url, token: await app.token('taihe.dept'), lang: 'en' });
    const payload = (await unit.request(ProjectSubmitProposalDocument, { input: { id: filed.id } })).projectSubmitProposal;
    expect(payload.errors.length).toBeGreaterThan(0);
    let refused: unknown;
    try {
      unwrap(payload);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(RefusedError);
    expect(refused).toMatchObject({ code: payload.errors[0].code, rule: payload.errors[0].rule ?? undefined, errors: payload.errors });
  });

  it('throws a GraphQLResponseError on top-level errors, with the status and request ID', async () => {
    const anonymous = createClient({ url });
    const error = await anonymous.request(MeDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, requestId: expect.any(String) });
  });

  it('throws a TransportError when nothing answers, and uses the fetch it is given', async () => {
    const down = createClient({ url: 'http://127.0.0.1:9/graphql', token: 'x' });
    await expect(down.request(MeDocument)).rejects.toBeInstanceOf(TransportError);
    const calls: string[] = [];
    const counted = createClient({ url, token: await app.token('drc.clerk'), fetch: (input, init) => (calls.push(String(input)), fetch(input, init)) });
    expect((await counted.request(MeDocument)).me.username).toBe('drc.clerk');
    expect(calls).toEqual([url]);
  });

  it('has documents the live schema accepts for the other common reads', async () => {
    const drc = createClient({ url, token: await app.token('drc.clerk') });
    expect((await drc.request(ProjectsDocument, { first: 5 })).projects.totalCount).toBeGreaterThanOrEqual(1);
    expect((await drc.request(CloudZonesDocument)).cloudZones.length).toBeGreaterThan(0);
    const finance = createClient({ url, token: await app.token('finance.clerk') });
    expect((await finance.request(FeeStatementsDocument, { first: 5 })).feeStatements.nodes).toEqual([]);
    const auditor = createClient({ url, token: await app.token('audit.auditor') });
    const events = await auditor.request(AuditEventsDocument, { first: 5, filter: { subjectId: filed.id } });
    expect(events.auditEvents.nodes.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'attachDocument', 'submitProposal', 'approveProposal']));
    expect((await auditor.request(AuditChainStatusDocument)).auditChainStatus.ok).toBe(true);
  });
});

describe('the client package as built', () => {
  it('compiles with its own tsconfig and works as plain JavaScript', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-client-'));
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(projectRoot, 'client/tsconfig.json'), '--outDir', outDir], { stdio: 'pipe' });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const built = require(path.join(outDir, 'src/index.js')) as typeof import('../../client/src');
      const client = built.createClient({ url, token: await app.token('jyj.clerk') });
      expect((await client.request(built.MeDocument)).me.username).toBe('jyj.clerk');
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
