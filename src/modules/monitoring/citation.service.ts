import type { EntityManager } from '@mikro-orm/postgresql';
import { invalid, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import type { CloudChangeRequest } from '../cloud/change-request.entity';
import type { CloudTenancy } from '../cloud/tenancy.entity';
import { UtilisationCitation, UtilisationReading } from './reading.entity';

/** The most readings one adjustment may cite. */
export const MAX_CITED_READINGS = 200;

/**
 * CM-14: the readings an adjustment of BDC rests on, by global ID: each must exist and be a reading
 * of the adjusted tenancy (a reading of another tenancy is refused). A superseded revision may be
 * cited: it is what BDC saw.
 */
export async function readingsToCite(em: EntityManager, tenancy: CloudTenancy, readingIds: string[] | undefined | null): Promise<{ readings: UtilisationReading[]; problems: Problem[] }> {
  const ids = readingIds ?? [];
  if (ids.length === 0) return { readings: [], problems: [] };
  if (ids.length > MAX_CITED_READINGS) {
    return { readings: [], problems: [invalid('CM-14', 'readingIds', { zh: `一次调整至多引用 ${MAX_CITED_READINGS} 条读数`, en: `An adjustment cites at most ${MAX_CITED_READINGS} readings` })] };
  }
  const keys = ids.map((id) => keyOf(id, 'UtilisationReading'));
  const found = await em.find(UtilisationReading, { id: { $in: keys.filter((k): k is string => Boolean(k)) } });
  const byId = new Map(found.map((r) => [r.id, r]));
  const problems: Problem[] = [];
  const readings: UtilisationReading[] = [];
  keys.forEach((key, i) => {
    const reading = key ? byId.get(key) : undefined;
    if (!reading) problems.push(invalid('CM-14', `readingIds[${i}]`, { zh: '没有该读数', en: 'No such reading' }));
    else if (reading.tenancy.id !== tenancy.id) {
      problems.push(invalid('CM-14', `readingIds[${i}]`, { zh: '引用的读数属于其他租户', en: 'The reading is of another tenancy' }));
    } else if (!readings.includes(reading)) readings.push(reading);
  });
  return { readings, problems };
}

/** Records that the adjustment cites the readings. */
export function citeReadings(em: EntityManager, changeRequest: CloudChangeRequest, readings: UtilisationReading[]): void {
  for (const reading of readings) em.create(UtilisationCitation, { changeRequest, reading });
}
