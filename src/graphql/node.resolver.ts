import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../context';
import { entities } from '../db/entities';
import { notFound } from './errors';
import { fromGlobalId } from './global-id';
import { findReadable } from './query-helpers';
import { Node } from './node';

const byName = new Map<string, EntityClass<object>>(entities.map((e) => [e.name, e as EntityClass<object>]));

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any object by its global ID (NOT_FOUND when missing or not readable)' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const type = fromGlobalId(id)?.type ?? '';
    const entity = byName.get(type);
    // Only tables that are GraphQL nodes: stored bytes, idempotency records and the like are not.
    const node = info.schema.getType(type);
    if (!entity || !node || !('getInterfaces' in node) || !node.getInterfaces().some((i) => i.name === 'Node')) {
      throw notFound(ctx.lang);
    }
    return findReadable(ctx, entity, id);
  }
}
