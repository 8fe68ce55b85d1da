import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { AttachDocument, doc, municipalProjectAt } from '../support/projects';
import {
  Apply,
  bothSigned,
  cloudIds,
  type CloudIds,
  ExpertReview,
  Notify,
  provisionTenancy,
  Review,
  seatExperts,
  Sign,
  useClock,
} from '../cloud/support';

const MyTasks = graphql(`
  query MyTasks($first: Int, $after: String, $filter: TaskFilter) {
    myTasks(first: $first, after: $after, filter: $filter) {
      totalCount
      countsByKind {
        kind
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        kind
        title
        state
        actions
        dueOn
        workingDaysLeft
        overdue
        rule
        waitingSince
        notice
        subject {
          id
          ... on Project {
            name
          }
          ... on CloudTenancy {
            code
          }
        }
      }
    }
  }
`);

type Tasks = Awaited<ReturnType<typeof inboxOf>>;

let app: TestApp;

async function inboxOf(as: string, variables: { first?: number; after?: string; filter?: { kinds?: string[]; overdue?: boolean } } = {}, token?: string) {
  const res = await app.request(MyTasks, variables as never, token ? { authorization: `Bearer ${token}` } : { as });
  expect(res.errors).toBeUndefined();
  return res.data!.myTasks;
}

const ids = (tasks: Tasks) => tasks.nodes.map((t) => t.subject?.id).sort();

beforeAll(async () => {
  app = await startTestApp({ env: { OA_CLIENTS: 'oa-municipal' } });
});
afterAll(() => app.stop());

