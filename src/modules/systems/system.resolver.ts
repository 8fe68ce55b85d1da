import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayOf } from '../../calendar/clock';
import type { RequestContext } from '../../context';
import { PayloadType } from '../../graphql/payload';
import { and, findReadable, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, ConnectionType, paginate } from '../../graphql/relay';
import { AvailableAction } from '../../workflow/available-actions';
import { Catalog } from '../catalogs/catalog.entity';
import { CloudTenancy } from '../cloud/tenancy.entity';
import { Agency } from '../organizations/agency.entity';
import { RectificationOrder } from '../organizations/rectification-order.entity';
import { Project } from '../projects/project.entity';
import { ProjectCategory, ProjectStatus } from '../projects/project.enums';
import { ProjectConnection } from '../projects/project.types';
import { InformationSystem, InformationSystemProject, SystemDefect } from './information-system.entity';
import { PASSING_RESULTS } from './system.enums';
import {
  clearSystemDefect,
  currentSince,
  isCurrent,
  recordSystemCryptoAssessment,
  recordSystemSecurityTest,
  registerSystem,
  retireSystem,
  systemWorkflow,
  updateSystem,
  validity,
} from './system.service';
import {
  InformationSystemCryptoAssessmentInput,
  InformationSystemFilter,
  InformationSystemRegisterInput,
  InformationSystemRetireInput,
  InformationSystemSecurityTestInput,
  InformationSystemUpdateInput,
  SystemDefectClearInput,
} from './system.types';

const InformationSystemConnection = ConnectionType(InformationSystem);
const InformationSystemPayload = PayloadType('InformationSystemPayload', 'informationSystem', InformationSystem);
const SystemDefectPayload = PayloadType('SystemDefectPayload', 'systemDefect', SystemDefect);

/** Categories of project that build a system the catalog should hold (not networks, the cloud itself, standards). */
const SYSTEM_CATEGORIES = [
  ProjectCategory.BUSINESS_SYSTEM,
  ProjectCategory.RESOURCE_DATABASE,
  ProjectCategory.DATA_EXCHANGE_PLATFORM,
  ProjectCategory.COMMON_SUPPORT_PLATFORM,
  ProjectCategory.COMMON_APPLICATION,
];
/** A project under construction has a system coming (PLANNED); an accepted one has built it. */
const BUILDING_STATUSES = [ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.ACCEPTED];

/** "Without a current result": none, not a pass, or older than the validity (PM-11, PM-17). */
function currentResult(field: 'securityTest' | 'cryptoAssessment', since: string, without: boolean): FilterQuery<InformationSystem> {
  const result = `${field}Result`;
  const on = `${field}On`;
  const current = { [result]: { $in: [...PASSING_RESULTS] }, [on]: { $gte: since } };
  return (without ? { $or: [{ [on]: null }, { [result]: null }, { [on]: { $lt: since } }, { [result]: { $nin: [...PASSING_RESULTS] } }] } : current) as FilterQuery<InformationSystem>;
}

