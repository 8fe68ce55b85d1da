import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { Adjust, Apply, ChangeSubmit, cloudIds, provisionTenancy, useClock, type CloudIds } from './support';

const Zones = graphql(`
  query CertifiedZones {
    cloudZones {
      code
      certified
      certificates {
        number
        mlpsLevel
        issuedOn
        expiresOn
      }
    }
  }
`);

const Expiring = graphql(`
  query ExpiringCertificates($withinDays: Int) {
    expiringCloudZoneCertificates(withinDays: $withinDays) {
      number
      expiresOn
      zone {
        code
      }
    }
  }
`);

const RecordCertificate = graphql(`
  mutation RecordZoneCertificate($input: CloudZoneCertificateRecordInput!) {
    cloudZoneCertificateRecord(input: $input) {
      cloudZoneCertificate {
        id
        number
        expiresOn
      }
      errors {
        code
        rule
        field
        gate
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

const application = () => ({
  systemName: '市公积金管理系统',
  zoneId: ids.zone('CT-JIAN-EXTRANET'),
  mlpsLevel: 2,
  classified: false,
  migration: false,
  contactName: '王工',
  contactPhone: '0796-8222222',
  resources: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }],
});

const renewal = () => ({
  zoneId: ids.zone('CT-JIAN-EXTRANET'),
  certifyingBody: '江西省网络安全等级保护测评机构',
  number: 'DJCP-2028-0107',
  mlpsLevel: 3,
  scope: '电信吉安政务云 政务外网区 云平台',
  issuedOn: '2028-12-20',
  expiresOn: '2031-12-19',
});

describe('certified cloud infrastructure (CM-22)', () => {
  let tenancy: string;

  it('starts every seeded zone with a certificate in force', async () => {
    useClock(app, '2026-06-01');
    const { cloudZones } = await app.query(Zones, {}, 'gaj.clerk');
    expect(cloudZones.length).toBe(3);
    for (const z of cloudZones) {
      expect(z.certified).toBe(true);
      expect(z.certificates).toEqual([expect.objectContaining({ number: `INIT-${z.code}`, expiresOn: '2028-12-31' })]);
    }
    tenancy = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]] });
  });

  it('shows BDC the certificates that lapse within 90 days', async () => {
    useClock(app, '2026-12-02');
    expect((await app.query(Expiring, {}, 'bdc.leader')).expiringCloudZoneCertificates).toEqual([]);
    useClock(app, '2028-11-15');
    const soon = (await app.query(Expiring, {}, 'bdc.leader')).expiringCloudZoneCertificates;
    expect(soon.map((c) => c.zone?.code).sort()).toEqual(['CMCC-JIAN-EXTRANET', 'CT-JIAN-EXTRANET', 'CT-JIAN-INTERNET']);
    expect((await app.query(Expiring, { withinDays: 30 }, 'bdc.leader')).expiringCloudZoneCertificates).toEqual([]);
  });

  it('refuses a new tenancy and an expansion in a zone whose certificate expired, and allows a reduction', async () => {
    useClock(app, '2029-01-02');
    const { cloudZones } = await app.query(Zones, {}, 'gaj.clerk');
    expect(cloudZones.every((z) => !z.certified)).toBe(true);
    const applied = await app.query(Apply, { input: application() }, 'gaj.clerk');
    expect(applied.cloudTenancyApply.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-22', field: 'zoneId' })]);
    const more = await app.query(ChangeSubmit, { input: { tenancyId: tenancy, kind: 'EXPANSION', reason: '业务量增长', lines: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }] } }, 'gaj.clerk');
    expect(more.cloudChangeRequestSubmit.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-22' })]);
    const less = await app.query(ChangeSubmit, { input: { tenancyId: tenancy, kind: 'REDUCTION', reason: '业务迁出', lines: [{ itemId: ids.item('ECS-VCPU'), quantity: 1 }] } }, 'gaj.clerk');
    expect(less.cloudChangeRequestSubmit.errors).toEqual([]);
  });

  it('CM-22: BDC adjusts no quota upwards in a zone whose certificate expired, and may lower one', async () => {
    useClock(app, '2026-06-01');
    const own = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 4]] });
    useClock(app, '2029-01-02');
    const adjust = (quantity: number) =>
      app.query(Adjust, { input: { tenancyId: own, utilisation: '监管平台：近 30 天 CPU 峰值使用率 95%', lines: [{ itemId: ids.item('ECS-VCPU'), quantity }] } }, 'bdc.leader');
    const up = await adjust(8);
    expect(up.cloudTenancyAdjust.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-22' })]);
    expect(up.cloudTenancyAdjust.cloudChangeRequest).toBeNull();
    const down = await adjust(2);
    expect(down.cloudTenancyAdjust.errors).toEqual([]);
    expect(down.cloudTenancyAdjust.cloudChangeRequest).toMatchObject({ kind: 'ADJUSTMENT', status: 'COMPLETED' });
  });

  it('lets only BDC record a certificate, checked, and a renewal puts the zone back in service', async () => {
    const byUser = await app.query(RecordCertificate, { input: renewal() }, 'gaj.clerk');
    expect(byUser.cloudZoneCertificateRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'CM-22' })]);
    const backwards = await app.query(RecordCertificate, { input: { ...renewal(), expiresOn: '2028-01-01', mlpsLevel: 6 } }, 'bdc.clerk');
    expect(backwards.cloudZoneCertificateRecord.errors.map((e) => `${e.code} ${e.rule} ${e.field}`)).toEqual([
      'INVALID_INPUT CM-22 mlpsLevel',
      'INVALID_INPUT CM-22 expiresOn',
    ]);
    const recorded = await app.query(RecordCertificate, { input: renewal() }, 'bdc.clerk');
    expect(recorded.cloudZoneCertificateRecord.errors).toEqual([]);
    const again = await app.query(RecordCertificate, { input: renewal() }, 'bdc.clerk');
    expect(again.cloudZoneCertificateRecord.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', rule: 'CM-22', field: 'number' })]);

    const applied = await app.query(Apply, { input: application() }, 'gaj.clerk');
    expect(applied.cloudTenancyApply.errors).toEqual([]);
    const zones = (await app.query(Zones, {}, 'gaj.clerk')).cloudZones;
    expect(zones.find((z) => z.code === 'CT-JIAN-EXTRANET')).toMatchObject({ certified: true, certificates: [expect.objectContaining({ number: 'DJCP-2028-0107' }), expect.anything()] });
    expect(zones.find((z) => z.code === 'CT-JIAN-INTERNET')!.certified).toBe(false);
  });
});
