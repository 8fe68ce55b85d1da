import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import {
  Apply,
  ChangeNamePanel,
  ChangeRecordOpinion,
  ChangeReview,
  ChangeSubmit,
  cloudIds,
  ExpertReview,
  NamePanel,
  provisionTenancy,
  RecordOpinion,
  Review,
  useClock,
  type CloudIds,
} from './support';

const Seen = graphql(`
  query ExpertPanelSeen {
    cloudTenancies(first: 20) {
      nodes {
        systemName
        expertPanel {
          username
          displayName
          opinion
          recordedOn
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
  useClock(app, '2026-03-02');
});
afterAll(() => app.stop());

const q = (code: string, quantity: number) => ({ itemId: ids.item(code), quantity });

async function approvedApplication(systemName: string): Promise<string> {
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
        resources: [q('ECS-VCPU', 4)],
      },
    },
    'gaj.clerk',
  );
  const id = res.cloudTenancyApply.cloudTenancy!.id;
  expect((await app.query(Review, { input: { id, decision: 'APPROVE' } }, 'bdc.leader')).cloudTenancyReview.errors).toEqual([]);
  return id;
}

describe('CM-11, PM-8.2: experts act as themselves on the review panels BDC names', () => {
  let id: string;
  let other: string;

  it('lets BDC alone name the panel, from expert accounts only (CM-11)', async () => {
    id = await approvedApplication('警务大数据平台');
    other = await approvedApplication('警务视频共享系统');
    const liu = ids.user('expert.liu');
    const chen = ids.user('expert.chen');
    const byUser = await app.query(NamePanel, { input: { id, expertIds: [liu] } }, 'gaj.clerk');
    expect(byUser.cloudTenancyNameExpertPanel.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-11', field: null }]);
    for (const expertIds of [[], [ids.user('gaj.clerk')], [liu, liu]]) {
      const res = await app.query(NamePanel, { input: { id, expertIds } }, 'bdc.reviewer');
      expect(res.cloudTenancyNameExpertPanel.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-11', field: 'expertIds' }]);
    }
    const named = await app.query(NamePanel, { input: { id, expertIds: [liu, chen] } }, 'bdc.reviewer');
    expect(named.cloudTenancyNameExpertPanel).toEqual({
      cloudTenancy: { expertPanel: [{ username: 'expert.liu', opinion: null }, { username: 'expert.chen', opinion: null }] },
      errors: [],
    });
  });

  it('lets an expert read only the tenancies of panels it sits on (CM-11)', async () => {
    const seen = async (as: string) => (await app.query(Seen, {}, as)).cloudTenancies.nodes.map((n) => n.systemName);
    expect(await seen('expert.liu')).toEqual(['警务大数据平台']);
    expect(await seen('expert.wang')).toEqual([]);
    const notOnIt = await app.request(RecordOpinion, { input: { id, opinion: '同意' } }, { as: 'expert.wang' });
    expect(notOnIt.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const otherOne = await app.request(RecordOpinion, { input: { id: other, opinion: '同意' } }, { as: 'expert.liu' });
    expect(otherOne.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('records each expert’s own opinion, once; BDC cannot type one in (CM-11)', async () => {
    const byBdc = await app.query(RecordOpinion, { input: { id, opinion: '同意' } }, 'bdc.reviewer');
    expect(byBdc.cloudTenancyRecordExpertOpinion.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-11', field: null }]);
    const empty = await app.query(RecordOpinion, { input: { id, opinion: ' ' } }, 'expert.liu');
    expect(empty.cloudTenancyRecordExpertOpinion.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-11', field: 'opinion' }]);
    const liu = await app.query(RecordOpinion, { input: { id, opinion: '架构合理，vCPU 可核定 4 核' } }, 'expert.liu');
    expect(liu.cloudTenancyRecordExpertOpinion.cloudTenancy?.expertPanel).toEqual([
      { username: 'expert.liu', opinion: '架构合理，vCPU 可核定 4 核', recordedOn: '2026-03-02' },
      { username: 'expert.chen', opinion: null, recordedOn: null },
    ]);
    const twice = await app.query(RecordOpinion, { input: { id, opinion: '再议' } }, 'expert.liu');
    expect(twice.cloudTenancyRecordExpertOpinion.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-11', field: null }]);
  });

  it('counts the review only once every expert of the panel has recorded its opinion (PRECONDITION_FAILED, CM-11)', async () => {
    const review = { id, reviewedOn: '2026-03-02', conclusion: '同意按申请配置', quota: [q('ECS-VCPU', 4)] };
    const early = await app.query(ExpertReview, { input: review }, 'bdc.reviewer');
    expect(early.cloudTenancyExpertReview.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-11', field: null }]);
    expect((await app.query(RecordOpinion, { input: { id, opinion: '安全方案可行' } }, 'expert.chen')).cloudTenancyRecordExpertOpinion.errors).toEqual([]);
    const done = await app.query(ExpertReview, { input: review }, 'bdc.reviewer');
    expect(done.cloudTenancyExpertReview.errors).toEqual([]);
    expect(done.cloudTenancyExpertReview.cloudTenancy).toMatchObject({
      status: 'QUOTA_FIXED',
      experts: ['评审专家 刘建华（信息系统架构）', '评审专家 陈晓梅（网络安全与密码应用）'],
    });
  });

  it('does the same for an expansion: BDC names its panel, the expert on it reads it and gives its opinion (CM-11 by CM-14)', async () => {
    const tenancy = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]], systemName: '警务扩容系统' });
    const filed = await app.query(ChangeSubmit, { input: { tenancyId: tenancy, kind: 'EXPANSION', reason: '业务增长', lines: [q('ECS-VCPU', 8)] } }, 'gaj.clerk');
    const change = filed.cloudChangeRequestSubmit.cloudChangeRequest!.id;
    expect((await app.query(ChangeReview, { input: { id: change, decision: 'APPROVE' } }, 'bdc.leader')).cloudChangeRequestReview.errors).toEqual([]);
    const before = await app.request(ChangeRecordOpinion, { input: { id: change, opinion: '同意' } }, { as: 'expert.chen' });
    expect(before.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.query(ChangeNamePanel, { input: { id: change, expertIds: [ids.user('expert.chen')] } }, 'bdc.leader')).cloudChangeRequestNameExpertPanel.errors).toEqual([]);
    expect((await app.query(ChangeRecordOpinion, { input: { id: change, opinion: '同意扩容' } }, 'expert.chen')).cloudChangeRequestRecordExpertOpinion.errors).toEqual([]);
    // The tenancy itself is not the panel's: the expert reads the expansion, not the tenancy.
    expect((await app.query(Seen, {}, 'expert.chen')).cloudTenancies.nodes.map((n) => n.systemName)).toEqual(['警务大数据平台']);
  });
});
