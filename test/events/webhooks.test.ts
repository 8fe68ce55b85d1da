import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { deliverWebhooks, type DeliveryServices } from '../../src/events/delivery.worker';
import { verifyDelivery } from '../../src/events/webhook-signature';
import { fromGlobalId, keyOf } from '../../src/graphql/global-id';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { Approve, ApproveProposal, AttachDocument, CreateProject, doc, rules, submitCatalog, SubmitFeasibility, SubmitProposal, UpdateProject } from '../support/projects';

const Subscribe = graphql(`
  mutation WebhookSubscribe($input: WebhookSubscribeInput!) {
    webhookSubscribe(input: $input) {
      webhookSubscription {
        id
        endpointUrl
        eventTypes
        active
        identity
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation WebhookUpdate($input: WebhookUpdateInput!) {
    webhookUpdate(input: $input) {
      webhookSubscription {
        id
        endpointUrl
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Unsubscribe = graphql(`
  mutation WebhookUnsubscribe($input: WebhookUnsubscribeInput!) {
    webhookUnsubscribe(input: $input) {
      webhookSubscription {
        active
      }
      errors {
        code
        rule
      }
    }
  }
`);

const Replay = graphql(`
  mutation WebhookReplay($input: WebhookReplayInput!) {
    webhookReplay(input: $input) {
      requeued
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Subscriptions = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions(first: 10) {
      nodes {
        id
        endpointUrl
        eventTypes
        deliveries(first: 2) {
          totalCount
        }
      }
    }
  }
`);

const Deliveries = graphql(`
  query WebhookDeliveries($subscriptionId: ID!) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {
      totalCount
      nodes {
        id
        status
        attempts
        lastStatus
        lastError
        nextAttemptAt
        event {
          type
          sequence
        }
      }
    }
  }
`);

/** A subscription's delivery log. */
const logOf = async (subscriptionId: string) => (await app.query(Deliveries, { subscriptionId }, 'bdc.leader')).webhookDeliveries.nodes;

const Events = graphql(`
  query Events($after: String, $first: Int) {
    events(after: $after, first: $first) {
      edges {
        cursor
        node {
          id
          sequence
          type
          subjectType
          subjectId
          fromState
          toState
          actorUsername
          requestId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on a free local port: keeps every request, answers 500 while `failures` > 0. */
function startReceiver() {
  const received: Received[] = [];
  const state = { failures: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      if (state.failures > 0) {
        state.failures--;
        res.writeHead(500).end('try later');
      } else res.writeHead(204).end();
    });
  });
  return new Promise<{ url: string; received: Received[]; state: typeof state; close(): Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        received,
        state,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

/** The project's steps, each a domain event (editing a draft is a step too). */
const STEPS = [
  'Project.create',
  'Project.update',
  'Project.attachDocument',
  'Project.submitProposal',
  'Project.approveProposal',
  'Project.attachDocument',
  'Project.submitFeasibility',
  'Project.approve',
];

const SECRET_A = 'oa-taihe-secret-0123456789';
const SECRET_B = 'oa-jishui-secret-0123456789';

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
/** The worker as the server runs it, with the clock moved `aheadMs` on (for retries that are due later). */
const deliver = (aheadMs = 0) =>
  deliverWebhooks({ ...(app.services as DeliveryServices), clock: { now: () => new Date(Date.now() + aheadMs) } });
const HOUR = 3600_000;

beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_RETRY_BASE_SECONDS: '60', WEBHOOK_TIMEOUT_SECONDS: '2' } });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await app.stop();
});

const eventCount = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from domain_event'))[0].n);
const bodies = (path: string) => receiver.received.filter((r) => r.path === path).map((r) => JSON.parse(r.body));

let subA: string;
let subB: string;
let projectId: string;

