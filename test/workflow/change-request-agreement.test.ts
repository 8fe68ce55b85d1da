import { checkAgreement, describeDisagreements } from '../support/agreement';
import { startTestApp, type TestApp } from '../support/app';
import { exitLateDeployments } from '../../src/modules/cloud/late-deployment.job';
import {
  ChangeExpertReview,
  ChangeNamePanel,
  ChangeRecordOpinion,
  ChangeReview,
  ChangeSubmit,
  cloudIds,
  type CloudIds,
  expansionProvisioning,
  provisionTenancy,
  RecordDeployment,
  seatExperts,
  useClock,
} from '../cloud/support';
import { graphql } from '../gql';

const Issue = graphql(`
  mutation AgreementFeeIssue($input: FeeStatementIssueInput!) {
    feeStatementIssue(input: $input) {
      feeStatement {
        id
      }
      errors {
        code
      }
    }
  }
`);

const Settle = graphql(`
  mutation AgreementFeeSettle($input: FeeStatementSettleInput!) {
    feeStatementSettle(input: $input) {
      errors {
        code
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
});
afterAll(() => app.stop());

/** Every kind of user a change or a fee statement concerns (CM-6, CM-8, CM-11, CM-12, CM-14, PM-18). */
const USERS = [
  'gaj.clerk', // the tenant department, which files its changes (CM-14)
  'taihe.egov', // a county's e-government authority (CM-10)
  'taihe.gov', // a county government (CM-10)
  'taihe.dept', // the county department whose system it is, which files its changes (CM-7, CM-14)
  'bdc.leader', // BDC reviews changes (CM-14)
  'bdc.clerk', // BDC notifies the provider (CM-12)
  'bdc.reviewer', // BDC records the expert review (CM-11)
  'telecom.operator', // the provider (CM-8)
  'mobile.operator', // another provider (CM-8)
  'finance.clerk', // the municipal Finance Bureau issues statements (CM-6)
  'finance.leader', // and settles them (CM-6)
  'taihe.finance', // a county's finance bureau (CM-6)
  'audit.auditor', // reads everything, changes nothing (PM-18)
  'expert.liu', // an expert on some panels (CM-11)
  'expert.chen', // an expert on a panel still awaiting its opinion (CM-11)
];

const ok = (errors: unknown[]) => expect(errors).toEqual([]);

// Hundreds of rehearsed mutations: minutes on a loaded two-core machine, not a speed check.
jest.setTimeout(600_000);

describe('a change request’s availableActions agree with its mutations (CM-14, CM-11, CM-12)', () => {
  const changes: string[] = [];
  const statements: string[] = [];
  let today = '';
  /** What each expansion asked for, for a valid expert review of it. */
  const asked = new Map<string, { itemId: string; quantity: number }>();
  const q = (code: string, quantity: number) => ({ itemId: ids.item(code), quantity });
  const provision = (as: string, systemName: string) => provisionTenancy(app, ids, { as, resources: [['ECS-VCPU', 4], ['EVS-SSD', 500]], systemName });
  const submit = async (tenancyId: string, kind: 'EXPANSION' | 'REDUCTION', lines: { itemId: string; quantity: number }[], as = 'gaj.clerk') => {
    const res = await app.query(ChangeSubmit, { input: { tenancyId, kind, reason: '业务变化', lines } }, as);
    ok(res.cloudChangeRequestSubmit.errors);
    return res.cloudChangeRequestSubmit.cloudChangeRequest!.id;
  };

  it('sets up changes in every state, one open change per tenancy, and a month’s fee statements', async () => {
    // March: a tenancy whose open change the late-deployment job cancels in May; fees to account for.
    useClock(app, '2026-03-02');
    const late = await provision('gaj.clerk', '逾期未部署的系统');
    const cancelled = await submit(late, 'EXPANSION', [q('ECS-VCPU', 8)]);
    const countyTenancy = await provision('taihe.egov', '泰和县运行中的系统');
    const deployed = await app.query(RecordDeployment, { input: { id: countyTenancy, testedOn: '2026-03-02', securityPreassessmentRef: 'FX', cutoverOn: '2026-03-02' } }, 'taihe.dept');
    ok(deployed.cloudTenancyRecordDeployment.errors);

    today = '2026-05-06';
    useClock(app, today);
    expect((await exitLateDeployments(app.services)).exited).toHaveLength(1);

    const expansion = await submit(await provision('gaj.clerk', '扩容申请中的系统'), 'EXPANSION', [q('ECS-VCPU', 8)]);
    const reduction = await submit(await provision('gaj.clerk', '减容申请中的系统'), 'REDUCTION', [q('EVS-SSD', 300)]);
    const countyExpansion = await submit(countyTenancy, 'EXPANSION', [q('ECS-VCPU', 6)], 'taihe.dept');
    const returned = await submit(await provision('gaj.clerk', '变更被退回的系统'), 'EXPANSION', [q('ECS-VCPU', 8)]);
    ok((await app.query(ChangeReview, { input: { id: returned, decision: 'RETURN', reasons: '依据不足' } }, 'bdc.leader')).cloudChangeRequestReview.errors);
    const approved = await submit(await provision('gaj.clerk', '扩容已审核的系统'), 'EXPANSION', [q('ECS-VCPU', 8)]);
    ok((await app.query(ChangeReview, { input: { id: approved, decision: 'APPROVE' } }, 'bdc.leader')).cloudChangeRequestReview.errors);
    // A panel named, one of its two opinions in (CM-11).
    const panelPending = await submit(await provision('gaj.clerk', '扩容专家评审中的系统'), 'EXPANSION', [q('ECS-VCPU', 8)]);
    ok((await app.query(ChangeReview, { input: { id: panelPending, decision: 'APPROVE' } }, 'bdc.leader')).cloudChangeRequestReview.errors);
    ok((await app.query(ChangeNamePanel, { input: { id: panelPending, expertIds: [ids.user('expert.liu'), ids.user('expert.chen')] } }, 'bdc.reviewer')).cloudChangeRequestNameExpertPanel.errors);
    ok((await app.query(ChangeRecordOpinion, { input: { id: panelPending, opinion: '同意' } }, 'expert.liu')).cloudChangeRequestRecordExpertOpinion.errors);
    const quotaFixed = await submit(await provision('gaj.clerk', '扩容已核定的系统'), 'EXPANSION', [q('ECS-VCPU', 8)]);
    ok((await app.query(ChangeReview, { input: { id: quotaFixed, decision: 'APPROVE' } }, 'bdc.leader')).cloudChangeRequestReview.errors);
    await seatExperts(app, ids, 'change', quotaFixed);
    ok(
      (await app.query(ChangeExpertReview, { input: { id: quotaFixed, reviewedOn: today, conclusion: '同意', quota: [q('ECS-VCPU', 8)] } }, 'bdc.reviewer'))
        .cloudChangeRequestExpertReview.errors,
    );
    const provisioning = await expansionProvisioning(app, ids, await provision('gaj.clerk', '扩容开通中的系统'), 'gaj.clerk', [['ECS-VCPU', 8]]);
    const completed = await submit(await provision('gaj.clerk', '减容已完成的系统'), 'REDUCTION', [q('EVS-SSD', 200)]);
    ok((await app.query(ChangeReview, { input: { id: completed, decision: 'APPROVE' } }, 'bdc.leader')).cloudChangeRequestReview.errors);
    asked.set(panelPending, q('ECS-VCPU', 8));
    changes.push(expansion, reduction, countyExpansion, returned, approved, panelPending, quotaFixed, provisioning, completed, cancelled);
    for (const id of changes) asked.set(id, id === countyExpansion ? q('ECS-VCPU', 6) : id === reduction ? q('EVS-SSD', 300) : id === completed ? q('EVS-SSD', 200) : q('ECS-VCPU', 8));

    for (const [tenant, as, settle] of [
      [ids.agency('GAJ'), 'finance.clerk', false],
      [ids.agency('TAIHE-GOV'), 'taihe.finance', true],
    ] as const) {
      const issued = await app.query(Issue, { input: { tenantAgencyId: tenant, month: '2026-03' } }, as);
      ok(issued.feeStatementIssue.errors);
      const id = issued.feeStatementIssue.feeStatement!.id;
      if (settle) ok((await app.query(Settle, { input: { id, settlementRef: '泰财支〔2026〕1号' } }, 'taihe.finance')).feeStatementSettle.errors);
      statements.push(id);
    }
  });

  it('says allowed exactly when the mutation succeeds, and lists the same blockers (code, rule, gate, field)', async () => {
    const result = await checkAgreement(app, {
      users: USERS,
      subjects: changes,
      calls: {
        review: { mutation: 'cloudChangeRequestReview', input: (id) => ({ id, decision: 'APPROVE' }) },
        nameExpertPanel: { mutation: 'cloudChangeRequestNameExpertPanel', input: (id) => ({ id, expertIds: [ids.user('expert.wang')] }) },
        recordExpertOpinion: { mutation: 'cloudChangeRequestRecordExpertOpinion', input: (id) => ({ id, opinion: '同意扩容' }) },
        recordExpertReview: {
          mutation: 'cloudChangeRequestExpertReview',
          input: (id) => ({ id, reviewedOn: today, conclusion: '同意扩容', quota: [asked.get(id)!] }),
        },
        notifyProvider: { mutation: 'cloudChangeRequestNotifyProvider', input: (id) => ({ id }) },
        confirmProvisioning: { mutation: 'cloudChangeRequestConfirmProvisioning', input: (id) => ({ id, note: '已开通' }) },
      },
    });
    expect(describeDisagreements(result.disagreements)).toBe('');
    expect(result.compared).toBeGreaterThan(200);
  });

  it('and so do a fee statement’s, issued and settled (CM-6)', async () => {
    const result = await checkAgreement(app, {
      users: USERS,
      subjects: statements,
      calls: { settle: { mutation: 'feeStatementSettle', input: (id) => ({ id, settlementRef: '财支〔2026〕9号' }) } },
    });
    expect(describeDisagreements(result.disagreements)).toBe('');
    expect(result.compared).toBeGreaterThan(5);
  });
});
