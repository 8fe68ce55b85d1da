import { exitLateDeployments } from '../../src/modules/cloud/late-deployment.job';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { cloudIds, provisionTenancy, RecordDeployment, TenancyDetail, useClock, type CloudIds } from './support';

const RequestExtension = graphql(`
  mutation CloudRequestDeploymentExtension($input: CloudTenancyDeploymentExtensionRequestInput!) {
    cloudTenancyRequestDeploymentExtension(input: $input) {
      cloudTenancy {
        deploymentDueOn
        deploymentExtensionRequestedOn
        deploymentExtensionRequestedDays
        deploymentExtensionReasons
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const DecideExtension = graphql(`
  mutation CloudDecideDeploymentExtension($input: CloudTenancyDeploymentExtensionDecideInput!) {
    cloudTenancyDecideDeploymentExtension(input: $input) {
      cloudTenancy {
        status
        deploymentDueOn
        deploymentExtendedDays
        deploymentExtensionRequestedOn
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const RetireOldSystem = graphql(`
  mutation CloudRetireOldSystem($input: CloudTenancyStepInput!) {
    cloudTenancyRetireOldSystem(input: $input) {
      cloudTenancy {
        oldSystemRetiredOn
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
  useClock(app, '2026-03-02');
});
afterAll(() => app.stop());

const actionOf = async (id: string, as: string, action: string) =>
  (await app.query(TenancyDetail, { id }, as)).cloudTenancy.availableActions.find((a) => a.action === action);

describe('CM-13 原则上: more working days to deploy, asked with reasons before the due date, granted or refused by BDC', () => {
  let granted: string;
  let refused: string;

  it('provisions on 2026-03-02: deployment due 2026-04-14', async () => {
    granted = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 4]], systemName: '警务云视频系统' });
    refused = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]], systemName: '警务档案系统' });
    expect((await app.query(TenancyDetail, { id: granted }, 'gaj.clerk')).cloudTenancy.deploymentDueOn).toBe('2026-04-14');
  });

  it('refuses a request without reasons or working days (INVALID_INPUT, CM-13), and one by BDC itself (FORBIDDEN, CM-13)', async () => {
    useClock(app, '2026-04-10');
    const bare = await app.query(RequestExtension, { input: { id: granted, workingDays: 0, reasons: ' ' } }, 'gaj.clerk');
    expect(bare.cloudTenancyRequestDeploymentExtension.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-13', field: 'workingDays' },
      { code: 'INVALID_INPUT', rule: 'CM-13', field: 'reasons' },
    ]);
    const bdc = await app.query(RequestExtension, { input: { id: granted, workingDays: 10, reasons: '等保测评机构排期' } }, 'bdc.leader');
    expect(bdc.cloudTenancyRequestDeploymentExtension.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-13', field: null }]);
  });

  it('records the user’s request; the due date in force does not move, and a second request waits (CM-13)', async () => {
    const res = await app.query(RequestExtension, { input: { id: granted, workingDays: 10, reasons: '等保测评机构排期至 4 月下旬' } }, 'gaj.clerk');
    expect(res.cloudTenancyRequestDeploymentExtension).toEqual({
      cloudTenancy: {
        deploymentDueOn: '2026-04-14',
        deploymentExtensionRequestedOn: '2026-04-10',
        deploymentExtensionRequestedDays: 10,
        deploymentExtensionReasons: '等保测评机构排期至 4 月下旬',
      },
      errors: [],
    });
    const again = await app.query(RequestExtension, { input: { id: granted, workingDays: 5, reasons: '再次申请' } }, 'gaj.clerk');
    expect(again.cloudTenancyRequestDeploymentExtension.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-13', field: null }]);
    expect(await actionOf(granted, 'bdc.leader', 'decideDeploymentExtension')).toMatchObject({ allowed: true });
    expect(await actionOf(granted, 'gaj.clerk', 'requestDeploymentExtension')).toMatchObject({ allowed: false, blockers: [{ code: 'PRECONDITION_FAILED', rule: 'CM-13' }] });
  });

  it('lets only BDC’s leader decide, a grant with its working days (CM-13)', async () => {
    const clerk = await app.query(DecideExtension, { input: { id: granted, decision: 'GRANT', workingDays: 10 } }, 'bdc.clerk');
    expect(clerk.cloudTenancyDecideDeploymentExtension.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-13', field: null }]);
    const user = await app.query(DecideExtension, { input: { id: granted, decision: 'GRANT', workingDays: 10 } }, 'gaj.clerk');
    expect(user.cloudTenancyDecideDeploymentExtension.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-13', field: null }]);
    const noDays = await app.query(DecideExtension, { input: { id: granted, decision: 'GRANT' } }, 'bdc.leader');
    expect(noDays.cloudTenancyDecideDeploymentExtension.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-13', field: 'workingDays' }]);
  });

  it('moves the due date in force by the working days granted, counted from the one it replaces (CM-13)', async () => {
    const res = await app.query(DecideExtension, { input: { id: granted, decision: 'GRANT', workingDays: 10, note: '同意延长 10 个工作日' } }, 'bdc.leader');
    expect(res.cloudTenancyDecideDeploymentExtension).toEqual({
      cloudTenancy: { status: 'PROVISIONED', deploymentDueOn: '2026-04-28', deploymentExtendedDays: 10, deploymentExtensionRequestedOn: null },
      errors: [],
    });
    const twice = await app.query(DecideExtension, { input: { id: granted, decision: 'REFUSE' } }, 'bdc.leader');
    expect(twice.cloudTenancyDecideDeploymentExtension.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-13', field: null }]);
  });

  it('asked on the due date itself, the request holds off the late-deployment job until BDC decides (CM-13)', async () => {
    useClock(app, '2026-04-14');
    const res = await app.query(RequestExtension, { input: { id: refused, workingDays: 5, reasons: '割接窗口待定' } }, 'gaj.clerk');
    expect(res.cloudTenancyRequestDeploymentExtension.errors).toEqual([]);

    useClock(app, '2026-04-15');
    const run = await exitLateDeployments(app.services);
    expect(run.exited).toEqual([]);
    expect(run.skipped).toEqual([{ code: expect.any(String), rules: ['CM-13'] }]);
    // The extended one is not late: deploying it a day after the original due date is in time.
    const deployed = await app.query(RecordDeployment, { input: { id: granted, testedOn: '2026-04-15', securityPreassessmentRef: 'FX-1', cutoverOn: '2026-04-15' } }, 'gaj.clerk');
    expect(deployed.cloudTenancyRecordDeployment.errors).toEqual([]);
  });

  it('a refusal leaves the due date as it was; a new request after it is too late (DEADLINE_PASSED, CM-13), and the job exits the tenancy', async () => {
    const res = await app.query(DecideExtension, { input: { id: refused, decision: 'REFUSE', note: '理由不充分' } }, 'bdc.leader');
    expect(res.cloudTenancyDecideDeploymentExtension).toEqual({
      cloudTenancy: { status: 'PROVISIONED', deploymentDueOn: '2026-04-14', deploymentExtendedDays: 0, deploymentExtensionRequestedOn: null },
      errors: [],
    });
    const late = await app.query(RequestExtension, { input: { id: refused, workingDays: 5, reasons: '再议' } }, 'gaj.clerk');
    expect(late.cloudTenancyRequestDeploymentExtension.errors).toEqual([{ code: 'DEADLINE_PASSED', rule: 'CM-13', field: null }]);
    const run = await exitLateDeployments(app.services);
    expect(run.exited).toHaveLength(1);
    expect((await app.query(TenancyDetail, { id: refused }, 'gaj.clerk')).cloudTenancy.status).toBe('EXITING');
  });
});

describe('CM-13: a migration’s old system is kept at least 3 months after cut-over; its retirement is a recorded step', () => {
  let migrated: string;
  let fresh: string;

  it('deploys a migration cut over on 2026-03-10, the old system kept until 2026-06-10', async () => {
    useClock(app, '2026-03-02');
    migrated = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]], systemName: '迁移上云的出入境系统', migration: true });
    fresh = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]], systemName: '新建的系统' });
    useClock(app, '2026-03-10');
    for (const [id, retained] of [
      [migrated, '2026-06-10'],
      [fresh, undefined],
    ] as const) {
      const res = await app.query(
        RecordDeployment,
        { input: { id, testedOn: '2026-03-09', securityPreassessmentRef: 'FX-2', cutoverOn: '2026-03-10', oldSystemRetainedUntil: retained } },
        'gaj.clerk',
      );
      expect(res.cloudTenancyRecordDeployment.errors).toEqual([]);
    }
  });

  it('refuses the retirement a day before 3 months have passed (PRECONDITION_FAILED, CM-13)', async () => {
    useClock(app, '2026-06-09');
    const res = await app.query(RetireOldSystem, { input: { id: migrated } }, 'gaj.clerk');
    expect(res.cloudTenancyRetireOldSystem.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-13', field: null }]);
    expect(await actionOf(migrated, 'gaj.clerk', 'retireOldSystem')).toMatchObject({ allowed: false, blockers: [{ rule: 'CM-13' }] });
  });

  it('records it on the day 3 months are over, once, and only for a migration (CM-13); not by BDC (FORBIDDEN, CM-13)', async () => {
    useClock(app, '2026-06-10');
    const bdc = await app.query(RetireOldSystem, { input: { id: migrated } }, 'bdc.leader');
    expect(bdc.cloudTenancyRetireOldSystem.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-13', field: null }]);
    const res = await app.query(RetireOldSystem, { input: { id: migrated, note: '原机房系统已下线' } }, 'gaj.clerk');
    expect(res.cloudTenancyRetireOldSystem).toEqual({ cloudTenancy: { oldSystemRetiredOn: '2026-06-10' }, errors: [] });
    const twice = await app.query(RetireOldSystem, { input: { id: migrated } }, 'gaj.clerk');
    expect(twice.cloudTenancyRetireOldSystem.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-13', field: null }]);
    const notMigrated = await app.query(RetireOldSystem, { input: { id: fresh } }, 'gaj.clerk');
    expect(notMigrated.cloudTenancyRetireOldSystem.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-13', field: null }]);
  });
});
