import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { databaseUrl, sqlAsAdmin } from '../support/database';
import {
  ChangeConfirm,
  cloudIds,
  expansionProvisioning,
  provisionTenancy,
  quotaOf,
  TenancyDetail,
  untilLockWaiters,
  useClock,
  type CloudIds,
} from './support';

const IncidentOpen = graphql(`
  mutation CloudRaceIncidentReport($input: CloudIncidentReportInput!) {
    cloudIncidentReport(input: $input) {
      cloudIncident {
        id
        version
      }
      errors {
        code
        rule
      }
    }
  }
`);

const IncidentClose = graphql(`
  mutation CloudRaceIncidentResolve($input: CloudIncidentResolveInput!) {
    cloudIncidentResolve(input: $input) {
      cloudIncident {
        status
        responsibility
        version
      }
      errors {
        code
        rule
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
let admin: Client;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
  useClock(app, '2026-03-02');
});
beforeEach(async () => {
  admin = new Client({ connectionString: databaseUrl(app.database) });
  await admin.connect();
});
afterEach(async () => {
  await admin.query('rollback').catch(() => undefined);
  await admin.end();
});
afterAll(() => app.stop());

const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe('steps on one tenancy take turns (CM-14)', () => {
  it('CM-14: a change step waits for the tenancy’s lock and then sees the tenancy leaving: no quota is put in force on it', async () => {
    const tenancy = await provisionTenancy(app, ids, { as: 'gxj.clerk', resources: [['ECS-VCPU', 4]], systemName: '工业运行监测平台' });
    const change = await expansionProvisioning(app, ids, tenancy, 'gxj.clerk', [['ECS-VCPU', 8]]);

    // Another transaction (a tenancy step, the late-deployment job) holds the tenancy and exits it.
    await admin.query('begin');
    await admin.query('select id from cloud_tenancy where id = $1 for update', [keyOf(tenancy)]);
    const confirming = app.query(ChangeConfirm, { input: { id: change } }, 'telecom.operator');
    expect(await untilLockWaiters(app, 1, confirming)).toBe(true);
    await admin.query(`update cloud_tenancy set status = 'EXITING', version = version + 1 where id = $1`, [keyOf(tenancy)]);
    await admin.query('commit');

    const confirmed = await confirming;
    expect(confirmed.cloudChangeRequestConfirmProvisioning).toEqual({
      cloudChangeRequest: null,
      errors: [{ code: 'PRECONDITION_FAILED', rule: 'CM-14' }],
    });
    const seen = await app.query(TenancyDetail, { id: tenancy }, 'gxj.clerk');
    expect(quotaOf(seen.cloudTenancy)).toEqual(['ECS-VCPU×4']);
  });

  it('CM-14: a tenancy has one open quota line per item; a second one is refused by the database', async () => {
    const tenancy = await provisionTenancy(app, ids, { as: 'gxj.clerk', resources: [['ECS-MEM', 8]], systemName: '企业服务平台' });
    const insert = `insert into cloud_quota_line (id, tenancy_id, item_id, quantity, effective_from)
                    select gen_random_uuid(), tenancy_id, item_id, 16, effective_from from cloud_quota_line where tenancy_id = $1`;
    await expect(sqlAsAdmin(app.database, insert, [keyOf(tenancy)])).rejects.toThrow(/cloud_quota_line_one_open_per_item/);
    // A closed line beside the open one is history, and allowed.
    await sqlAsAdmin(
      app.database,
      `insert into cloud_quota_line (id, tenancy_id, item_id, quantity, effective_from, effective_to)
       select gen_random_uuid(), tenancy_id, item_id, 2, '2026-01-01', '2026-02-01' from cloud_quota_line where tenancy_id = $1`,
      [keyOf(tenancy)],
    );
  });
});

describe('an incident is resolved once (CM-19)', () => {
  it('CM-19: of two resolutions at the same moment one wins; the other gets CONFLICT and changes nothing', async () => {
    const tenancy = await provisionTenancy(app, ids, { as: 'gxj.clerk', resources: [['ECS-VCPU', 2]], systemName: '园区能耗监测系统' });
    const reported = await app.query(
      IncidentOpen,
      { input: { tenancyId: tenancy, occurredAt: '2026-03-02T01:00:00Z', description: '云主机宕机 10 分钟' } },
      'telecom.operator',
    );
    expect(reported.cloudIncidentReport.errors).toEqual([]);
    const incident = reported.cloudIncidentReport.cloudIncident!;
    expect(incident.version).toBe(1);

    // Both read the open incident, then queue behind a lock held here, then go one after the other.
    await admin.query('begin');
    await admin.query('select id from cloud_incident where id = $1 for update', [keyOf(incident.id)]);
    const both = Promise.all([
      app.query(IncidentClose, { input: { id: incident.id, responsibility: 'PROVIDER', resolution: '宿主机重启' } }, 'telecom.operator'),
      app.query(IncidentClose, { input: { id: incident.id, responsibility: 'SHARED', resolution: '迁移至其他宿主机' } }, 'bdc.leader'),
    ]);
    expect(await untilLockWaiters(app, 2, both)).toBe(true);
    await admin.query('rollback');

    const results = (await both).map((r) => r.cloudIncidentResolve);
    expect(results.map((r) => r.errors[0]?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => r.errors.length === 0)!;
    expect(winner.cloudIncident).toMatchObject({ status: 'RESOLVED', version: 2 });
    const transitions = await sqlAsAdmin(app.database, `select 1 from state_transition where subject_id = $1 and event = 'resolve'`, [keyOf(incident.id)]);
    expect(transitions).toHaveLength(1);
    const [row] = await sqlAsAdmin<{ responsibility: string }>(app.database, 'select responsibility from cloud_incident where id = $1', [keyOf(incident.id)]);
    expect(row.responsibility).toBe(winner.cloudIncident!.responsibility);
  });
});
