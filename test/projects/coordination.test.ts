import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { agencyId, ALL_CHAPTERS, countyProjectAt, doc, InviteOpinion, municipalProjectAt, RecordOpinion, rules } from '../support/projects';

/**
 * PM-5: DRC's coordination mechanism includes 市工信局, which DRC may invite for its opinion; an
 * invited opinion's document (REVIEW_OPINION) declares the three PM-9 chapters.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const OpinionDocuments = graphql(`
  query CoordinationDocuments($id: ID!) {
    node(id: $id) {
      ... on Project {
        documents {
          kind
          title
          chapters
        }
      }
    }
  }
`);

let id: string;

describe('the coordination mechanism (PM-5)', () => {
  beforeAll(async () => {
    id = await municipalProjectAt(app, 'UNDER_REVIEW');
  });

  it('lets DRC invite 市工信局, and no ordinary bureau or another level', async () => {
    for (const code of ['JYJ', 'GAJ', 'TAIHE-FIN']) {
      const refused = await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, code) } }, 'drc.reviewer');
      expect(refused.projectInviteOpinion.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-5', field: 'agencyId' })]);
    }
    const notYet = await app.request(RecordOpinion, { input: { id, opinion: '同意' } }, { as: 'gxj.clerk' });
    expect(notYet.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const invited = await app.query(InviteOpinion, { input: { id, agencyId: await agencyId(app, 'GXJ') } }, 'drc.reviewer');
    expect(invited.projectInviteOpinion.errors).toEqual([]);
  });

  it('lets the invited 市工信局 record its opinion, whose document declares the three PM-9 chapters', async () => {
    const uninvited = await app.request(RecordOpinion, { input: { id, opinion: '同意' } }, { as: 'gaj.clerk' });
    expect(uninvited.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const partial = await doc(app, 'gxj.clerk', '市工信局评审意见', { chapters: ['INTENSIVE_CONSTRUCTION'] });
    const missing = await app.query(RecordOpinion, { input: { id, opinion: '建议复用市级平台', opinionDocument: partial } }, 'gxj.clerk');
    expect(missing.projectRecordOpinion.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-9', field: 'opinionDocument.chapters' })]);
    const full = await doc(app, 'gxj.clerk', '市工信局评审意见');
    const recorded = await app.query(RecordOpinion, { input: { id, opinion: '建议复用市级平台', opinionDocument: full } }, 'gxj.clerk');
    expect(recorded.projectRecordOpinion.errors).toEqual([]);
    const again = await app.query(RecordOpinion, { input: { id, opinion: '补充意见' } }, 'gxj.leader');
    expect(rules(again.projectRecordOpinion.errors)).toEqual(['CONFLICT PM-5']);
    const seen = await app.query(OpinionDocuments, { id }, 'drc.leader');
    const docs = (seen.node as { documents: { kind: string; title: string; chapters: string[] }[] }).documents;
    expect(docs.filter((d) => d.kind === 'REVIEW_OPINION')).toEqual([{ kind: 'REVIEW_OPINION', title: '市工信局评审意见', chapters: [...ALL_CHAPTERS] }]);
  });

  it('is the municipal mechanism: a county DRC cannot invite 市工信局', async () => {
    const county = await countyProjectAt(app, 'UNDER_REVIEW');
    const refused = await app.query(InviteOpinion, { input: { id: county, agencyId: await agencyId(app, 'GXJ') } }, 'taihe.drc.reviewer');
    expect(refused.projectInviteOpinion.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-5', field: 'agencyId' })]);
  });
});