@Resolver(() => InformationSystem)
export class InformationSystemResolver {
  @Query(() => InformationSystemConnection, {
    description:
      'PM-17: the municipal catalog of information systems the reader may see, narrowed by the questions PM-17 asks (no resource catalog, no current 等保 or 密评, not on the cloud), owner, status or project',
  })
  informationSystems(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => InformationSystemFilter, { nullable: true }) filter: InformationSystemFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const today = todayOf(ctx.services.clock);
    const where: Where<InformationSystem> = [];
    if (filter?.ownerId) where.push({ owner: keyFilter(filter.ownerId, 'Agency') });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.projectId) where.push({ id: { $in: ctx.em.createQueryBuilder(InformationSystemProject, 'l').select('l.system_id').where({ project: keyFilter(filter.projectId, 'Project') }).getKnexQuery() } } as never);
    if (typeof filter?.withoutResourceCatalog === 'boolean') where.push({ catalog: filter.withoutResourceCatalog ? null : { $ne: null } });
    if (typeof filter?.notOnCloud === 'boolean') where.push({ tenancy: filter.notOnCloud ? null : { $ne: null } });
    if (typeof filter?.withoutCurrentSecurityTest === 'boolean') {
      where.push(currentResult('securityTest', currentSince(today, validity.securityTestMonths()), filter.withoutCurrentSecurityTest));
    }
    if (typeof filter?.withoutCurrentCryptoAssessment === 'boolean') {
      where.push(currentResult('cryptoAssessment', currentSince(today, validity.cryptoAssessmentMonths()), filter.withoutCurrentCryptoAssessment));
    }
    return paginate(ctx, InformationSystem, and(where), page, { name: 'asc' });
  }

  @Query(() => InformationSystem)
  informationSystem(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, InformationSystem, id);
  }

  @Query(() => ProjectConnection, {
    description:
      'PM-17: projects that build a system (under construction or accepted, of a category that builds one) with no system registered in the catalog, of the unit given or all the reader may see',
  })
  projectsWithoutInformationSystem(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const registered = ctx.em.createQueryBuilder(InformationSystemProject, 'l').select('l.project_id').getKnexQuery();
    const where: Where<Project> = [{ status: { $in: BUILDING_STATUSES }, category: { $in: SYSTEM_CATEGORIES } }, { id: { $nin: registered } } as never];
    if (unitId) where.push({ constructionUnit: keyFilter(unitId, 'Agency') });
    return paginate(ctx, Project, and(where), page, { createdAt: 'asc' }, { info });
  }

  @Mutation(() => InformationSystemPayload, { description: 'PM-17: a unit registers its system in the municipal catalog (BDC, which keeps it, for any unit)' })
  informationSystemRegister(@Arg('input', () => InformationSystemRegisterInput) input: InformationSystemRegisterInput, @Ctx() ctx: RequestContext) {
    return registerSystem(ctx, input);
  }

  @Mutation(() => InformationSystemPayload, { description: 'PM-17: the unit or BDC corrects a catalog entry (a resource catalog recorded clears NO_RESOURCE_CATALOG)' })
  informationSystemUpdate(@Arg('input', () => InformationSystemUpdateInput) input: InformationSystemUpdateInput, @Ctx() ctx: RequestContext) {
    return updateSystem(ctx, input);
  }

  @Mutation(() => InformationSystemPayload, { description: 'PM-11: the latest 等保 test (a current pass clears NO_SECURITY_TEST of open orders, PM-17)' })
  informationSystemRecordSecurityTest(@Arg('input', () => InformationSystemSecurityTestInput) input: InformationSystemSecurityTestInput, @Ctx() ctx: RequestContext) {
    return recordSystemSecurityTest(ctx, input);
  }

  @Mutation(() => InformationSystemPayload, { description: 'PM-11: the latest 密评 (a current pass clears NO_CRYPTO_ASSESSMENT of open orders, PM-17)' })
  informationSystemRecordCryptoAssessment(
    @Arg('input', () => InformationSystemCryptoAssessmentInput) input: InformationSystemCryptoAssessmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordSystemCryptoAssessment(ctx, input);
  }

  @Mutation(() => InformationSystemPayload, { description: 'PM-17, CM-13: the unit or BDC records a system retired; a migration’s old system not before 3 months after cut-over' })
  informationSystemRetire(@Arg('input', () => InformationSystemRetireInput) input: InformationSystemRetireInput, @Ctx() ctx: RequestContext) {
    return retireSystem(ctx, input);
  }

  @Mutation(() => SystemDefectPayload, { description: 'PM-17: the agency that ordered the rectification records a judged defect (sharing, duplicate collection, catalog) cleared' })
  systemDefectClear(@Arg('input', () => SystemDefectClearInput) input: SystemDefectClearInput, @Ctx() ctx: RequestContext) {
    return clearSystemDefect(ctx, input);
  }

  @FieldResolver(() => [AvailableAction], { description: 'update, recordSecurityTest, recordCryptoAssessment, retire: whether the reader may, and why not' })
  availableActions(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return systemWorkflow.availableActions(ctx, system);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The owning unit' })
  owner(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(system.owner.id);
  }

  @FieldResolver(() => [InformationSystemProject], { description: 'The projects that built or changed it (those the reader may see)' })
  async projects(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    const links = await ctx.loaders.childrenOf(InformationSystemProject, 'system').load(system.id);
    const visible = await ctx.loaders.byKey(Project).loadMany(links.map((l) => l.project.id));
    return links.filter((_, i) => visible[i] && !(visible[i] instanceof Error));
  }

  @FieldResolver(() => CloudTenancy, { nullable: true, description: 'CM-9: its cloud tenancy; null when not on the cloud (or not visible)' })
  tenancy(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return system.tenancy ? ctx.loaders.byKey(CloudTenancy).load(system.tenancy.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'CM-4: it has a government cloud tenancy' })
  onCloud(@Root() system: InformationSystem) {
    return Boolean(system.tenancy);
  }

  @FieldResolver(() => Catalog, { nullable: true, description: 'PM-9(3): its information-resource catalog' })
  catalog(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return system.catalog ? ctx.loaders.byKey(Catalog).load(system.catalog.id) : null;
  }

  @FieldResolver(() => InformationSystem, { nullable: true, description: 'CM-4: the system it replaces by a migration' })
  replaces(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return system.replaces ? ctx.loaders.byKey(InformationSystem).load(system.replaces.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'PM-11: a passing 等保 test within the rulebook’s securityTestValidityMonths' })
  securityTestCurrent(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return isCurrent(system.securityTestResult, system.securityTestOn, todayOf(ctx.services.clock), validity.securityTestMonths());
  }

  @FieldResolver(() => Boolean, { description: 'PM-11: a passing 密评 within the rulebook’s cryptoAssessmentValidityMonths' })
  cryptoAssessmentCurrent(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return isCurrent(system.cryptoAssessmentResult, system.cryptoAssessmentOn, todayOf(ctx.services.clock), validity.cryptoAssessmentMonths());
  }

  @FieldResolver(() => [SystemDefect], { description: 'PM-17: the defects rectification orders the reader may see name on it' })
  defects(@Root() system: InformationSystem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(SystemDefect, 'system').load(system.id);
  }
}

