import type { EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { accessFilter, NOTHING } from '../authz/access-filter';
import type { RequestContext } from '../context';
import { readRows } from '../db/rows';
import { badUserInput } from '../graphql/errors';
import { DEFAULT_PAGE, MAX_PAGE, type ConnectionShape } from '../graphql/relay';
import { DomainEvent } from './domain-event.entity';
import { eventSubjectTypes } from './subject-access';

const CURSOR = /^\d{1,18}$/;

/**
 * The caller's events after a sequence, in sequence order: only those whose subject the caller may
 * read now. The policies become one SQL filter per subject type (the subject's id among the rows
 * the caller may read), so a page reads at most `first + 1` events and never the whole stream.
 * The cursor is the sequence itself: a poller keeps the last one it handled.
 */
export async function eventsAfter(ctx: RequestContext, after: string | undefined | null, first: number | undefined | null): Promise<ConnectionShape<DomainEvent>> {
  const size = first ?? DEFAULT_PAGE;
  if (size < 0 || size > MAX_PAGE) throw badUserInput(ctx.lang, { zh: `每页最多 ${MAX_PAGE} 条`, en: `A page holds at most ${MAX_PAGE} rows` });
  if (after != null && !CURSOR.test(after)) throw badUserInput(ctx.lang, { zh: '分页游标无效', en: 'Invalid cursor' });
  const empty = { edges: [], nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: after != null && after !== '0' } };

  const branches: FilterQuery<DomainEvent>[] = [];
  eventSubjectTypes(ctx.em).forEach((type, i) => {
    const filter = accessFilter(ctx.ability, 'read', type);
    if (filter === NOTHING) return;
    if (Object.keys(filter).length === 0) {
      branches.push({ subjectType: type });
      return;
    }
    const readable = ctx.em.createQueryBuilder(type as EntityName<{ id: string }>, `r${i}`).select('id').where(filter as never);
    branches.push({ subjectType: type, subjectId: { $in: readable.getKnexQuery() as never } });
  });
  if (branches.length === 0) return empty;

  const where: FilterQuery<DomainEvent> = { $and: [{ sequence: { $gt: after ?? '0' } }, branches.length === 1 ? branches[0] : { $or: branches }] };
  const rows = await readRows(ctx.em, DomainEvent, where, { orderBy: { sequence: 'asc' }, limit: size + 1 });
  const nodes = rows.slice(0, size);
  let count: Promise<number> | undefined;
  const em = ctx.em;
  return {
    edges: nodes.map((node) => ({ cursor: node.sequence, node })),
    nodes,
    get totalCount() {
      return (count ??= em.count(DomainEvent, where));
    },
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: empty.pageInfo.hasPreviousPage,
      startCursor: nodes[0]?.sequence ?? null,
      endCursor: nodes.at(-1)?.sequence ?? after ?? null,
    },
  };
}