describe('myTasks: projects', () => {
  let underReview: string[];
  let draft: string;
  let returned: string;
  let approved: string;

  beforeAll(async () => {
    underReview = [await municipalProjectAt(app, 'UNDER_REVIEW'), await municipalProjectAt(app, 'UNDER_REVIEW')];
    draft = await municipalProjectAt(app, 'DRAFT');
    returned = await municipalProjectAt(app, 'RETURNED');
    approved = await municipalProjectAt(app, 'APPROVED');
  });

  it("lists exactly the projects awaiting the DRC leader's decision (PM-8.1), with the decisions open now", async () => {
    const tasks = await inboxOf('drc.leader', { filter: { kinds: ['PROJECT'] } });
    expect(ids(tasks)).toEqual([...underReview].sort());
    for (const t of tasks.nodes) {
      expect(t).toMatchObject({ kind: 'PROJECT', state: 'UNDER_REVIEW', dueOn: null, overdue: false });
      // PM-9(3): no catalog yet, so approval is not open; rejection is.
      expect(t.actions).toContain('reject');
      expect(t.actions).not.toContain('approve');
      expect(t.title).toBe((t.subject as { name: string }).name);
    }
    expect(tasks.totalCount).toBe(2);
    expect(tasks.countsByKind).toContainEqual({ kind: 'PROJECT', count: 2 });
  });

  it("lists a unit's own returned project to resubmit, and not its draft whose co-builder has not confirmed (PM-9(6))", async () => {
    const tasks = await inboxOf('jyj.clerk', { filter: { kinds: ['PROJECT'] } });
    expect(ids(tasks)).toContain(returned);
    expect(ids(tasks)).not.toContain(draft);
    expect(ids(tasks)).not.toContain(underReview[0]);
    expect(tasks.nodes.find((t) => t.subject?.id === returned)!.actions).toEqual(['submitFeasibility']);
  });

  it("lists the co-builder's confirmation (PM-9(6)) and the invited agency's opinion (PM-5)", async () => {
    const wjw = await inboxOf('wjw.clerk', { filter: { kinds: ['PROJECT'] } });
    expect(wjw.nodes.find((t) => t.subject?.id === draft)?.actions).toEqual(['confirmParticipation']);
    // Finance recorded its opinion in the fixture; NSC was invited and has not.
    const nsc = await inboxOf('nsc.leader', { filter: { kinds: ['PROJECT'] } });
    expect(ids(nsc)).toEqual(expect.arrayContaining(underReview));
    expect(nsc.nodes.find((t) => t.subject?.id === underReview[0])!.actions).toEqual(['recordOpinion']);
    const finance = await inboxOf('finance.leader', { filter: { kinds: ['PROJECT'] } });
    expect(ids(finance)).not.toContain(underReview[0]);
  });

  it("puts an approved project in BDC's and the unit's inbox only for their own steps (PM-8.2, PM-4)", async () => {
    // PM-8.2: the technical plan goes to BDC once attached; until then there is no step to take.
    const before = await inboxOf('jyj.clerk', { filter: { kinds: ['PROJECT'] } });
    expect(ids(before)).not.toContain(approved);
    const attached = await app.query(AttachDocument, { input: { id: approved, kind: 'TECHNICAL_PLAN', ...(await doc(app, 'jyj.clerk', '技术性方案')) } }, 'jyj.clerk');
    expect(attached.projectDocumentAttach.errors).toEqual([]);
    const unit = await inboxOf('jyj.clerk', { filter: { kinds: ['PROJECT'] } });
    expect(unit.nodes.find((t) => t.subject?.id === approved)?.actions).toEqual(['submitTechnicalPlan']);
    const finance = await inboxOf('finance.leader', { filter: { kinds: ['PROJECT'] } });
    expect(finance.nodes.find((t) => t.subject?.id === approved)?.actions).toEqual(['confirmBudget']);
    const bdc = await inboxOf('bdc.leader', { filter: { kinds: ['PROJECT'] } });
    expect(ids(bdc)).not.toContain(approved);
  });

  it('agrees with availableActions on every task it lists', async () => {
    const tasks = await inboxOf('drc.leader', { filter: { kinds: ['PROJECT'] } });
    for (const t of tasks.nodes) {
      const res = await app.request(`query($id: ID!) { node(id: $id) { ... on Project { availableActions { action allowed } } } }`, { id: t.subject!.id }, { as: 'drc.leader' });
      const allowed = (res.data as { node: { availableActions: { action: string; allowed: boolean }[] } }).node.availableActions.filter((a) => a.allowed).map((a) => a.action);
      expect(allowed).toEqual(expect.arrayContaining(t.actions));
    }
  });

  it('gives the Audit Bureau an empty inbox: it reads and takes no step (PM-18)', async () => {
    expect(await inboxOf('audit.auditor')).toMatchObject({ totalCount: 0, nodes: [], countsByKind: [] });
  });

  it("shows an OA system acting for a user that user's inbox", async () => {
    const token = await app.token('drc.leader', { actor: 'oa-municipal' });
    expect(ids(await inboxOf('drc.leader', { filter: { kinds: ['PROJECT'] } }, token))).toEqual([...underReview].sort());
  });

  it('pages by cursor, most urgent first, and refuses a bad cursor or page size', async () => {
    const all = await inboxOf('jyj.clerk', { first: 100 });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await inboxOf('jyj.clerk', { first: 1, after });
      seen.push(...page.nodes.map((t) => `${t.kind}:${t.subject?.id}`));
      expect(page.totalCount).toBe(all.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.nodes.map((t) => `${t.kind}:${t.subject?.id}`));
    const bad = await app.request(MyTasks, { after: 'not-a-cursor' }, { as: 'jyj.clerk', lang: 'en' });
    expect(bad.errors?.[0]).toMatchObject({ message: 'Invalid cursor', extensions: { code: 'BAD_USER_INPUT' } });
    const big = await app.request(MyTasks, { first: 101 }, { as: 'jyj.clerk', lang: 'en' });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same statements for 10 waiting projects as for 1,000', async () => {
    const measure = async () => {
      app.statements.reset();
      const tasks = await inboxOf('drc.leader', { first: 20, filter: { kinds: ['PROJECT'] } });
      return { statements: app.statements.count, total: tasks.totalCount };
    };
    // Copies of a project under review, each with its own code: the same state, duty and facts.
    const copy = async (n: number) => {
      const columns = (
        await sqlAsAdmin<{ column_name: string }>(app.database, `select column_name from information_schema.columns where table_name = 'project' and column_name not in ('id', 'code')`)
      ).map((c) => `"${c.column_name}"`);
      await sqlAsAdmin(
        app.database,
        `insert into project (id, code, ${columns.join(', ')})
         select gen_random_uuid(), 'C-' || substr(md5(random()::text), 1, 30), ${columns.join(', ')} from project, generate_series(1, ${n}) where id = $1`,
        [Buffer.from(underReview[0], 'base64url').toString().split(':')[1]],
      );
    };
    await copy(8);
    const ten = await measure();
    expect(ten.total).toBe(10);
    await copy(990);
    const thousand = await measure();
    expect(thousand.total).toBe(1000);
    expect(thousand.statements).toBe(ten.statements);
  });
});

