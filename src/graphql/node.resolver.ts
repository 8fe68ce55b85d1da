import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
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
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const entity = byName.get(fromGlobalId(id)?.type ?? '');
    if (!entity) throw notFound(ctx.lang);
    return findReadable(ctx, entity, id);
  }
}
