import { Cursor, type EntityClass, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { accessFilter, NOTHING } from '../authz/access-filter';
import type { RequestContext } from '../context';
import { readRows } from '../db/rows';
import { badUserInput } from './errors';
import { readFilter } from './loaders';
import { primeRelated, relatedReads } from './relations';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor?: string | null;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE} (default ${DEFAULT_PAGE})` })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true })
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only if the query selects it (a promise the field resolves), once per list. */
  totalCount: number | Promise<number>;
}

/** `XConnection` and `XEdge` types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => [node], { description: 'The nodes of the edges, for clients that need no cursors' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Rows the reader may see that match the filter, on all pages' }) totalCount!: number;
  }
  return Connection;
}

/** MikroORM cursors are base64url JSON arrays of the ordering values (ordering fields, then id). */
function validCursor(cursor: string, length: number): boolean {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(values) && values.length === length && values.every((v) => v === null || ['string', 'number'].includes(typeof v));
  } catch {
    return false;
  }
}

/**
 * One page of a list, filtered in SQL by the reader's policies and keyset-paginated
 * (MikroORM cursors over `orderBy` plus the primary key, so pages are stable while rows are added).
 */
export async function paginate<T extends object>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  orderBy: QueryOrderMap<T>,
  options: {
    /** The policy subject whose `read` rules filter the rows, when it is not the entity itself. */
    readAs?: string;
    /** The list field's: the registered relations its nodes select are read with the page (src/graphql/relations.ts). */
    info?: GraphQLResolveInfo;
  } = {},
): Promise<ConnectionShape<T>> {
  const { readAs, info } = options;
  for (const n of [args.first, args.last]) {
    if (n !== undefined && n !== null && (n < 0 || n > MAX_PAGE)) {
      throw badUserInput(ctx.lang, { zh: `每页最多 ${MAX_PAGE} 条`, en: `A page holds at most ${MAX_PAGE} rows` });
    }
  }
  const filter = readAs ? (accessFilter(ctx.ability, 'read', readAs) as FilterQuery<T> | typeof NOTHING) : readFilter(ctx, entity);
  if (filter === NOTHING) {
    return { edges: [], nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false } };
  }
  const first = args.first ?? (args.last === undefined || args.last === null ? DEFAULT_PAGE : undefined);
  for (const cursor of [args.after, args.before]) {
    if (cursor != null && !validCursor(cursor, Object.keys(orderBy).length + 1)) {
      throw badUserInput(ctx.lang, { zh: '分页游标无效', en: 'Invalid cursor' });
    }
  }
  try {
    const related = info && relatedReads(ctx, entity as EntityClass<object>, info);
    const read = {
      first,
      last: args.last ?? undefined,
      after: args.after ?? undefined,
      before: args.before ?? undefined,
      orderBy: { ...orderBy, id: 'asc' } as QueryOrderMap<T>,
      overfetch: true,
      related: related?.reads,
    };
    // Rows, not entities: a page only reads (`em.findByCursor`'s statement, without the unit of work).
    const rows = await readRows(ctx.em, entity, { $and: [where, filter] } as FilterQuery<T>, read);
    if (related) primeRelated(ctx, related, rows);
    const cursor = new Cursor<T>(rows as never, undefined as never, read as never, ctx.em.getMetadata().get(entity.name));
    // A count can cost more than the page (every matching row): run it only when it is asked for;
    // each edge's cursor is encoded only when edges are asked for (a portal reads `nodes`).
    const em = ctx.em;
    let count: Promise<number> | undefined;
    let edges: { cursor: string; node: T }[] | undefined;
    return {
      get edges() {
        return (edges ??= cursor.items.map((node) => ({ cursor: cursor.from(node), node: node as T })));
      },
      nodes: cursor.items,
      get totalCount() {
        return (count ??= em.count(entity, { $and: [where, filter] } as FilterQuery<T>));
      },
      pageInfo: {
        hasNextPage: cursor.hasNextPage,
        hasPreviousPage: cursor.hasPrevPage,
        // Encoded only when asked for, like the edges' cursors.
        get startCursor() {
          return cursor.startCursor;
        },
        get endCursor() {
          return cursor.endCursor;
        },
      },
    };
  } catch (e) {
    if (e instanceof GraphQLError) throw e;
    // A cursor that is not one of ours fails to decode, to match the ordering, or to cast.
    if (args.after || args.before) throw badUserInput(ctx.lang, { zh: '分页游标无效', en: 'Invalid cursor' });
    throw e;
  }
}
