import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NOTHING } from '../../authz/access-filter';
import { todayOf } from '../../calendar/clock';
import type { RequestContext } from '../../context';
import { readFilter } from '../../graphql/loaders';
import { and, findReadable, likePattern, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { Agency } from '../organizations/agency.entity';
import { createServiceItem, setServicePrice, updateServiceItem } from './catalog.service';
import { priceInForce } from './fees';
import {
  CloudServiceItemConnection,
  CloudServiceItemCreateInput,
  CloudServiceItemFilter,
  CloudServiceItemPayload,
  CloudServiceItemUpdateInput,
  CloudServicePriceSetInput,
} from './cloud.types';
import { CloudServiceItem, CloudServicePrice } from './service-item.entity';
import { CloudZone } from './zone.entity';

@Resolver(() => CloudServiceItem)
export class CloudServiceItemResolver {
  @Query(() => CloudServiceItemConnection, { description: 'CM-5: the government cloud service catalog' })
  cloudServiceItems(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CloudServiceItemFilter, { nullable: true }) filter: CloudServiceItemFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<CloudServiceItem> = [];
    if (filter?.category) where.push({ category: filter.category });
    if (filter?.active !== undefined && filter.active !== null) where.push({ active: filter.active });
    if (filter?.text) {
      const like = likePattern(filter.text);
      where.push({ $or: [{ code: { $ilike: like } }, { name: { $ilike: like } }] });
    }
    return paginate(ctx, CloudServiceItem, and(where), page, { category: 'asc', code: 'asc' });
  }

  @Query(() => CloudServiceItem)
  cloudServiceItem(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, CloudServiceItem, id);
  }

  @Query(() => [CloudZone], { description: 'Cloud zones and their certified MLPS levels (CM-21)' })
  async cloudZones(@Ctx() ctx: RequestContext) {
    const filter = readFilter(ctx, CloudZone);
    if (filter === NOTHING) return [];
    return ctx.em.find(CloudZone, filter, { orderBy: { code: 'asc' } });
  }

  @Mutation(() => CloudServiceItemPayload, { description: 'CM-5: BDC adds a catalog item with its first price' })
  cloudServiceItemCreate(@Arg('input', () => CloudServiceItemCreateInput) input: CloudServiceItemCreateInput, @Ctx() ctx: RequestContext) {
    return createServiceItem(ctx, input);
  }

  @Mutation(() => CloudServiceItemPayload, { description: 'CM-5: BDC renames, withdraws or restores a catalog item' })
  cloudServiceItemUpdate(@Arg('input', () => CloudServiceItemUpdateInput) input: CloudServiceItemUpdateInput, @Ctx() ctx: RequestContext) {
    return updateServiceItem(ctx, input);
  }

  @Mutation(() => CloudServiceItemPayload, { description: 'CM-5: BDC sets a unit price from a future date' })
  cloudServicePriceSet(@Arg('input', () => CloudServicePriceSetInput) input: CloudServicePriceSetInput, @Ctx() ctx: RequestContext) {
    return setServicePrice(ctx, input);
  }

  @FieldResolver(() => [CloudServicePrice], { description: 'Every price, oldest first' })
  async prices(@Root() item: CloudServiceItem, @Ctx() ctx: RequestContext) {
    const prices = await ctx.loaders.manyBy(CloudServicePrice, 'item').load(item.id);
    return [...prices].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  }

  @FieldResolver(() => CloudServicePrice, { nullable: true, description: 'The price in force today' })
  async currentPrice(@Root() item: CloudServiceItem, @Ctx() ctx: RequestContext) {
    return priceInForce(await ctx.loaders.manyBy(CloudServicePrice, 'item').load(item.id), todayOf(ctx.services.clock));
  }
}

@Resolver(() => CloudZone)
export class CloudZoneResolver {
  @FieldResolver(() => Agency, { nullable: true })
  provider(@Root() zone: CloudZone, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(zone.provider.id);
  }
}
