import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import {
  ApplyAcceptance,
  confirmSharing,
  createProject,
  findings,
  Organize,
  RecordResult,
  RecordSecurityReview,
  recordMlpsTest,
  reports,
  today,
} from '../acceptance/support';
import { cloudIds, provisionTenancy, useClock, type CloudIds } from '../cloud/support';

const Reviews = graphql(`
  query ProjectSecurityReviews($id: ID!) {
    node(id: $id) {
      ... on Project {
        securityReviews {
          conclusion
          cryptographyPlanConclusion
          reviewerName
          reviewedByAgency {
            code
          }
        }
      }
    }
  }
`);

const ReviewList = graphql(`
  query SecurityReviewList {
    securityReviews(first: 20) {
      totalCount
    }
  }
`);

const RecordActions = graphql(`
  query RecordActions($id: ID!) {
    acceptanceRecord(id: $id) {
      availableActions {
        action
        allowed
        blockers {
          code
          rule
          gate
        }
      }
    }
  }
`);

const NscTenancies = graphql(`
  query NscTenancies {
    cloudTenancies(first: 20) {
      totalCount
      nodes {
        code
        mlpsLevel
        monthlyFee
        zone {
          code
          certifiedMlpsLevel
        }
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

const review = (projectId: string, over: Record<string, unknown> = {}) => ({
  input: {
    projectId,
    reviewedOn: today(),
    conclusion: 'PASSED' as const,
    findings: '落实网络安全审查制度，未发现高风险漏洞',
    cryptographyPlanConclusion: 'PASSED_WITH_CONDITIONS' as const,
    cryptographyPlanAssessment: '密码应用方案基本符合要求，身份鉴别须改用 SM2 证书',
    ...over,
  },
});

const count = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from security_review'))[0].n);

describe("NSC's security review (PM-4, PM-11, PM-12)", () => {
  let project: { gid: string };
  let recordId: string;

  beforeAll(async () => {
    project = await createProject(app, { unit: 'JYJ' });
    await confirmSharing(app, project.gid, 'jyj.clerk');
    await recordMlpsTest(app, project.gid, 'jyj.clerk');
    const applied = await app.query(ApplyAcceptance, { input: { projectId: project.gid, reports: await reports(app, 'jyj.clerk') } }, 'jyj.clerk');
    expect(applied.acceptanceApply.errors).toEqual([]);
    recordId = applied.acceptanceApply.acceptanceRecord!.id;
    const organized = await app.query(Organize, { input: { id: recordId } }, 'drc.leader');
    expect(organized.acceptanceOrganize.errors).toEqual([]);
  });

  it('PM-12: refuses the acceptance result while NSC has no security review of the project on file', async () => {
    const res = await app.query(RecordResult, { input: { id: recordId, result: 'PASSED', heldOn: today(), ...findings() } }, 'drc.leader');
    expect(res.acceptanceRecordResult.acceptanceRecord).toBeNull();
    expect(res.acceptanceRecordResult.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-12', field: 'cryptography' }]);
    const { acceptanceRecord } = await app.query(RecordActions, { id: recordId }, 'drc.leader');
    expect(acceptanceRecord.availableActions.find((a) => a.action === 'recordResult')).toEqual({
      action: 'recordResult',
      allowed: false,
      blockers: [{ code: 'PRECONDITION_FAILED', rule: 'PM-12', gate: 'securityReviewOnFile' }],
    });
  });

  it('PM-4: refuses a security review from anyone but NSC, the Audit Bureau included (PM-18), and writes none', async () => {
    for (const as of ['drc.leader', 'jyj.clerk', 'govoffice.leader', 'bdc.leader']) {
      const res = await app.query(RecordSecurityReview, review(project.gid), as);
      expect(res.securityReviewRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-4' })]);
    }
    const audit = await app.query(RecordSecurityReview, review(project.gid), 'audit.auditor');
    expect(audit.securityReviewRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    expect(await count()).toBe(0);
  });

  it('PM-4, PM-12: refuses a review without findings or a cryptography plan assessment', async () => {
    const res = await app.query(RecordSecurityReview, review(project.gid, { findings: ' ', cryptographyPlanAssessment: '' }), 'nsc.reviewer');
    expect(res.securityReviewRecord.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'PM-4', field: 'findings' },
      { code: 'INVALID_INPUT', rule: 'PM-12', field: 'cryptographyPlanAssessment' },
    ]);
    expect(await count()).toBe(0);
  });

  it('PM-4: NSC records its security review; the project shows it to its unit, not to another', async () => {
    const res = await app.query(RecordSecurityReview, review(project.gid), 'nsc.reviewer');
    expect(res.securityReviewRecord.errors).toEqual([]);
    expect(res.securityReviewRecord.securityReview).toMatchObject({ conclusion: 'PASSED', cryptographyPlanConclusion: 'PASSED_WITH_CONDITIONS', reviewedByAgency: { code: 'NSC' } });
    const own = await app.query(Reviews, { id: project.gid }, 'jyj.clerk');
    expect(own.node).toEqual({ securityReviews: [expect.objectContaining({ conclusion: 'PASSED', reviewedByAgency: { code: 'NSC' } })] });
    expect((await app.query(ReviewList, {}, 'gaj.clerk')).securityReviews.totalCount).toBe(0);
    for (const as of ['nsc.leader', 'drc.leader', 'audit.auditor']) expect((await app.query(ReviewList, {}, as)).securityReviews.totalCount).toBe(1);
  });

  it('PM-12: with NSC\'s review on file the acceptance records its findings and result', async () => {
    const res = await app.query(RecordResult, { input: { id: recordId, result: 'PASSED', heldOn: today(), ...findings() } }, 'drc.leader');
    expect(res.acceptanceRecordResult.errors).toEqual([]);
    expect(res.acceptanceRecordResult.acceptanceRecord).toMatchObject({ status: 'PASSED', findings: { cryptography: { conclusion: 'MET' } } });
  });

  it("PM-4: NSC reads the cloud tenancies' MLPS levels and zones, not their fees", async () => {
    useClock(app, '2026-06-01');
    await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]] });
    const { cloudTenancies } = await app.query(NscTenancies, {}, 'nsc.reviewer');
    expect(cloudTenancies.totalCount).toBe(1);
    expect(cloudTenancies.nodes[0]).toMatchObject({ mlpsLevel: 2, monthlyFee: null, zone: { code: 'CT-JIAN-EXTRANET' } });
    // BDC, which plans the cloud, sees the fee NSC does not.
    const bdc = await app.query(NscTenancies, {}, 'bdc.leader');
    expect(bdc.cloudTenancies.nodes[0].monthlyFee).not.toBeNull();
  });
});