describe('webhook subscriptions (PM-4)', () => {
  it('are registered by a BDC leader only, with a valid endpoint, secret, types and identity', async () => {
    const clerk = await app.query(Subscribe, { input: { endpointUrl: `${receiver.url}/a`, secret: SECRET_A, identity: 'taihe.gov' } }, 'bdc.clerk');
    expect(rules(clerk.webhookSubscribe.errors)).toEqual(['FORBIDDEN PM-4']);
    const county = await app.query(Subscribe, { input: { endpointUrl: `${receiver.url}/a`, secret: SECRET_A, identity: 'taihe.gov' } }, 'taihe.egov');
    expect(rules(county.webhookSubscribe.errors)).toEqual(['FORBIDDEN PM-4']);
    const bad = await app.query(
      Subscribe,
      { input: { endpointUrl: 'ftp://oa.example/hook', secret: 'short', eventTypes: ['approve'], identity: 'nobody' } },
      'bdc.leader',
    );
    expect(bad.webhookSubscribe.errors.map((e) => e.field).sort()).toEqual(['endpointUrl', 'eventTypes', 'identity', 'secret']);

    const a = await app.query(Subscribe, { input: { endpointUrl: `${receiver.url}/a`, secret: SECRET_A, identity: 'taihe.gov' } }, 'bdc.leader');
    expect(a.webhookSubscribe.errors).toEqual([]);
    expect(a.webhookSubscribe.webhookSubscription).toMatchObject({ eventTypes: [], active: true, identity: 'taihe.gov' });
    subA = a.webhookSubscribe.webhookSubscription!.id;
    // Another county's identity: it may not read Taihe's project.
    const b = await app.query(
      Subscribe,
      { input: { endpointUrl: `${receiver.url}/b`, secret: SECRET_B, identity: 'jishui.gov', eventTypes: ['Project.create', 'Project.approve'] } },
      'bdc.leader',
    );
    subB = b.webhookSubscribe.webhookSubscription!.id;
  });

  it('never returns the secret, and the audit trail records only that it was set', async () => {
    const schemaHasSecret = await app.request('{ webhookSubscriptions { nodes { secret } } }', {}, { as: 'bdc.leader' });
    expect(schemaHasSecret.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const [audit] = await sqlAsAdmin<{ changes: string }>(
      app.database,
      `select changes::text from audit_event where action = 'create' and subject_type = 'WebhookSubscription' and outcome = 'ALLOWED' order by seq limit 1`,
    );
    expect(audit.changes).not.toContain(SECRET_A);
    expect(audit.changes).toContain('(hidden)');
  });
});

describe('delivery of a county project’s approval', () => {
  it('writes one event per step, in the same transaction as the step', async () => {
    const before = await eventCount();
    const res = await app.query(
      CreateProject,
      {
        input: {
          name: '泰和县智慧教育平台',
          category: 'BUSINESS_SYSTEM',
          buildType: 'NEW',
          network: 'EGOV_EXTRANET',
          investment: '3000000.00',
          classified: false,
          fundingSource: 'COUNTY_FISCAL',
          scale: '全县中小学',
          budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '应用系统开发', amount: '3000000.00' }],
        },
      },
      'taihe.dept',
    );
    projectId = res.projectCreate.project!.id;
    expect(await eventCount()).toBe(before + 1);

    // Refused steps (a gate, a policy) roll back: no event.
    const early = await app.query(SubmitFeasibility, { input: { id: projectId } }, 'taihe.dept');
    expect(early.projectSubmitFeasibility.errors.length).toBeGreaterThan(0);
    await app.query(UpdateProject, { input: { id: projectId, urgencyBasis: 'PROVINCIAL_REQUIREMENT', urgencyReference: '赣教字〔2026〕12号' } }, 'taihe.dept');
    await app.query(AttachDocument, { input: { id: projectId, kind: 'PROPOSAL', ...(await doc(app, 'taihe.dept', '项目建议书', { chapters: [] })) } }, 'taihe.dept');
    expect((await app.query(SubmitProposal, { input: { id: projectId } }, 'taihe.dept')).projectSubmitProposal.errors).toEqual([]);
    const mid = await eventCount();
    const drc = await app.query(ApproveProposal, { input: { id: projectId } }, 'drc.leader');
    expect(rules(drc.projectApproveProposal.errors)).toEqual(['FORBIDDEN PM-7.1']);
    expect(await eventCount()).toBe(mid);

    expect((await app.query(ApproveProposal, { input: { id: projectId } }, 'taihe.drc.leader')).projectApproveProposal.errors).toEqual([]);
    await app.query(AttachDocument, { input: { id: projectId, kind: 'FEASIBILITY_STUDY', ...(await doc(app, 'taihe.dept', '可行性研究报告', { securityStatement: '国产化产品' })) } }, 'taihe.dept');
    expect((await app.query(SubmitFeasibility, { input: { id: projectId } }, 'taihe.dept')).projectSubmitFeasibility.errors).toEqual([]);
    await submitCatalog(app, projectId, 'taihe.dept');
    const approved = await app.query(Approve, { input: { id: projectId, approvalDocument: await doc(app, 'taihe.drc.leader', '县发改委批复'), constructionMonths: 12 } }, 'taihe.drc.leader');
    expect(approved.projectApprove.errors).toEqual([]);

    const rows = await sqlAsAdmin<{ type: string; from_state: string; to_state: string; request_id: string; audit: string }>(
      app.database,
      `select e.type, e.from_state, e.to_state, e.request_id,
              (select count(*) from audit_event a where a.request_id = e.request_id and a.outcome = 'ALLOWED')::text audit
         from domain_event e where e.subject_id = $1 order by e.sequence`,
      [keyOf(projectId, 'Project')],
    );
    expect(rows.map((r) => r.type)).toEqual(STEPS);
    expect(rows.at(-1)).toMatchObject({ from_state: 'UNDER_REVIEW', to_state: 'APPROVED' });
    // Each event names the request of the audit event written with it.
    expect(rows.every((r) => r.audit === '1')).toBe(true);
  });

  it('posts each step signed, retries after a 500, and sends nothing the identity may not read', async () => {
    receiver.state.failures = 1;
    const first = await deliver();
    expect(first).toMatchObject({ ran: true, retried: 1, failed: 0 });
    expect(first.skipped).toBeGreaterThan(0);
    // Not due yet: nothing more is sent.
    expect(await deliver()).toMatchObject({ delivered: 0, retried: 0 });
    const retry = await deliver(HOUR);
    expect(retry).toMatchObject({ delivered: 1, retried: 0 });

    const projectKey = keyOf(projectId, 'Project');
    const toA = bodies('/a');
    const projectEvents = toA.filter((b) => b.subject.type === 'Project' && fromGlobalId(b.subject.id)?.id === projectKey);
    // Every step (the one answered 500 twice: its attempt and its retry).
    const once = [...new Map(projectEvents.map((b) => [b.sequence, b])).values()];
    expect(once.sort((x, y) => Number(x.sequence) - Number(y.sequence)).map((b) => b.type)).toEqual(STEPS);
    // The first attempt (answered 500) and its retry carry the same event id.
    const ids = receiver.received.filter((r) => r.path === '/a').map((r) => r.headers['x-egov-event-id']);
    expect(ids.length).toBe(new Set(ids).size + 1);
    for (const r of receiver.received.filter((x) => x.path === '/a')) {
      const timestamp = r.headers['x-egov-timestamp'] as string;
      expect(r.headers['x-egov-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifyDelivery(SECRET_A, timestamp, r.body, r.headers['x-egov-signature'] as string)).toBe(true);
      expect(verifyDelivery(SECRET_B, timestamp, r.body, r.headers['x-egov-signature'] as string)).toBe(false);
      expect(JSON.parse(r.body).id).toBe(r.headers['x-egov-event-id']);
    }
    const approve = projectEvents.find((b) => b.type === 'Project.approve');
    expect(approve).toMatchObject({ from: 'UNDER_REVIEW', to: 'APPROVED', actor: { username: 'taihe.drc.leader' } });
    expect(approve.sequence).toMatch(/^\d+$/);
    expect(Date.parse(approve.occurredAt)).toBeGreaterThan(0);

    // Jishui's identity may not read Taihe's project: nothing went to /b, each matching event is SKIPPED.
    expect(bodies('/b')).toEqual([]);
    const list = await app.query(Subscriptions, {}, 'bdc.leader');
    expect(list.webhookSubscriptions.nodes.find((s) => s.id === subB)).toMatchObject({ eventTypes: ['Project.create', 'Project.approve'], deliveries: { totalCount: 2 } });
    expect((await logOf(subB)).map((d) => [d.event!.type, d.status])).toEqual([
      ['Project.create', 'SKIPPED'],
      ['Project.approve', 'SKIPPED'],
    ]);
    const a = await logOf(subA);
    expect(a.every((d) => d.status === 'DELIVERED')).toBe(true);
    expect(a.find((d) => d.attempts === 2)).toMatchObject({ lastStatus: 204, lastError: null });
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/jian_webhook_deliveries_total\{outcome="retry"\} 1/);
    expect(metrics).toMatch(/jian_webhook_deliveries_total\{outcome="skipped"\} 2/);
  });

  it('delivers each event once per subscription even when two workers run at once', async () => {
    const before = receiver.received.length;
    for (const name of ['泰和县网上办事大厅', '泰和县数据共享平台']) {
      await app.query(
        CreateProject,
        {
          input: {
            name,
            category: 'BUSINESS_SYSTEM',
            buildType: 'NEW',
            network: 'EGOV_EXTRANET',
            investment: '1000000.00',
            classified: false,
            fundingSource: 'COUNTY_FISCAL',
            scale: '全县',
            budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '应用系统开发', amount: '1000000.00' }],
          },
        },
        'taihe.dept',
      );
    }
    const runs = await Promise.all([deliver(), deliver(), deliver()]);
    expect(runs.reduce((n, r) => n + r.delivered, 0)).toBe(2);
    const ids = receiver.received.slice(before).map((r) => r.headers['x-egov-event-id']);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    // Again: nothing left to send.
    expect(await deliver(HOUR)).toMatchObject({ delivered: 0, retried: 0 });
    const [{ dup }] = await sqlAsAdmin<{ dup: string }>(
      app.database,
      'select count(*)::text dup from (select 1 from webhook_delivery group by subscription_id, event_id having count(*) > 1) d',
    );
    expect(dup).toBe('0');
  });

  it('fails a delivery after its last attempt, and replays it on request', async () => {
    // An endpoint nobody listens on.
    const dead = await startReceiver();
    await dead.close();
    const c = await app.query(Subscribe, { input: { endpointUrl: `${dead.url}/c`, secret: SECRET_A, identity: 'taihe.gov', eventTypes: ['Project.create'] } }, 'bdc.leader');
    const subC = c.webhookSubscribe.webhookSubscription!.id;
    await app.query(CreateProject, { input: { name: '泰和县应急指挥平台', category: 'BUSINESS_SYSTEM', buildType: 'NEW', network: 'EGOV_EXTRANET', investment: '1000000.00', classified: false, fundingSource: 'COUNTY_FISCAL', scale: '全县', budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '应用系统开发', amount: '1000000.00' }] } }, 'taihe.dept');
    expect(await deliver()).toMatchObject({ retried: 1 });
    expect(await deliver(HOUR)).toMatchObject({ retried: 1 });
    expect(await deliver(2 * HOUR)).toMatchObject({ failed: 1 });
    expect(await deliver(3 * HOUR)).toMatchObject({ delivered: 0, retried: 0, failed: 0 });
    const [failed] = await logOf(subC);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3, lastStatus: null, nextAttemptAt: null });
    expect(failed.lastError).toBeTruthy();

    const [delivered] = await logOf(subA);
    const notFailed = await app.query(Replay, { input: { deliveryId: delivered.id } }, 'bdc.leader');
    expect(rules(notFailed.webhookReplay.errors)).toEqual(['PRECONDITION_FAILED PM-4']);
    const clerk = await app.request(Replay, { input: { deliveryId: failed.id } }, { as: 'bdc.clerk' });
    expect(clerk.errors?.[0].extensions?.code ?? rules(clerk.data!.webhookReplay.errors)[0]).toMatch(/NOT_FOUND|FORBIDDEN PM-4/);

    // The OA system is back, at a new address: point the subscription there and replay.
    await app.query(Update, { input: { id: subC, endpointUrl: `${receiver.url}/c` } }, 'bdc.leader');
    const replayed = await app.query(Replay, { input: { deliveryId: failed.id } }, 'bdc.leader');
    expect(replayed.webhookReplay).toEqual({ requeued: 1, errors: [] });
    expect(await deliver()).toMatchObject({ delivered: 1 });
    const [received] = bodies('/c');
    expect(received).toMatchObject({ type: 'Project.create', subject: { type: 'Project' } });
    expect((await app.query(Replay, { input: { subscriptionId: subC, fromSequence: '0' } }, 'bdc.leader')).webhookReplay.requeued).toBe(0);

    const gone = await app.query(Unsubscribe, { input: { id: subC } }, 'bdc.leader');
    expect(gone.webhookUnsubscribe.webhookSubscription!.active).toBe(false);
  });
});