@Resolver(() => InformationSystemProject)
export class InformationSystemProjectResolver {
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() link: InformationSystemProject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(link.project.id);
  }
}

@Resolver(() => SystemDefect)
export class SystemDefectResolver {
  @FieldResolver(() => InformationSystem, { nullable: true })
  system(@Root() defect: SystemDefect, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(InformationSystem).load(defect.system.id);
  }

  @FieldResolver(() => RectificationOrder, { nullable: true })
  order(@Root() defect: SystemDefect, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(RectificationOrder).load(defect.order.id);
  }
}

/** The systems of the catalog seen from a project, a tenancy and a rectification order. */
@Resolver(() => Project)
export class ProjectSystemsResolver {
  @FieldResolver(() => [InformationSystem], { description: 'PM-17: the systems it built or changed, of those the reader may see' })
  async informationSystems(@Root() project: Project, @Ctx() ctx: RequestContext) {
    const links = await ctx.loaders.childrenOf(InformationSystemProject, 'project').load(project.id);
    const systems = await ctx.loaders.byKey(InformationSystem).loadMany(links.map((l) => l.system.id));
    return systems.filter((s): s is InformationSystem => s instanceof InformationSystem);
  }
}

@Resolver(() => CloudTenancy)
export class TenancySystemsResolver {
  @FieldResolver(() => [InformationSystem], { description: 'CM-4: the systems of the catalog it hosts, of those the reader may see' })
  informationSystems(@Root() tenancy: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(InformationSystem, 'tenancy').load(tenancy.id);
  }
}

@Resolver(() => RectificationOrder)
export class RectificationSystemsResolver {
  @FieldResolver(() => [SystemDefect], { description: 'PM-17: the systems it is about, each with its defect and whether it is cleared' })
  systemDefects(@Root() order: RectificationOrder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childrenOf(SystemDefect, 'order').load(order.id);
  }
}
