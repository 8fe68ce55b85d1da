import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { Apply, cloudIds, gid, useClock, type CloudIds } from './support';

const Catalog = graphql(`
  query CloudCatalog($filter: CloudServiceItemFilter) {
    cloudServiceItems(first: 50, filter: $filter) {
      totalCount
      nodes {
        code
        name
        unit
        category
        active
        currentPrice {
          unitPrice
          effectiveFrom
        }
      }
    }
    cloudZones {
      code
      certifiedMlpsLevel
      provider {
        code
      }
    }
  }
`);

const Create = graphql(`
  mutation CloudItemCreate($input: CloudServiceItemCreateInput!) {
    cloudServiceItemCreate(input: $input) {
      cloudServiceItem {
        id
        code
        active
        currentPrice {
          unitPrice
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

const Update = graphql(`
  mutation CloudItemUpdate($input: CloudServiceItemUpdateInput!) {
    cloudServiceItemUpdate(input: $input) {
      cloudServiceItem {
        code
        name
        active
      }
      errors {
        code
        rule
      }
    }
  }
`);

const Assess = graphql(`
  mutation CloudAssess($input: CloudProviderAssessmentInput!) {
    cloudProviderAssessmentRecord(input: $input) {
      cloudProviderAssessment {
        period
        score
        availabilityPercent
        provider {
          code
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
  query CloudAssessments {
    cloudProviderAssessments(first: 20) {
      totalCount
      nodes {
        period
        score
        provider {
          code
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
  useClock(app, '2026-06-01');
});
afterAll(() => app.stop());

describe('CM-5: BDC’s service catalog and prices', () => {
  it('publishes the seeded catalog (compute, storage, network, security, platform) and the zones with their MLPS levels (CM-21) to every unit', async () => {
    const data = await app.query(Catalog, {}, 'taihe.dept');
    expect(data.cloudServiceItems.nodes.map((n) => `${n.category} ${n.code} ${n.currentPrice?.unitPrice}/${n.unit}`)).toEqual([
      'COMPUTE ECS-MEM 25.00/GB',
      'COMPUTE ECS-VCPU 60.00/核',
      'STORAGE EVS-SSD 0.80/GB',
      'STORAGE OBS-STD 0.12/GB',
      'NETWORK NET-BW 50.00/Mbps',
      'NETWORK NET-EIP 20.00/个',
      'SECURITY SEC-HSS 45.00/台',
      'SECURITY SEC-WAF 300.00/域名',
      'PLATFORM PAAS-RDS 1200.00/实例',
    ]);
    expect(data.cloudZones).toEqual([
      { code: 'CMCC-JIAN-EXTRANET', certifiedMlpsLevel: 3, provider: { code: 'CMCC-JIAN' } },
      { code: 'CT-JIAN-EXTRANET', certifiedMlpsLevel: 3, provider: { code: 'CT-JIAN' } },
      { code: 'CT-JIAN-INTERNET', certifiedMlpsLevel: 2, provider: { code: 'CT-JIAN' } },
    ]);
    const storage = await app.query(Catalog, { filter: { category: 'STORAGE' } }, 'telecom.operator');
    expect(storage.cloudServiceItems.totalCount).toBe(2);
  });

  it('lets BDC’s leader alone add an item; codes are unique; prices are not back-dated', async () => {
    const input = { code: 'ECS-GPU', name: 'GPU 云主机（T4）', unit: '卡', category: 'COMPUTE' as const, unitPrice: '2400.00', effectiveFrom: '2026-06-01' };
    for (const as of ['gaj.clerk', 'bdc.clerk', 'telecom.operator']) {
      expect((await app.query(Create, { input }, as)).cloudServiceItemCreate.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-5', field: null }]);
    }
    const backDated = await app.query(Create, { input: { ...input, effectiveFrom: '2026-05-01' } }, 'bdc.leader');
    expect(backDated.cloudServiceItemCreate.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-5', field: 'effectiveFrom' }]);
    const created = await app.query(Create, { input }, 'bdc.leader');
    expect(created.cloudServiceItemCreate).toMatchObject({ cloudServiceItem: { code: 'ECS-GPU', active: true, currentPrice: { unitPrice: '2400.00' } }, errors: [] });
    const dup = await app.query(Create, { input: { ...input, code: 'ecs-gpu' } }, 'bdc.leader');
    expect(dup.cloudServiceItemCreate.errors).toEqual([{ code: 'CONFLICT', rule: 'CM-5', field: 'code' }]);
  });

  it('refuses a withdrawn item in an application (CM-5) until BDC restores it', async () => {
    const gpu = (await app.query(Catalog, { filter: { text: 'GPU' } }, 'bdc.leader')).cloudServiceItems.nodes;
    expect(gpu.map((n) => n.code)).toEqual(['ECS-GPU']);
    const itemId = ids.item('ECS-VCPU');
    const withdrawn = await app.query(Update, { input: { id: itemId, active: false } }, 'bdc.leader');
    expect(withdrawn.cloudServiceItemUpdate).toEqual({ cloudServiceItem: { code: 'ECS-VCPU', name: '云主机 vCPU', active: false }, errors: [] });
    const input = {
      systemName: '政务服务好差评系统',
      zoneId: ids.zone('CMCC-JIAN-EXTRANET'),
      mlpsLevel: 2,
      classified: false,
      migration: false,
      contactName: '王工',
      contactPhone: '0796-7777777',
      resources: [{ itemId, quantity: 4 }],
    };
    const refused = await app.query(Apply, { input }, 'xzspj.clerk');
    expect(refused.cloudTenancyApply.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-5', field: 'resources' }]);
    expect((await app.query(Update, { input: { id: itemId, active: true } }, 'xzspj.leader')).cloudServiceItemUpdate.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-5' }]);
    await app.query(Update, { input: { id: itemId, active: true } }, 'bdc.leader');
    expect((await app.query(Apply, { input }, 'xzspj.clerk')).cloudTenancyApply.errors).toEqual([]);
  });
});

const ProjectOfTenancy = graphql(`
  query CloudTenancyProject($id: ID!) {
    cloudTenancy(id: $id) {
      systemName
      project {
        code
        name
      }
    }
  }
`);

describe('CM-9: a tenancy may name the informatization project it serves', () => {
  it('links a project of the applicant and refuses an unknown one or another unit\'s alike', async () => {
    const [{ id: unit }] = await sqlAsAdmin<{ id: string }>(app.database, "select id from agency where code = 'WJW'");
    const [{ id: project }] = await sqlAsAdmin<{ id: string }>(
      app.database,
      `insert into project (id, code, name, construction_unit_id, division_code, category, build_type, network, investment, year)
       values (gen_random_uuid(), 'JA-2026-00077', '全民健康信息平台二期', $1, '360800', 'BUSINESS_SYSTEM', 'EXPANSION', 'EGOV_EXTRANET', 3800000, 2026) returning id`,
      [unit],
    );
    const input = {
      systemName: '全民健康信息平台',
      projectId: gid('Project', project),
      zoneId: ids.zone('CT-JIAN-EXTRANET'),
      mlpsLevel: 3,
      classified: false,
      migration: false,
      contactName: '卫健委 信息科',
      contactPhone: '0796-8222222',
      resources: [{ itemId: ids.item('PAAS-RDS'), quantity: 1 }],
    };
    const unknown = await app.query(Apply, { input: { ...input, projectId: gid('Project', '00000000-0000-4000-8000-000000000000') } }, 'wjw.clerk');
    expect(unknown.cloudTenancyApply.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-9', field: 'projectId' }]);
    const someoneElses = await app.query(Apply, { input }, 'jyj.clerk');
    expect(someoneElses.cloudTenancyApply.errors).toEqual(unknown.cloudTenancyApply.errors);
    const linked = await app.query(Apply, { input }, 'wjw.clerk');
    expect(linked.cloudTenancyApply.errors).toEqual([]);
    const seen = await app.query(ProjectOfTenancy, { id: linked.cloudTenancyApply.cloudTenancy!.id }, 'audit.auditor');
    expect(seen.cloudTenancy.project).toEqual({ code: 'JA-2026-00077', name: '全民健康信息平台二期' });
  });
});

describe('CM-16: BDC assesses the providers’ service quality', () => {
  it('is recorded by BDC’s leader, once per provider and period, and read by BDC and the provider assessed only', async () => {
    // Scored against a version of BDC's standard (CM-16; test/monitoring covers the standard itself).
    const published = await app.request(
      `mutation ($input: CloudAssessmentStandardPublishInput!) { cloudAssessmentStandardPublish(input: $input) { cloudAssessmentStandard { id } errors { code } } }`,
      { input: { title: '云服务质量考核标准', criteria: [{ code: 'AVAILABILITY', name: '可用性', weight: 50 }, { code: 'RESPONSE', name: '故障响应', weight: 50 }] } },
      { as: 'bdc.leader' },
    );
    const standardId = (published.data as any).cloudAssessmentStandardPublish.cloudAssessmentStandard.id as string;
    const scores = (a: number, r: number) => [{ criterion: 'AVAILABILITY', points: a }, { criterion: 'RESPONSE', points: r }];
    const input = { providerId: ids.agency('CT-JIAN'), period: '2026-Q1', standardId, scores: scores(50, 42), availabilityPercent: '99.95', findings: '可用性达标；2 月故障响应超时 1 次' };
    for (const as of ['bdc.clerk', 'telecom.operator', 'gaj.leader']) {
      expect((await app.query(Assess, { input }, as)).cloudProviderAssessmentRecord.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-16', field: null }]);
    }
    const bad = await app.query(Assess, { input: { ...input, providerId: ids.agency('GAJ'), period: '2026-13', scores: scores(60, 60) } }, 'bdc.leader');
    expect(bad.cloudProviderAssessmentRecord.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'providerId' },
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'period' },
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'scores[0].points' },
      { code: 'INVALID_INPUT', rule: 'CM-16', field: 'scores[1].points' },
    ]);
    const ok = await app.query(Assess, { input }, 'bdc.leader');
    expect(ok.cloudProviderAssessmentRecord).toEqual({
      cloudProviderAssessment: { period: '2026-Q1', score: 92, availabilityPercent: '99.95', provider: { code: 'CT-JIAN' } },
      errors: [],
    });
    await app.query(Assess, { input: { ...input, providerId: ids.agency('CMCC-JIAN'), scores: scores(40, 48) } }, 'bdc.leader');
    const again = await app.query(Assess, { input }, 'bdc.leader');
    expect(again.cloudProviderAssessmentRecord.errors).toEqual([{ code: 'CONFLICT', rule: 'CM-16', field: 'period' }]);
    expect((await app.query(Assessments, {}, 'bdc.clerk')).cloudProviderAssessments.totalCount).toBe(2);
    expect((await app.query(Assessments, {}, 'telecom.operator')).cloudProviderAssessments.nodes).toEqual([{ period: '2026-Q1', score: 92, provider: { code: 'CT-JIAN' } }]);
    expect((await app.query(Assessments, {}, 'gaj.clerk')).cloudProviderAssessments.totalCount).toBe(0);
    expect((await app.query(Assessments, {}, 'audit.auditor')).cloudProviderAssessments.totalCount).toBe(2);
  });
});
