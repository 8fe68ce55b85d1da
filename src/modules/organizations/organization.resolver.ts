import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { and, findReadable, keyFilter, likePattern, type Where } from '../../graphql/query-helpers';
import { Agency } from './agency.entity';
import { Division } from './division.entity';
import { AgencyLevel } from './organization.enums';
import { AgencyConnection, AgencyFilter, UserConnection, UserFilter } from './organization.types';
import { User } from './user.entity';
import { readFilter } from '../../graphql/loaders';
import { NOTHING } from '../../authz/access-filter';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Agencies the reader may see' })
  agencies(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<Agency> = [];
    if (filter?.kinds?.length) where.push({ kind: { $in: filter.kinds } });
    if (filter?.level) where.push({ county: filter.level === AgencyLevel.COUNTY ? { $ne: null } : null });
    if (filter?.countyCode) where.push({ county: { code: filter.countyCode } });
    if (filter?.text) {
      const like = likePattern(filter.text);
      where.push({ $or: [{ name: { $ilike: like } }, { nameEn: { $ilike: like } }, { code: { $ilike: like } }] });
    }
    return paginate(ctx, Agency, and(where), page, { code: 'asc' });
  }

  @Query(() => Agency)
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, Agency, id);
  }

  @FieldResolver(() => Division, { nullable: true })
  county(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return agency.county ? ctx.loaders.byKey(Division, 'code').load(agency.county.code) : null;
  }

  @FieldResolver(() => Agency, { nullable: true })
  parent(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return agency.parent ? ctx.loaders.byKey(Agency).load(agency.parent.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'PM-16.3: for a public institution, the bureau it belongs to (主管部门); null for a bureau' })
  competentDepartment(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return agency.competentDepartment ? ctx.loaders.byKey(Agency).load(agency.competentDepartment.id) : null;
  }
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user, with agency, county and roles' })
  me(@Ctx() ctx: RequestContext) {
    return ctx.principal!.user;
  }

  @Query(() => UserConnection, { description: 'Users the reader may see' })
  users(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<User> = [];
    if (filter?.agencyId) where.push({ agency: keyFilter(filter.agencyId, 'Agency') });
    if (filter?.text) {
      const like = likePattern(filter.text);
      where.push({ $or: [{ username: { $ilike: like } }, { displayName: { $ilike: like } }] });
    }
    return paginate(ctx, User, and(where), page, { username: 'asc' });
  }

  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, User, id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Null only when the reader may not see the agency' })
  agency(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(user.agency.id);
  }
}

@Resolver(() => Division)
export class DivisionResolver {
  @Query(() => [Division], { description: "Ji'an City and its county-level units" })
  async divisions(@Ctx() ctx: RequestContext) {
    const filter = readFilter(ctx, Division);
    if (filter === NOTHING) return [];
    return ctx.em.find(Division, filter, { orderBy: { code: 'asc' } });
  }
}
