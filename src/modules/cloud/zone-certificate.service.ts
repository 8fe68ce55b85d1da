import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { addDays } from '../../calendar/dates';
import { conflict, invalid, Refusal, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate } from '../../graphql/scalars';
import { runCommand } from '../../workflow/command';
import type { CloudZoneCertificateRecordInput } from './cloud.types';
import { CloudZoneCertificate } from './zone-certificate.entity';
import { CloudZone } from './zone.entity';

/** BDC sees certificates that lapse within this many days (CM-22). */
export const CERTIFICATE_WARNING_DAYS = 90;

/** The zones among `zoneIds` with a certificate in force on `day` (CM-22), in one statement. */
export async function certifiedZones(em: EntityManager, zoneIds: readonly string[], day: string): Promise<Set<string>> {
  if (zoneIds.length === 0) return new Set();
  const rows = await em.find(CloudZoneCertificate, { zone: { $in: [...zoneIds] }, issuedOn: { $lte: day }, expiresOn: { $gte: day } }, { fields: ['zone'] });
  return new Set(rows.map((c) => c.zone.id));
}

/** Whether a zone is certified today, batched per request (or asked once in a command's transaction). */
export function zoneCertified(ctx: RequestContext, em: EntityManager, zoneId: string, today: string): Promise<boolean> {
  if (em !== ctx.em) return certifiedZones(em, [zoneId], today).then((s) => s.has(zoneId));
  const loader = ctx.loaders.memo(`certifiedZones@${today}`, () => new DataLoader<string, boolean>(async (ids) => {
    const certified = await certifiedZones(em, ids, today);
    return ids.map((id) => certified.has(id));
  }));
  return loader.load(zoneId);
}

function certificateProblems(input: CloudZoneCertificateRecordInput): Problem[] {
  const problems: Problem[] = [];
  const bad = (field: string, zh: string, en: string) => problems.push(invalid('CM-22', field, { zh, en }));
  if (!input.certifyingBody.trim()) bad('certifyingBody', '请填写认证机构', 'Name the certifying body');
  if (!input.number.trim()) bad('number', '请填写证书编号', 'Give the certificate number');
  if (!input.scope.trim()) bad('scope', '请说明认证范围', 'State what the certificate covers');
  if (!Number.isInteger(input.mlpsLevel) || input.mlpsLevel < 1 || input.mlpsLevel > 5) bad('mlpsLevel', '等级保护级别为 1 至 5 级', 'The MLPS level is 1 to 5');
  if (!isIsoDate(input.issuedOn)) bad('issuedOn', '发证日期无效', 'Invalid issue date');
  if (!isIsoDate(input.expiresOn)) bad('expiresOn', '有效期截止日期无效', 'Invalid expiry date');
  else if (isIsoDate(input.issuedOn) && input.expiresOn < input.issuedOn) bad('expiresOn', '有效期截止日期不能早于发证日期', 'A certificate cannot expire before it is issued');
  return problems;
}

/** CM-22: BDC records a zone's certificate (a renewal is a new certificate). */
export function recordZoneCertificate(ctx: RequestContext, input: CloudZoneCertificateRecordInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'CloudZoneCertificate' }, async (cmd) => {
    const zoneKey = keyOf(input.zoneId, 'CloudZone');
    const zone = zoneKey ? await cmd.em.findOne(CloudZone, zoneKey) : null;
    if (!zone || !cmd.canRead(zone)) throw new Refusal([invalid('CM-22', 'zoneId', { zh: '云区域不存在', en: 'No such cloud zone' })]);
    const certificate = cmd.em.create(
      CloudZoneCertificate,
      {
        zone,
        certifyingBody: input.certifyingBody.trim(),
        number: input.number.trim(),
        mlpsLevel: input.mlpsLevel,
        scope: input.scope.trim(),
        issuedOn: input.issuedOn,
        expiresOn: input.expiresOn,
        recordedBy: cmd.currentUser(),
      },
      { persist: false },
    );
    cmd.subjectId = certificate.id;
    cmd.authorize('record', certificate);
    const problems = certificateProblems(input);
    if (problems.length) throw new Refusal(problems);
    if (await cmd.em.count(CloudZoneCertificate, { zone, number: certificate.number })) {
      throw new Refusal([conflict('CM-22', { zh: '该区域已登记此编号的证书', en: 'The zone already has a certificate of this number' }, 'number')]);
    }
    cmd.em.persist(certificate);
    return certificate;
  });
}

/** Certificates in force today that lapse within `days` (CM-22): what BDC must renew. */
export function expiringWithin(today: string, days: number) {
  return { issuedOn: { $lte: today }, expiresOn: { $gte: today, $lte: addDays(today, days) } };
}
