import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingCalendarYear } from '../../calendar/calendar-year.entity';
import { packagedCalendarYears } from '../../calendar/official-calendar';
import { CloudServiceCategory } from '../../modules/cloud/cloud.enums';
import { SCHEDULER_USERNAME } from '../../modules/cloud/late-deployment.job';
import { CloudServiceItem, CloudServicePrice } from '../../modules/cloud/service-item.entity';
import { CloudZone } from '../../modules/cloud/zone.entity';
import { CloudZoneCertificate } from '../../modules/cloud/zone-certificate.entity';
import { Agency } from '../../modules/organizations/agency.entity';
import { User } from '../../modules/organizations/user.entity';

/** The day the 2021 measures came into force: the catalog's first prices run from it. */
export const CATALOG_PRICES_FROM = '2021-02-27';

/** BDC's government cloud service catalog (CM-5), prices in CNY per unit per month. */
export const catalogSeed: { code: string; name: string; unit: string; category: CloudServiceCategory; description: string; unitPrice: string }[] = [
  { code: 'ECS-VCPU', name: '云主机 vCPU', unit: '核', category: CloudServiceCategory.COMPUTE, description: '通用型云主机虚拟CPU', unitPrice: '60.00' },
  { code: 'ECS-MEM', name: '云主机内存', unit: 'GB', category: CloudServiceCategory.COMPUTE, description: '通用型云主机内存', unitPrice: '25.00' },
  { code: 'EVS-SSD', name: '块存储（SSD云硬盘）', unit: 'GB', category: CloudServiceCategory.STORAGE, description: '云主机数据盘，三副本', unitPrice: '0.80' },
  { code: 'OBS-STD', name: '对象存储（标准型）', unit: 'GB', category: CloudServiceCategory.STORAGE, description: '非结构化数据、备份归档', unitPrice: '0.12' },
  { code: 'NET-BW', name: '互联网出口带宽', unit: 'Mbps', category: CloudServiceCategory.NETWORK, description: '独享带宽，按峰值计', unitPrice: '50.00' },
  { code: 'NET-EIP', name: '公网IP地址', unit: '个', category: CloudServiceCategory.NETWORK, description: '弹性公网IP', unitPrice: '20.00' },
  { code: 'SEC-WAF', name: 'Web应用防火墙', unit: '域名', category: CloudServiceCategory.SECURITY, description: '按防护域名计', unitPrice: '300.00' },
  { code: 'SEC-HSS', name: '主机安全防护', unit: '台', category: CloudServiceCategory.SECURITY, description: '主机入侵检测、漏洞管理、基线检查', unitPrice: '45.00' },
  { code: 'PAAS-RDS', name: '云数据库（MySQL 4核8GB 主备）', unit: '实例', category: CloudServiceCategory.PLATFORM, description: '关系型数据库服务，含备份', unitPrice: '1200.00' },
];

/** Each provider's zones with the MLPS level they are certified for (CM-21, CM-22). */
export const zoneSeed: { code: string; name: string; network: string; providerCode: string; certifiedMlpsLevel: number }[] = [
  { code: 'CT-JIAN-EXTRANET', name: '电信吉安政务云 政务外网区', network: '电子政务外网', providerCode: 'CT-JIAN', certifiedMlpsLevel: 3 },
  { code: 'CT-JIAN-INTERNET', name: '电信吉安政务云 互联网区', network: '互联网', providerCode: 'CT-JIAN', certifiedMlpsLevel: 2 },
  { code: 'CMCC-JIAN-EXTRANET', name: '移动吉安政务云 政务外网区', network: '电子政务外网', providerCode: 'CMCC-JIAN', certifiedMlpsLevel: 3 },
];

/**
 * The certificate each seeded zone starts with (CM-22), so that a new deployment serves at once;
 * BDC records the real ones (and their renewals) with `cloudZoneCertificateRecord`. A zone that
 * has any certificate keeps what is recorded: the seed adds one only to a zone that has none.
 */
export const zoneCertificateSeed = { certifyingBody: '网络安全等级保护测评机构（初始登记）', issuedOn: '2025-01-01', expiresOn: '2028-12-31' };

/**
 * Accounts that scheduled jobs act as, so that their steps are recorded with an actor. They hold no
 * role and are inactive: nobody can sign in as them.
 */
export const systemUsers = [{ username: SCHEDULER_USERNAME, displayName: '市大数据中心 定时任务（系统）' }];

/**
 * The cloud's reference data: catalog items with their first prices, zones, the official calendar
 * years of the `chinese-days` package, and the scheduler's account (which cannot sign in).
 * Idempotent: items and zones are matched by code and existing prices are never touched; calendar
 * years from the package are refreshed from it, years published by BDC or the Government Office
 * are left as they are.
 */
export async function seedCloudData(tx: EntityManager): Promise<void> {
  const items = new Map((await tx.find(CloudServiceItem, {}, { populate: ['prices'] })).map((i) => [i.code, i]));
  for (const seed of catalogSeed) {
    const item = items.get(seed.code) ?? tx.create(CloudServiceItem, { code: seed.code, name: seed.name, unit: seed.unit, category: seed.category });
    if (!items.has(seed.code)) {
      tx.assign(item, { description: seed.description });
      tx.create(CloudServicePrice, { item, unitPrice: seed.unitPrice, effectiveFrom: CATALOG_PRICES_FROM });
    }
  }

  const providers = new Map((await tx.find(Agency, { code: { $in: zoneSeed.map((z) => z.providerCode) } })).map((a) => [a.code, a]));
  const zones = new Map((await tx.find(CloudZone, {})).map((z) => [z.code, z]));
  const certified = new Set((await tx.find(CloudZoneCertificate, {}, { fields: ['zone'] })).map((c) => c.zone.id));
  for (const seed of zoneSeed) {
    const zone = zones.get(seed.code) ?? tx.create(CloudZone, { code: seed.code } as CloudZone);
    tx.assign(zone, { name: seed.name, network: seed.network, provider: providers.get(seed.providerCode)!, certifiedMlpsLevel: seed.certifiedMlpsLevel });
    if (!certified.has(zone.id)) {
      tx.create(CloudZoneCertificate, {
        zone,
        ...zoneCertificateSeed,
        number: `INIT-${seed.code}`,
        mlpsLevel: seed.certifiedMlpsLevel,
        scope: `${seed.name}（云平台基础设施）`,
      });
    }
  }

  const packaged = packagedCalendarYears();
  const years = new Map((await tx.find(WorkingCalendarYear, {})).map((y) => [y.year, y]));
  for (const data of packaged.years) {
    const row = years.get(data.year);
    if (!row) tx.create(WorkingCalendarYear, { year: data.year, holidays: data.holidays, workdays: data.workdays, source: packaged.source });
    else if (row.source.startsWith('chinese-days@')) tx.assign(row, { holidays: data.holidays, workdays: data.workdays, source: packaged.source });
  }

  const bdc = await tx.findOneOrFail(Agency, { code: 'BDC' });
  for (const seed of systemUsers) {
    const user = (await tx.findOne(User, { username: seed.username })) ?? tx.create(User, { username: seed.username } as User);
    tx.assign(user, { displayName: seed.displayName, roles: [], agency: bdc, active: false });
  }
}
