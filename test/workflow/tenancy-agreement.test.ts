import { checkAgreement, describeDisagreements } from '../support/agreement';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import {
  bothSigned,
  Apply,
  ChangeSubmit,
  cloudIds,
  type CloudIds,
  ConfirmCleared,
  ConfirmReclaimed,
  Decommission,
  ExitApply,
  ExitApprove,
  ExpertReview,
  NamePanel,
  Notify,
  provisionTenancy,
  RecordDeployment,
  RecordOpinion,
  Review,
  seatExperts,
  Sign,
  useClock,
  userDepartmentFor,
} from '../cloud/support';
import { graphql } from '../gql';

const IncidentReport = graphql(`
  mutation AgreementIncidentReport($input: CloudIncidentReportInput!) {
    cloudIncidentReport(input: $input) {
      cloudIncident {
        id
      }
      errors {
        code
      }
    }
  }
`);

const IncidentResolve = graphql(`
  mutation AgreementIncidentResolve($input: CloudIncidentResolveInput!) {
    cloudIncidentResolve(input: $input) {
      errors {
        code
      }
    }
  }
`);

const RequestExtension = graphql(`
  mutation AgreementRequestDeploymentExtension($input: CloudTenancyDeploymentExtensionRequestInput!) {
    cloudTenancyRequestDeploymentExtension(input: $input) {
      errors {
        code
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
/** CM-12: a signed document uploaded by each user that may sign (a document is the signer's own upload). */
const uploads: Record<string, string> = {};
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
  for (const user of ['gaj.clerk', 'taihe.egov', 'taihe.dept', 'taihe.gov']) uploads[user] = await app.upload(user, `责任书 ${user}`, '责任书.pdf');
});
afterAll(() => app.stop());

/** Every kind of user the tenancy's steps concern (CM-6 … CM-19, PM-18). */
const USERS = [
  'gaj.clerk', // a municipal department, the applicant and user (CM-7, CM-10)
  'taihe.egov', // a county's e-government authority, which files for its county (CM-10)
  'taihe.gov', // the county government, in whose name it files (CM-10)
  'taihe.dept', // a county department: does not file, but takes the user's steps on its system (CM-7, CM-10)
  'bdc.leader', // BDC reviews and approves (CM-11, CM-14, CM-15)
  'bdc.clerk', // BDC notifies and decommissions (CM-12, CM-15)
  'bdc.reviewer', // BDC records the expert review (CM-11)
  'telecom.operator', // the provider of the tenancies' zone (CM-8)
  'mobile.operator', // another provider (CM-8)
  'finance.leader', // Finance reads fees (CM-6)
  'audit.auditor', // the Audit Bureau reads everything, changes nothing (PM-18)
  'expert.liu', // an expert on some panels (CM-11)
  'expert.chen', // an expert on a panel still awaiting its opinion (CM-11)
];

// Hundreds of rehearsed mutations: minutes on a loaded two-core machine, not a speed check.
jest.setTimeout(600_000);

describe('the tenancy’s availableActions agree with its mutations (CM-9 … CM-19)', () => {
  const subjects: string[] = [];
  let today = '';

  const q = (code: string, quantity: number) => ({ itemId: ids.item(code), quantity });
  const ok = (errors: unknown[]) => expect(errors).toEqual([]);

  async function apply(as: string, systemName: string): Promise<string> {
    const res = await app.query(
      Apply,
      {
        input: {
          systemName,
          zoneId: ids.zone('CT-JIAN-EXTRANET'),
          mlpsLevel: 2,
          classified: false,
          migration: false,
          contactName: '张工',
          contactPhone: '0796-8888888',
          resources: [q('ECS-VCPU', 4), q('ECS-MEM', 8)],
          userDepartmentId: userDepartmentFor(ids, as),
        },
      },
      as,
    );
    ok(res.cloudTenancyApply.errors);
    return res.cloudTenancyApply.cloudTenancy!.id;
  }
  const approve = async (id: string) => ok((await app.query(Review, { input: { id, decision: 'APPROVE' } }, 'bdc.leader')).cloudTenancyReview.errors);
  const fixQuota = async (id: string) => {
    await seatExperts(app, ids, 'tenancy', id);
    ok(
      (await app.query(ExpertReview, { input: { id, reviewedOn: today, conclusion: '同意', quota: [q('ECS-VCPU', 4), q('ECS-MEM', 8)] } }, 'bdc.reviewer'))
        .cloudTenancyExpertReview.errors,
    );
  };
  const sign = async (id: string, as: string) =>
    ok(
      (await app.query(Sign, { input: { id, ...(await bothSigned(app, as, today)) } }, as))
        .cloudTenancySignDocuments.errors,
    );
  const deploy = async (id: string, as: string) =>
    ok((await app.query(RecordDeployment, { input: { id, testedOn: today, securityPreassessmentRef: 'FX', cutoverOn: today } }, as)).cloudTenancyRecordDeployment.errors);
  const exit = async (id: string, as: string) => {
    ok((await app.query(ExitApply, { input: { id, reason: '系统停用' } }, as)).cloudTenancyExitApply.errors);
    ok((await app.query(ExitApprove, { input: { id } }, 'bdc.leader')).cloudTenancyExitApprove.errors);
  };
  const provision = (as: string, systemName: string) => provisionTenancy(app, ids, { as, resources: [['ECS-VCPU', 4], ['ECS-MEM', 8]], systemName });

  it('sets up tenancies in every state the fixtures reach, some long past their deadlines', async () => {
    // 2026-03-02: exits whose 20-working-day transition is over by May, and a deployment now late.
    today = '2026-03-02';
    useClock(app, today);
    const exitingOld: string[] = [];
    for (const name of ['过渡期已满的系统', '已清除数据的系统', '已下线的系统']) {
      const id = await provision('gaj.clerk', name);
      await deploy(id, 'gaj.clerk');
      await exit(id, 'gaj.clerk');
      exitingOld.push(id);
    }
    const lateDeployment = await provision('gaj.clerk', '逾期未部署的系统');
    const migratedInService = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 4], ['ECS-MEM', 8]], systemName: '迁移上云的系统', migration: true });
    ok(
      (
        await app.query(
          RecordDeployment,
          { input: { id: migratedInService, testedOn: today, securityPreassessmentRef: 'FX', cutoverOn: today, oldSystemRetainedUntil: '2026-06-02' } },
          'gaj.clerk',
        )
      ).cloudTenancyRecordDeployment.errors,
    );

    today = '2026-05-06';
    useClock(app, today);
    const [transitionOver, cleared, decommissioned] = exitingOld;
    ok((await app.query(ConfirmCleared, { input: { id: cleared } }, 'gaj.clerk')).cloudTenancyConfirmDataCleared.errors);
    ok((await app.query(ConfirmCleared, { input: { id: decommissioned } }, 'gaj.clerk')).cloudTenancyConfirmDataCleared.errors);
    ok((await app.query(ConfirmReclaimed, { input: { id: decommissioned } }, 'telecom.operator')).cloudTenancyConfirmReclaimed.errors);
    ok((await app.query(Decommission, { input: { id: decommissioned } }, 'bdc.clerk')).cloudTenancyDecommission.errors);

    const countyApplied = await apply('taihe.egov', '泰和县申请中的系统');
    const applied = await apply('gaj.clerk', '申请中的系统');
    const returned = await apply('gaj.clerk', '被退回的系统');
    ok((await app.query(Review, { input: { id: returned, decision: 'RETURN', reasons: '依据不足' } }, 'bdc.leader')).cloudTenancyReview.errors);
    const approved = await apply('gaj.clerk', '已审核通过的系统');
    await approve(approved);
    // A panel named, one of its two opinions in (CM-11).
    const panelPending = await apply('gaj.clerk', '专家评审中的系统');
    await approve(panelPending);
    ok((await app.query(NamePanel, { input: { id: panelPending, expertIds: [ids.user('expert.liu'), ids.user('expert.chen')] } }, 'bdc.reviewer')).cloudTenancyNameExpertPanel.errors);
    ok((await app.query(RecordOpinion, { input: { id: panelPending, opinion: '同意' } }, 'expert.liu')).cloudTenancyRecordExpertOpinion.errors);
    const quotaFixed = await apply('gaj.clerk', '已核定资源的系统');
    await approve(quotaFixed);
    await fixQuota(quotaFixed);
    const signed = await apply('gaj.clerk', '已签署文件的系统');
    await approve(signed);
    await fixQuota(signed);
    await sign(signed, 'gaj.clerk');
    const provisioning = await apply('gaj.clerk', '开通中的系统');
    await approve(provisioning);
    await fixQuota(provisioning);
    await sign(provisioning, 'gaj.clerk');
    ok((await app.query(Notify, { input: { id: provisioning } }, 'bdc.clerk')).cloudTenancyNotifyProvider.errors);
    const provisioned = await provision('gaj.clerk', '已开通的系统');
    const countyProvisioned = await provision('taihe.egov', '泰和县已开通的系统');
    // Filed before the user department was recorded: the e-government authority acts for the user.
    const countyLegacy = await provision('taihe.egov', '泰和县早前申报的系统');
    await sqlAsAdmin(app.database, 'update cloud_tenancy set user_department_id = null where id = $1', [Buffer.from(countyLegacy, 'base64url').toString().split(':')[1]]);
    const extensionAsked = await provision('gaj.clerk', '申请延长部署期限的系统');
    ok((await app.query(RequestExtension, { input: { id: extensionAsked, workingDays: 10, reasons: '等保测评排期' } }, 'gaj.clerk')).cloudTenancyRequestDeploymentExtension.errors);
    const changing = await provision('gaj.clerk', '变更中的系统');
    const change = await app.query(ChangeSubmit, { input: { tenancyId: changing, kind: 'EXPANSION', reason: '业务增长', lines: [q('ECS-VCPU', 8)] } }, 'gaj.clerk');
    ok(change.cloudChangeRequestSubmit.errors);
    const inService = await provision('gaj.clerk', '运行中的系统');
    await deploy(inService, 'gaj.clerk');
    const exitRequested = await provision('gaj.clerk', '申请退出的系统');
    await deploy(exitRequested, 'gaj.clerk');
    ok((await app.query(ExitApply, { input: { id: exitRequested, reason: '并入省平台' } }, 'gaj.clerk')).cloudTenancyExitApply.errors);
    const exiting = await provision('gaj.clerk', '过渡期中的系统');
    await deploy(exiting, 'gaj.clerk');
    await exit(exiting, 'gaj.clerk');

    subjects.push(
      countyApplied,
      applied,
      returned,
      approved,
      panelPending,
      quotaFixed,
      signed,
      provisioning,
      provisioned,
      countyProvisioned,
      countyLegacy,
      extensionAsked,
      lateDeployment,
      migratedInService,
      changing,
      inService,
      exitRequested,
      exiting,
      transitionOver,
      cleared,
      decommissioned,
    );
  });

  it('says allowed exactly when the mutation succeeds, and lists the same blockers (code, rule, gate, field)', async () => {
    const result = await checkAgreement(app, {
      users: USERS,
      subjects,
      calls: {
        resubmit: { mutation: 'cloudTenancyResubmit', input: (id) => ({ id, note: '已补充' }) },
        review: { mutation: 'cloudTenancyReview', input: (id) => ({ id, decision: 'APPROVE' }) },
        nameExpertPanel: { mutation: 'cloudTenancyNameExpertPanel', input: (id) => ({ id, expertIds: [ids.user('expert.wang')] }) },
        recordExpertOpinion: { mutation: 'cloudTenancyRecordExpertOpinion', input: (id) => ({ id, opinion: '同意' }) },
        recordExpertReview: {
          mutation: 'cloudTenancyExpertReview',
          input: (id) => ({ id, reviewedOn: today, conclusion: '同意', quota: [q('ECS-VCPU', 2)] }),
        },
        signDocuments: {
          mutation: 'cloudTenancySignDocuments',
          input: (id, user) => ({ id, responsibilityLetter: { contentId: uploads[user] ?? uploads['gaj.clerk'], signedOn: today, reference: 'ZRS-2' } }),
        },
        notifyProvider: { mutation: 'cloudTenancyNotifyProvider', input: (id) => ({ id }) },
        confirmProvisioning: { mutation: 'cloudTenancyConfirmProvisioning', input: (id) => ({ id, note: '已开通' }) },
        recordDeployment: { mutation: 'cloudTenancyRecordDeployment', input: (id) => ({ id, testedOn: today, securityPreassessmentRef: 'FX-2', cutoverOn: today }) },
        requestDeploymentExtension: {
          mutation: 'cloudTenancyRequestDeploymentExtension',
          input: (id) => ({ id, workingDays: 5, reasons: '测评排期' }),
        },
        decideDeploymentExtension: { mutation: 'cloudTenancyDecideDeploymentExtension', input: (id) => ({ id, decision: 'GRANT', workingDays: 5 }) },
        retireOldSystem: { mutation: 'cloudTenancyRetireOldSystem', input: (id) => ({ id }) },
        requestChange: {
          mutation: 'cloudChangeRequestSubmit',
          input: (id) => ({ tenancyId: id, kind: 'EXPANSION', reason: '业务增长', lines: [q('ECS-VCPU', 64)] }),
        },
        adjust: { mutation: 'cloudTenancyAdjust', input: (id) => ({ tenancyId: id, utilisation: '监管平台：内存峰值 30%', lines: [q('ECS-MEM', 63)] }) },
        applyExit: { mutation: 'cloudTenancyExitApply', input: (id) => ({ id, reason: '系统停用' }) },
        approveExit: { mutation: 'cloudTenancyExitApprove', input: (id) => ({ id }) },
        confirmDataCleared: { mutation: 'cloudTenancyConfirmDataCleared', input: (id) => ({ id }) },
        confirmReclaimed: { mutation: 'cloudTenancyConfirmReclaimed', input: (id) => ({ id }) },
        decommission: { mutation: 'cloudTenancyDecommission', input: (id) => ({ id }) },
        reportIncident: {
          mutation: 'cloudIncidentReport',
          input: (id) => ({ tenancyId: id, occurredAt: `${today}T01:00:00Z`, description: '云主机宕机 5 分钟' }),
        },
      },
    });
    expect(describeDisagreements(result.disagreements)).toBe('');
    expect(result.compared).toBeGreaterThan(1000);
  });

  it('and so do an incident’s, open and resolved (CM-19)', async () => {
    const incidents: string[] = [];
    for (const [tenancy, resolved] of [
      [subjects[15], false],
      [subjects[16], true],
    ] as const) {
      const reported = await app.query(IncidentReport, { input: { tenancyId: tenancy, occurredAt: `${today}T01:00:00Z`, description: '存储故障' } }, 'telecom.operator');
      ok(reported.cloudIncidentReport.errors);
      const id = reported.cloudIncidentReport.cloudIncident!.id;
      if (resolved) ok((await app.query(IncidentResolve, { input: { id, responsibility: 'PROVIDER', resolution: '更换磁盘' } }, 'bdc.leader')).cloudIncidentResolve.errors);
      incidents.push(id);
    }
    const result = await checkAgreement(app, {
      users: USERS,
      subjects: incidents,
      calls: { resolve: { mutation: 'cloudIncidentResolve', input: (id) => ({ id, responsibility: 'SHARED', resolution: '已处理' }) } },
    });
    expect(describeDisagreements(result.disagreements)).toBe('');
    expect(result.compared).toBeGreaterThan(10);
  });
});
