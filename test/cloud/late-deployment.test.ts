import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { ManualClock } from '../../src/calendar/clock';
import type { AppServices } from '../../src/context';
import { ormConfig } from '../../src/db/orm.config';
import { startCloudScheduler } from '../../src/modules/cloud/cloud.scheduler';
import { exitLateDeployments, LATE_DEPLOYMENT_JOB_LOCK } from '../../src/modules/cloud/late-deployment.job';
import { Client } from 'pg';
import { createServer, type RunningServer } from '../../src/server';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { databaseUrl, sqlAsAdmin } from '../support/database';
import { addDays } from '../../src/calendar/dates';
import { cloudIds, expansionProvisioning, provisionTenancy, RecordDeployment, TenancyDetail, useClock, type CloudIds } from './support';

const ChainStatus = graphql(`
  query CloudChainStatus {
    auditChainStatus {
      ok
      checked
    }
  }
`);

/** A second API process on the same database: its own connection pool, its own HTTP server. */
interface SecondProcess {
  services: AppServices;
  url: string;
  server: RunningServer;
  stop(): Promise<void>;
}

async function startSecondProcess(app: TestApp): Promise<SecondProcess> {
  const orm = await MikroORM.init(ormConfig(databaseUrl(app.database), { pool: { min: 0, max: 4 } }));
  const services: AppServices = { ...app.services, orm, readOrm: orm, clock: new ManualClock(app.services.clock!.now()) };
  const server = await createServer(services);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  return {
    services,
    server,
    url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`,
    async stop() {
      await server.stop();
      await orm.close();
    },
  };
}

let app: TestApp;
let other: SecondProcess;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
  useClock(app, '2026-03-02');
  other = await startSecondProcess(app);
});
afterAll(async () => {
  await other.stop();
  await app.stop();
});

/** Puts both processes' clocks on the same day. */
function setDay(date: string) {
  useClock(app, date);
  other.services.clock = new ManualClock(date);
}

const exits = async (tenancyCode: string) =>
  sqlAsAdmin<{ event: string; actor: string }>(
    app.database,
    `select t.event, u.username as actor from state_transition t join "user" u on u.id = t.actor_id
     join cloud_tenancy c on c.id = t.subject_id where c.code = $1 and t.event = 'exitLate'`,
    [tenancyCode],
  );

const auditExits = async (tenancyId: string) =>
  sqlAsAdmin<{ actor_username: string; rule: string; service_client: string }>(
    app.database,
    "select actor_username, rule, service_client from audit_event where action = 'exitLate' and subject_id = $1",
    [tenancyId],
  );

describe('CM-13: a tenancy not deployed within 30 working days is moved to exit by the scheduled job, once, with two API processes', () => {
  let late: { id: string; code: string; key: string };
  let onTime: string;

  it('provisions on 2026-03-02: deployment due 2026-04-14 (30 working days, Qingming 4-4…4-6 off)', async () => {
    const id = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 4], ['ECS-MEM', 8]], systemName: '警务协同办公系统' });
    onTime = await provisionTenancy(app, ids, { as: 'jyj.clerk', resources: [['ECS-VCPU', 2]], systemName: '教育资助管理系统' });
    const detail = await app.query(TenancyDetail, { id }, 'gaj.clerk');
    expect(detail.cloudTenancy).toMatchObject({ status: 'PROVISIONED', deploymentDueOn: '2026-04-14' });
    late = { id, code: detail.cloudTenancy.code, key: Buffer.from(id, 'base64url').toString().split(':')[1] };
  });

  it('leaves it alone on its due date, when it may still be deployed (CM-13)', async () => {
    setDay('2026-04-14');
    const [a, b] = await Promise.all([exitLateDeployments(app.services), exitLateDeployments(other.services)]);
    expect([...a.exited, ...b.exited]).toEqual([]);
    const deployed = await app.query(
      RecordDeployment,
      { input: { id: onTime, testedOn: '2026-04-10', securityPreassessmentRef: '资助系统-预评估-01', cutoverOn: '2026-04-14' } },
      'jyj.clerk',
    );
    expect(deployed.cloudTenancyRecordDeployment.errors).toEqual([]);
  });

  it('refuses a deployment recorded after the due date (DEADLINE_PASSED, CM-13) and lists the tenancy as overdue, the user’s', async () => {
    setDay('2026-04-15');
    const res = await app.query(
      RecordDeployment,
      { input: { id: late.id, testedOn: '2026-04-14', securityPreassessmentRef: 'FX', cutoverOn: '2026-04-15' } },
      'gaj.clerk',
    );
    expect(res.cloudTenancyRecordDeployment.errors).toEqual([{ code: 'DEADLINE_PASSED', rule: 'CM-13', field: null }]);
    const detail = await app.query(TenancyDetail, { id: late.id }, 'gaj.leader');
    expect(detail.cloudTenancy.deadlines).toEqual([
      { kind: 'DEPLOYMENT', rule: 'CM-13', dueOn: '2026-04-14', workingDaysLeft: -1, overdue: true, responsibleAgency: { code: 'GAJ' } },
    ]);
  });

  it('skips the run in a process that finds the job’s lock held by another', async () => {
    const holder = new Client({ connectionString: databaseUrl(app.database) });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock($1)', [LATE_DEPLOYMENT_JOB_LOCK]);
      const run = await exitLateDeployments(other.services);
      expect(run).toEqual({ ran: false, today: '2026-04-15', exited: [], skipped: [] });
      await holder.query('rollback');
    } finally {
      await holder.end();
    }
    expect(await exits(late.code)).toEqual([]);
  });

  it('exits it exactly once when both processes run the job at the same moment', async () => {
    const runs = await Promise.all([exitLateDeployments(app.services), exitLateDeployments(other.services), exitLateDeployments(app.services)]);
    expect(runs.flatMap((r) => r.exited)).toEqual([late.code]);
    expect(runs.filter((r) => r.ran).length).toBeGreaterThanOrEqual(1);
    expect(await exits(late.code)).toEqual([{ event: 'exitLate', actor: 'bdc.scheduler' }]);
    expect(await auditExits(late.key)).toEqual([{ actor_username: 'bdc.scheduler', rule: 'CM-13', service_client: 'scheduler' }]);
    // The exit is a domain event too, written with the job's audit event.
    const events = await sqlAsAdmin<{ type: string; actor_username: string; audited: boolean }>(
      app.database,
      `select e.type, e.actor_username, exists (select 1 from audit_event a where a.request_id = e.request_id and a.subject_id = e.subject_id) audited
         from domain_event e where e.subject_id = $1 and e.type = 'CloudTenancy.exitLate'`,
      [late.key],
    );
    expect(events).toEqual([{ type: 'CloudTenancy.exitLate', actor_username: 'bdc.scheduler', audited: true }]);

    // Seen through the other process: exiting for late deployment, 20 working days of transition (CM-15).
    const res = await fetch(`${other.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token('gaj.clerk')}` },
      body: JSON.stringify({ query: print(TenancyDetail), variables: { id: late.id } }),
    });
    const body = (await res.json()) as { data: { cloudTenancy: { status: string; exitTransitionDueOn: string; deadlines: unknown[] } } };
    expect(body.data.cloudTenancy).toMatchObject({
      status: 'EXITING',
      exitTransitionDueOn: '2026-05-15',
      deadlines: [{ kind: 'EXIT_TRANSITION', rule: 'CM-15', dueOn: '2026-05-15', workingDaysLeft: 20, overdue: false, responsibleAgency: { code: 'GAJ' } }],
    });
    const [{ exit_reason, status }] = await sqlAsAdmin<{ exit_reason: string; status: string }>(app.database, 'select exit_reason, status from cloud_tenancy where id = $1', [late.key]);
    expect({ exit_reason, status }).toEqual({ exit_reason: 'LATE_DEPLOYMENT', status: 'EXITING' });
    // The deployed one stays in service.
    expect((await app.query(TenancyDetail, { id: onTime }, 'jyj.clerk')).cloudTenancy.status).toBe('IN_SERVICE');
  });

  it('does it again, once, when both processes’ schedulers tick on their own; the audit chain still verifies', async () => {
    setDay('2026-03-03');
    const second = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['EVS-SSD', 200]], systemName: '交通违法处理系统' });
    const code = (await app.query(TenancyDetail, { id: second }, 'gaj.clerk')).cloudTenancy.code;
    setDay('2026-04-16');
    const schedulers = [startCloudScheduler(app.services, 15), startCloudScheduler(other.services, 15)];
    const results = await Promise.all(schedulers.map((s) => s.runNow()));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all(schedulers.map((s) => s.stop()));
    expect(results.flatMap((r) => r.exited)).toEqual([code]);
    expect(await exits(code)).toHaveLength(1);
    expect(await exits(late.code)).toHaveLength(1);
    const chain = await app.query(ChainStatus, {}, 'audit.auditor');
    expect(chain.auditChainStatus.ok).toBe(true);
  });
});

const LateOverdue = graphql(`
  query CloudLateOverdue {
    overdueTenancies(first: 50) {
      nodes {
        code
        deadlines {
          kind
        }
      }
    }
  }
`);

const LateChanges = graphql(`
  query CloudLateChanges($id: ID!) {
    cloudTenancy(id: $id) {
      status
      changeRequests {
        status
        deadline {
          kind
        }
      }
    }
  }
`);

describe('CM-13, CM-14: the job takes rows first and the audit chain last, and closes the changes of what it exits', () => {
  const codeOf = async (id: string) => (await app.query(TenancyDetail, { id }, 'bdc.leader')).cloudTenancy.code;
  const keyOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
  let a: string;
  let b: string;
  let c: string;
  let change: string;

  it('provisions three tenancies on 2026-04-20; the second has an expansion awaiting its provider (due in 3 working days)', async () => {
    setDay('2026-04-20');
    a = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]], systemName: '治安管理信息系统' });
    b = await provisionTenancy(app, ids, { as: 'jyj.clerk', resources: [['ECS-VCPU', 2]], systemName: '学籍管理系统' });
    c = await provisionTenancy(app, ids, { as: 'wjw.clerk', resources: [['ECS-VCPU', 2]], systemName: '全民健康信息平台' });
    change = await expansionProvisioning(app, ids, b, 'jyj.clerk', [['ECS-VCPU', 4]]);
    const due = (await app.query(TenancyDetail, { id: a }, 'gaj.clerk')).cloudTenancy.deploymentDueOn!;
    setDay(addDays(due, 1));
  });

  it('CM-13: exits the late tenancies it can claim without waiting for one a user’s step holds, with one statement for all their open changes', async () => {
    const codes = { a: await codeOf(a), b: await codeOf(b), c: await codeOf(c) };
    const admin = new Client({ connectionString: databaseUrl(app.database) });
    await admin.connect();
    const connection = app.orm.em.getConnection();
    const original = connection.execute.bind(connection);
    const sql: string[] = [];
    connection.execute = ((...args: Parameters<typeof original>) => {
      sql.push(String(args[0]));
      return original(...args);
    }) as typeof connection.execute;
    let job: Promise<unknown> | undefined;
    try {
      // A user's step holds the last tenancy's row (and will append to the audit chain next).
      await admin.query('begin');
      await admin.query('select id from cloud_tenancy where id = $1 for update', [keyOf(c)]);
      job = exitLateDeployments(app.services);
      const run = await Promise.race([job, new Promise((resolve) => setTimeout(() => resolve('still waiting for a row'), 5000))]);
      expect(run).toMatchObject({ ran: true, exited: [codes.a, codes.b], skipped: [] });
      expect(sql.filter((s) => /from "cloud_change_request"/.test(s))).toHaveLength(1);
    } finally {
      connection.execute = original;
      await admin.query('rollback');
      await admin.end();
      await job?.catch(() => undefined);
    }
    expect((await app.query(TenancyDetail, { id: c }, 'wjw.clerk')).cloudTenancy.status).toBe('PROVISIONED');
    const next = await exitLateDeployments(app.services);
    expect(next.exited).toEqual([codes.c]);
    const chain = await app.query(ChainStatus, {}, 'audit.auditor');
    expect(chain.auditChainStatus.ok).toBe(true);
  });

  it('CM-14: the exited tenancy’s open expansion is cancelled, recorded and audited, and no longer awaits (or blames) its provider', async () => {
    const seen = await app.query(LateChanges, { id: b }, 'jyj.clerk');
    expect(seen.cloudTenancy).toEqual({ status: 'EXITING', changeRequests: [{ status: 'CANCELLED', deadline: null }] });
    const [transition] = await sqlAsAdmin<{ event: string; from_state: string; to_state: string; actor: string }>(
      app.database,
      `select t.event, t.from_state, t.to_state, u.username actor from state_transition t join "user" u on u.id = t.actor_id where t.subject_id = $1 order by t.created_at desc limit 1`,
      [keyOf(change)],
    );
    expect(transition).toEqual({ event: 'cancel', from_state: 'PROVISIONING', to_state: 'CANCELLED', actor: 'bdc.scheduler' });
    const [event] = await sqlAsAdmin<{ changes: { entity: string; id: string; after: { status: string } }[] }>(
      app.database,
      "select changes from audit_event where action = 'exitLate' and subject_id = $1",
      [keyOf(b)],
    );
    expect(event.changes).toContainEqual(expect.objectContaining({ entity: 'CloudChangeRequest', id: keyOf(change), after: { status: 'CANCELLED' } }));
    const overdue = await app.query(LateOverdue, {}, 'bdc.leader');
    expect(overdue.overdueTenancies.nodes.filter((n) => n.deadlines.some((d) => d.kind === 'CHANGE_PROVISIONING'))).toEqual([]);
  });
});
