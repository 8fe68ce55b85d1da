import { Migration20261203130100_assessment_standards } from '../../migrations/Migration20261203130100_assessment_standards';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { cloudIds, type CloudIds } from '../cloud/support';

const Publish = graphql(`
  mutation MonitoringPublishStandard($input: CloudAssessmentStandardPublishInput!) {
    cloudAssessmentStandardPublish(input: $input) {
      cloudAssessmentStandard {
        id
        version
        title
        migrated
        criteria {
          code
          weight
          position
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Standards = graphql(`
  query MonitoringStandards {
    cloudAssessmentStandards {
      version
      criteria {
        code
        weight
      }
    }
  }
`);

const Record = graphql(`
  mutation MonitoringAssess($input: CloudProviderAssessmentInput!) {
    cloudProviderAssessmentRecord(input: $input) {
      cloudProviderAssessment {
        period
        score
        standard {
          version
        }
        scores {
          points
          criterion {
            code
            weight
          }
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Assessments = graphql(`
  query MonitoringAssessments {
    cloudProviderAssessments(first: 20) {
      nodes {
        period
        score
        standard {
          version
          migrated
        }
        scores {
          points
          criterion {
            code
            name
            weight
          }
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

const v1 = {
  title: '吉安市政务云服务质量考核标准（2026 版）',
  criteria: [
    { code: 'AVAILABILITY', name: '可用性', weight: 40 },
    { code: 'INCIDENT_RESPONSE', name: '故障响应', weight: 30 },
    { code: 'SECURITY', name: '安全管理', weight: 20 },
    { code: 'REPORTING', name: '定期报告', weight: 10 },
  ],
};

describe('CM-16: a versioned assessment standard that BDC publishes', () => {
  let standardId: string;

  it('CM-16: BDC’s leader alone publishes a version, whose weights sum to 100', async () => {
    for (const as of ['bdc.clerk', 'telecom.operator', 'gaj.leader']) {
      expect((await app.query(Publish, { input: v1 }, as)).cloudAssessmentStandardPublish.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-16', field: null }]);
    }
    expect((await app.query(Publish, { input: v1 }, 'audit.auditor')).cloudAssessmentStandardPublish.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-18', field: null }]);
    const off = await app.query(Publish, { input: { ...v1, criteria: [...v1.criteria.slice(0, 3), { code: 'SECURITY', name: '重复', weight: 5 }] } }, 'bdc.leader');
    expect(off.cloudAssessmentStandardPublish.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'criteria[3].code' },
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'criteria' },
    ]);
    const ok = await app.query(Publish, { input: v1 }, 'bdc.leader');
    expect(ok.cloudAssessmentStandardPublish.errors).toEqual([]);
    expect(ok.cloudAssessmentStandardPublish.cloudAssessmentStandard).toMatchObject({
      version: 1,
      migrated: false,
      criteria: v1.criteria.map((c, i) => ({ code: c.code, weight: c.weight, position: i + 1 })),
    });
    standardId = ok.cloudAssessmentStandardPublish.cloudAssessmentStandard!.id;
  });

  it('CM-16: a published version never changes; a revision is the next version', async () => {
    await expect(sqlAsAdmin(app.database, `update cloud_assessment_criterion set weight = 50 where code = 'AVAILABILITY'`)).rejects.toThrow(/CM-16/);
    await expect(sqlAsAdmin(app.database, `delete from cloud_assessment_standard`)).rejects.toThrow(/CM-16/);
    const v2 = await app.query(Publish, { input: { title: '2027 版', criteria: [{ code: 'AVAILABILITY', name: '可用性', weight: 50 }, { code: 'INCIDENT_RESPONSE', name: '故障响应', weight: 50 }] } }, 'bdc.leader');
    expect(v2.cloudAssessmentStandardPublish.cloudAssessmentStandard?.version).toBe(2);
    const { cloudAssessmentStandards } = await app.query(Standards, {}, 'telecom.operator');
    expect(cloudAssessmentStandards.map((s) => [s.version, s.criteria.map((c) => c.weight)])).toEqual([
      [2, [50, 50]],
      [1, [40, 30, 20, 10]],
    ]);
    expect((await app.query(Standards, {}, 'gaj.clerk')).cloudAssessmentStandards).toEqual([]);
  });

  it('CM-16: an assessment scores every criterion of one version, and its total is computed', async () => {
    const input = {
      providerId: ids.agency('CT-JIAN'),
      period: '2026-Q2',
      standardId,
      findings: '可用性达标；故障响应超时 1 次',
      scores: [
        { criterion: 'AVAILABILITY', points: 38 },
        { criterion: 'INCIDENT_RESPONSE', points: 22, note: '5 月一次超时' },
        { criterion: 'SECURITY', points: 20 },
        { criterion: 'REPORTING', points: 9 },
      ],
    };
    const bad = await app.query(Record, { input: { ...input, scores: [{ criterion: 'AVAILABILITY', points: 41 }, { criterion: 'UPTIME', points: 1 }] } }, 'bdc.leader');
    expect(bad.cloudProviderAssessmentRecord.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'scores[0].points' },
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'scores[1].criterion' },
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'scores' },
    ]);
    expect((await app.query(Record, { input }, 'bdc.clerk')).cloudProviderAssessmentRecord.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-16', field: null }]);
    const ok = await app.query(Record, { input }, 'bdc.leader');
    expect(ok.cloudProviderAssessmentRecord.errors).toEqual([]);
    expect(ok.cloudProviderAssessmentRecord.cloudProviderAssessment).toMatchObject({ period: '2026-Q2', score: 89, standard: { version: 1 } });
    expect(ok.cloudProviderAssessmentRecord.cloudProviderAssessment!.scores.map((s) => [s.criterion!.code, s.points])).toEqual([
      ['AVAILABILITY', 38],
      ['INCIDENT_RESPONSE', 22],
      ['SECURITY', 20],
      ['REPORTING', 9],
    ]);
    const seen = await app.query(Assessments, {}, 'telecom.operator');
    expect(seen.cloudProviderAssessments.nodes).toEqual([expect.objectContaining({ period: '2026-Q2', score: 89, standard: { version: 1, migrated: false } })]);
  });

  it('CM-16: the migration keeps the assessments recorded as a bare score, each on version 1 of the standard', async () => {
    // Back to the schema before the standard, with an assessment of then; then the migration again.
    const migration = new Migration20261203130100_assessment_standards(app.orm.em.getDriver(), app.orm.config);
    const run = async (step: 'up' | 'down') => {
      migration.reset();
      await migration[step]();
      for (const sql of migration.getQueries()) await sqlAsAdmin(app.database, String(sql));
    };
    await run('down');
    const [bdcLeader] = await sqlAsAdmin<{ id: string; agency_id: string }>(app.database, `select id, agency_id from "user" where username = 'bdc.leader'`);
    await sqlAsAdmin(
      app.database,
      `insert into cloud_provider_assessment (id, provider_id, period, score, findings, assessed_by_id, assessed_by_agency_id)
       select gen_random_uuid(), id, '2025-Q4', 87, '2025 年第四季度考核', $1, $2 from agency where code = 'CMCC-JIAN'`,
      [bdcLeader.id, bdcLeader.agency_id],
    );
    await run('up');
    const { cloudProviderAssessments } = await app.query(Assessments, {}, 'bdc.leader');
    const byPeriod = Object.fromEntries(cloudProviderAssessments.nodes.map((a) => [a.period, a]));
    expect(byPeriod['2025-Q4']).toEqual({
      period: '2025-Q4',
      score: 87,
      standard: { version: 1, migrated: true },
      scores: [{ points: 87, criterion: { code: 'OVERALL', name: '综合评分', weight: 100 } }],
    });
    expect(byPeriod['2026-Q2'].score).toBe(89);
  });
});
