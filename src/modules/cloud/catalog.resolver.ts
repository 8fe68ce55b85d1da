import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../graphql/errors';
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
  CloudZoneCertificatePayload,
  CloudZoneCertificateRecordInput,
} from './cloud.types';
import { CloudServiceItem, CloudServicePrice } from './service-item.entity';
import { CloudZone } from './zone.entity';
import { CloudZoneCertificate } from './zone-certificate.entity';
import { CERTIFICATE_WARNING_DAYS, expiringWithin, recordZoneCertificate, zoneCertified } from './zone-certificate.service';

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

  @FieldResolver(() => [CloudZoneCertificate], { description: 'CM-22: its certificates, latest expiry first' })
  async certificates(@Root() zone: CloudZone, @Ctx() ctx: RequestContext) {
    const certificates = await ctx.loaders.manyBy(CloudZoneCertificate, 'zone').load(zone.id);
    return [...certificates].sort((a, b) => b.expiresOn.localeCompare(a.expiresOn));
  }

  @FieldResolver(() => Boolean, { description: 'CM-22: a certificate is in force today, so the zone takes new tenancies and expansions' })
  certified(@Root() zone: CloudZone, @Ctx() ctx: RequestContext) {
    return zoneCertified(ctx, ctx.em, zone.id, todayOf(ctx.services.clock));
  }

  @Query(() => [CloudZoneCertificate], { description: `CM-22: certificates in force that lapse within the days given (${CERTIFICATE_WARNING_DAYS} unless said), soonest first` })
  async expiringCloudZoneCertificates(
    @Arg('withinDays', () => Int, { nullable: true }) withinDays: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const days = withinDays ?? CERTIFICATE_WARNING_DAYS;
    if (!Number.isInteger(days) || days < 0 || days > 3660) throw badUserInput(ctx.lang, { zh: '天数须为 0 至 3660', en: 'withinDays is 0 to 3660' });
    const filter = readFilter(ctx, CloudZoneCertificate);
    if (filter === NOTHING) return [];
    return ctx.em.find(CloudZoneCertificate, { $and: [expiringWithin(todayOf(ctx.services.clock), days), filter] }, { orderBy: { expiresOn: 'asc', id: 'asc' } });
  }

  @Mutation(() => CloudZoneCertificatePayload, { description: "CM-22: BDC records a zone's certificate (a renewal is a new one)" })
  cloudZoneCertificateRecord(@Arg('input', () => CloudZoneCertificateRecordInput) input: CloudZoneCertificateRecordInput, @Ctx() ctx: RequestContext) {
    return recordZoneCertificate(ctx, input);
  }
}

@Resolver(() => CloudZoneCertificate)
export class CloudZoneCertificateResolver {
  @FieldResolver(() => CloudZone, { nullable: true })
  zone(@Root() certificate: CloudZoneCertificate, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudZone).load(certificate.zone.id);
  }
}