describe('myTasks: every seeded user', () => {
  it('answers every user, each task with an action, an object the user may read and its state', async () => {
    const users = await sqlAsAdmin<{ username: string }>(app.database, 'select username from "user" where active order by username');
    expect(users.length).toBeGreaterThan(50);
    for (const { username } of users) {
      const tasks = await inboxOf(username, { first: 100 });
      for (const t of tasks.nodes) {
        expect(t.actions.length).toBeGreaterThan(0);
        if (t.kind !== 'CALENDAR_YEAR') expect(t.subject?.id).toBeTruthy();
      }
      expect(tasks.countsByKind.reduce((n, c) => n + c.count, 0)).toBe(tasks.totalCount);
    }
  });
});

describe('myTasks: cloud tenancies', () => {
  let cloud: CloudIds;

  beforeAll(async () => {
    cloud = await cloudIds(app);
    useClock(app, '2026-06-01');
  });
  afterAll(() => {
    app.services.clock = undefined as never;
  });

  /** 泰和县's e-government office files an application for two vCPUs (CM-10). */
  async function taiheApplies(systemName: string): Promise<string> {
    const input = {
      systemName,
      zoneId: cloud.zone('CT-JIAN-EXTRANET'),
      mlpsLevel: 2,
      classified: false,
      migration: false,
      contactName: '张工',
      contactPhone: '0796-8888888',
      resources: [{ itemId: cloud.item('ECS-VCPU'), quantity: 2 }],
      userDepartmentId: cloud.agency('TAIHE-DEPT'),
    };
    const applied = await app.query(Apply, { input }, 'taihe.egov');
    expect(applied.cloudTenancyApply.errors).toEqual([]);
    return applied.cloudTenancyApply.cloudTenancy!.id;
  }

  it("lists a county department's tenancies waiting for its step (CM-7, CM-13), with the deadline, and not another county's", async () => {
    const mine = await provisionTenancy(app, cloud, { as: 'taihe.egov', systemName: '泰和县不动产登记系统', resources: [['ECS-VCPU', 2]] });
    const other = await provisionTenancy(app, cloud, { as: 'xiajiang.egov', systemName: '峡江县政务服务平台', resources: [['ECS-VCPU', 2]] });
    const waiting = await taiheApplies('泰和县医保结算系统');

    const tasks = await inboxOf('taihe.dept', { filter: { kinds: ['TENANCY'] } });
    expect(ids(tasks)).toEqual([mine]);
    expect(tasks.nodes[0]).toMatchObject({ kind: 'TENANCY', state: 'PROVISIONED', actions: ['recordDeployment'], rule: 'CM-13', overdue: false });
    expect(tasks.nodes[0].dueOn).toMatch(/^2026-07-/);
    expect(tasks.nodes[0].workingDaysLeft).toBeGreaterThan(20);
    expect(ids(await inboxOf('xiajiang.dept', { filter: { kinds: ['TENANCY'] } }))).toEqual([other]);
    // The e-government office filed them; the department whose system it is deploys it (CM-7, CM-10).
    expect(ids(await inboxOf('taihe.egov', { filter: { kinds: ['TENANCY'] } }))).toEqual([]);

    // The application waits on BDC's review (CM-11), not on the county.
    const bdc = await inboxOf('bdc.leader', { filter: { kinds: ['TENANCY'] } });
    expect(bdc.nodes.find((t) => t.subject?.id === waiting)?.actions).toEqual(['review']);
    expect(ids(bdc)).not.toContain(mine);
  });

  it("puts an overdue provisioning first in the provider's inbox (CM-12), and filters by overdue", async () => {
    useClock(app, '2026-06-08');
    const id = await taiheApplies('泰和县社保经办系统');
    const quota = [{ itemId: cloud.item('ECS-VCPU'), quantity: 2 }];
    expect((await app.query(Review, { input: { id, decision: 'APPROVE' } }, 'bdc.leader')).cloudTenancyReview.errors).toEqual([]);
    await seatExperts(app, cloud, 'tenancy', id);
    expect(
      (await app.query(ExpertReview, { input: { id, reviewedOn: '2026-06-08', conclusion: '同意', quota } }, 'bdc.reviewer')).cloudTenancyExpertReview.errors,
    ).toEqual([]);
    const sign = { id, ...(await bothSigned(app, 'taihe.dept', '2026-06-08')) };
    expect((await app.query(Sign, { input: sign }, 'taihe.dept')).cloudTenancySignDocuments.errors).toEqual([]);
    expect((await app.query(Notify, { input: { id } }, 'bdc.clerk')).cloudTenancyNotifyProvider.errors).toEqual([]);

    const onTime = await inboxOf('telecom.operator', { filter: { kinds: ['TENANCY'] } });
    expect(onTime.nodes.find((t) => t.subject?.id === id)).toMatchObject({ actions: ['confirmProvisioning'], dueOn: '2026-06-11', workingDaysLeft: 3, overdue: false, rule: 'CM-12' });
    expect((await inboxOf('telecom.operator', { filter: { overdue: true } })).totalCount).toBe(0);

    useClock(app, '2026-06-15');
    const late = await inboxOf('telecom.operator', { filter: { overdue: true } });
    expect(ids(late)).toEqual([id]);
    // Due Thursday June 11: Friday 12 and Monday 15 are the working days past it.
    expect(late.nodes[0]).toMatchObject({ overdue: true, workingDaysLeft: -2 });
    expect((await inboxOf('telecom.operator')).nodes[0].subject?.id).toBe(id);
  });
});

describe('myTasks: the calendar year', () => {
  it('from November 1 tells BDC and the Government Office to publish a missing next year (CM-12), and nobody else', async () => {
    useClock(app, '2026-11-16');
    const bdc = await inboxOf('bdc.leader', { filter: { kinds: ['CALENDAR_YEAR'] } });
    expect(bdc.nodes).toEqual([
      expect.objectContaining({ kind: 'CALENDAR_YEAR', subject: null, title: '2027', actions: ['publish'], dueOn: '2026-12-31', rule: 'CM-12' }),
    ]);
    expect(bdc.nodes[0].notice).toMatch(/2027/);
    expect((await inboxOf('govoffice.reviewer', { filter: { kinds: ['CALENDAR_YEAR'] } })).totalCount).toBe(1);
    expect((await inboxOf('drc.leader', { filter: { kinds: ['CALENDAR_YEAR'] } })).totalCount).toBe(0);
    useClock(app, '2026-10-31');
    expect((await inboxOf('bdc.leader', { filter: { kinds: ['CALENDAR_YEAR'] } })).totalCount).toBe(0);
  });
});
