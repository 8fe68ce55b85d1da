import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { accessFilter, NOTHING } from '../authz/access-filter';
import type { AppAbility } from '../authz/ability';
import { vocabulary } from '../authz/vocabulary';

/** Subject types an event may have: the policy subjects that are stored objects. */
export function eventSubjectTypes(em: EntityManager): string[] {
  const metadata = em.getMetadata();
  return Object.keys(vocabulary).filter((name) => metadata.find(name) !== undefined);
}

/**
 * Which of these objects of one type the ability may `read` now: one statement, the policies as a
 * filter in SQL (the same rules as every list), so relations in conditions are followed by joins.
 */
export async function readableIds(em: EntityManager, ability: AppAbility, subjectType: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0 || !em.getMetadata().find(subjectType)) return new Set();
  const filter = accessFilter(ability, 'read', subjectType);
  if (filter === NOTHING) return new Set();
  const rows = await em.find<{ id: string }>(subjectType, { $and: [{ id: { $in: ids } }, filter] } as FilterQuery<{ id: string }>, {
    fields: ['id'] as never,
  });
  return new Set(rows.map((r) => r.id));
}