describe('events(after) for pollers', () => {
  it('pages by sequence and lists only events whose subject the caller may read', async () => {
    const all: { sequence: string; type: string; subjectId: string }[] = [];
    let after: string | null | undefined = undefined;
    for (let page = 0; page < 50; page++) {
      const res: any = await app.query(Events, { after, first: 3 }, 'taihe.gov');
      all.push(...res.events.edges.map((e: any) => e.node));
      for (const e of res.events.edges) expect(e.cursor).toBe(e.node.sequence);
      if (!res.events.pageInfo.hasNextPage) break;
      after = res.events.pageInfo.endCursor;
    }
    const sequences = all.map((e) => Number(e.sequence));
    expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(all.filter((e) => e.subjectId === projectId).map((e) => e.type)).toEqual(STEPS);
    // Another county's government sees none of Taihe's.
    const jishui = await app.query(Events, { first: 100 }, 'jishui.gov');
    expect(jishui.events.edges.filter((e) => e.node.subjectId === projectId)).toEqual([]);
    // After the last sequence: an empty page that keeps the cursor.
    const last = all.at(-1)!.sequence;
    const tail = await app.query(Events, { after: last }, 'taihe.gov');
    expect(tail.events).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: last } });
    const badCursor = await app.request(Events, { after: 'abc' }, { as: 'taihe.gov' });
    expect(badCursor.errors?.[0].extensions?.code).toBeTruthy();
  });
});
