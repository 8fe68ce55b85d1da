import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { Apply, bothSigned, cloudIds, ExpertReview, Notify, Review, seatExperts, Sign, useClock, type CloudIds } from './support';

const Documents = graphql(`
  query TenancyDocuments($id: ID!) {
    cloudTenancy(id: $id) {
      documents {
        kind
        reference
        signedOn
        uploaded
        sm3
        size
        fileName
        contentId
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

const keyOf = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1];

describe('CM-12: the responsibility letter and confirmation form are uploaded documents with their hashes', () => {
  let id: string;

  beforeAll(async () => {
    useClock(app, '2026-06-01');
    const resources = [{ itemId: ids.item('ECS-VCPU'), quantity: 2 }];
    const applied = await app.query(
      Apply,
      { input: { systemName: '市住房公积金系统', zoneId: ids.zone('CT-JIAN-EXTRANET'), mlpsLevel: 2, classified: false, migration: false, contactName: '李工', contactPhone: '0796-8111111', resources } },
      'gaj.clerk',
    );
    id = applied.cloudTenancyApply.cloudTenancy!.id;
    expect((await app.query(Review, { input: { id, decision: 'APPROVE' } }, 'bdc.leader')).cloudTenancyReview.errors).toEqual([]);
    await seatExperts(app, ids, 'tenancy', id);
    const fixed = await app.query(ExpertReview, { input: { id, reviewedOn: '2026-06-01', conclusion: '同意', quota: resources } }, 'bdc.reviewer');
    expect(fixed.cloudTenancyExpertReview.errors).toEqual([]);
  });

  it('CM-12: refuses provisioning while a reference and a date are all there is, as rows migrated from before uploads', async () => {
    // What the migration keeps of a tenancy signed before documents were uploaded: reference and date, no content.
    for (const kind of ['RESPONSIBILITY_LETTER', 'PROVISIONING_CONFIRMATION']) {
      await sqlAsAdmin(
        app.database,
        `insert into cloud_tenancy_document (id, tenancy_id, kind, reference, signed_on) values (gen_random_uuid(), '${keyOf(id)}', '${kind}', 'OLD-${kind}', '2026-05-29')`,
      );
    }
    const refused = await app.query(Notify, { input: { id } }, 'bdc.clerk');
    expect(refused.cloudTenancyNotifyProvider.errors).toEqual([
      expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-12' }),
      expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-12' }),
    ]);
    const { cloudTenancy } = await app.query(Documents, { id }, 'gaj.clerk');
    expect(cloudTenancy.documents.map((d) => [d.reference, d.uploaded, d.sm3, d.contentId])).toEqual([
      ['OLD-RESPONSIBILITY_LETTER', false, null, null],
      ['OLD-PROVISIONING_CONFIRMATION', false, null, null],
    ]);
  });

  it('CM-12: allows provisioning once both signed documents are uploaded, each attached with its SM3 hash', async () => {
    const signed = await app.query(Sign, { input: { id, ...(await bothSigned(app, 'gaj.clerk', '2026-06-01')) } }, 'gaj.clerk');
    expect(signed.cloudTenancySignDocuments.errors).toEqual([]);
    const notified = await app.query(Notify, { input: { id } }, 'bdc.clerk');
    expect(notified.cloudTenancyNotifyProvider.errors).toEqual([]);
    expect(notified.cloudTenancyNotifyProvider.cloudTenancy).toMatchObject({ providerNotifiedOn: '2026-06-01', provisioningDueOn: '2026-06-04' });

    const { cloudTenancy } = await app.query(Documents, { id }, 'bdc.clerk');
    const uploaded = cloudTenancy.documents.filter((d) => d.uploaded);
    expect(uploaded.map((d) => [d.kind, d.reference, d.fileName])).toEqual([
      ['RESPONSIBILITY_LETTER', 'ZRS-1', 'signed.pdf'],
      ['PROVISIONING_CONFIRMATION', 'QRB-1', 'signed.pdf'],
    ]);
    // The provider that provisions reads the signed form; the bytes match the recorded hash. Another provider does not.
    const form = uploaded[1];
    const res = await fetch(`${app.url}/documents/${form.contentId}`, { headers: { authorization: `Bearer ${await app.token('telecom.operator')}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-sm3')).toBe(form.sm3);
    expect((await res.arrayBuffer()).byteLength).toBe(form.size);
    const other = await fetch(`${app.url}/documents/${form.contentId}`, { headers: { authorization: `Bearer ${await app.token('mobile.operator')}` } });
    expect(other.status).toBe(404);
  });
});
