import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../context';
import { entities } from '../db/entities';
import { badUserInput, notFound } from './errors';
import { fromGlobalId } from './global-id';
import { findReadable } from './query-helpers';
import { Node } from './node';

const byName = new Map<string, EntityClass<object>>(entities.map((e) => [e.name, e as EntityClass<object>]));

/** The most IDs one `nodes` call takes. */
export const MAX_NODES = 100;

/** The entity of a global ID when it is a GraphQL node: stored bytes, idempotency records and the like are not. */
function nodeEntity(schema: GraphQLSchema, id: string): EntityClass<object> | undefined {
  const type = fromGlobalId(id)?.type ?? '';
  const entity = byName.get(type);
  const node = schema.getType(type);
  return entity && node && 'getInterfaces' in node && node.getInterfaces().some((i) => i.name === 'Node') ? entity : undefined;
}

/**
 * One object through the reader's policies, by the request's loader of its type: the IDs of one
 * request are read in one statement per type, however many there are.
 */
async function readable(ctx: RequestContext, schema: GraphQLSchema, id: string): Promise<object> {
  const entity = nodeEntity(schema, id);
  if (!entity) throw notFound(ctx.lang);
  return findReadable(ctx, entity, id);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID: null, with a NOT_FOUND error at its path, when missing or not readable',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readable(ctx, info.schema, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by their global IDs, in order (at most ${MAX_NODES}): null, with a NOT_FOUND error at its index, for each one missing or not readable`,
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_NODES) {
      throw badUserInput(ctx.lang, { zh: `nodes 一次最多 ${MAX_NODES} 个 ID`, en: `nodes takes at most ${MAX_NODES} IDs` });
    }
    // Each item settles on its own: graphql-js nulls a refused one and reports it at its index.
    return ids.map((id) => readable(ctx, info.schema, id));
  }
}
