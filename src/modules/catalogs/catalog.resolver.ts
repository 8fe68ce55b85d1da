import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { then } from '../../graphql/relations';
import { badUserInput } from '../../graphql/errors';
import { and, findReadable, keyFilter, likePattern, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { AvailableAction } from '../../workflow/available-actions';
import { StateTransition } from '../../workflow/state-transition.entity';
import { Agency } from '../organizations/agency.entity';
import { Division } from '../organizations/division.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { Catalog, CatalogEntry, CatalogUsage } from './catalog.entity';
import { CatalogFileFormat } from './catalog.enums';
import { catalogHistory, catalogOwners, sharingStatsOf } from './catalog.loaders';
import { catalogWorkflow } from './catalog.workflow';
import {
  addCatalogEntry,
  createCatalog,
  exportCatalog,
  importCatalog,
  publishCatalog,
  recordCatalogUsage,
  removeCatalogEntry,
  returnCatalog,
  submitCatalog,
  updateCatalogEntry,
} from './catalog.service';
import {
  CatalogConnection,
  CatalogCreateInput,
  CatalogEntryAddInput,
  CatalogEntryConnection,
  CatalogEntryFilter,
  CatalogEntryPayload,
  CatalogEntryRemoveInput,
  CatalogEntryUpdateInput,
  CatalogFile,
  CatalogFilter,
  CatalogImportInput,
  CatalogImportPayload,
  CatalogPayload,
  CatalogPublishInput,
  CatalogReturnInput,
  CatalogSharingSummary,
  CatalogSubmitInput,
  CatalogUsageConnection,
  CatalogUsageFilter,
  CatalogUsagePayload,
  CatalogUsageRecordInput,
} from './catalog.types';

const byCode = (a: CatalogEntry, b: CatalogEntry) => (a.resourceCode < b.resourceCode ? -1 : a.resourceCode > b.resourceCode ? 1 : 0);

@Resolver(() => Catalog)
export class CatalogResolver {
  @Query(() => CatalogConnection, { description: 'Information-resource catalogs (PM-9(3)) the reader may see, newest first' })
  catalogs(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CatalogFilter, { nullable: true }) filter: CatalogFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<Catalog> = [];
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.projectId) where.push({ project: keyFilter(filter.projectId, 'Project') });
    if (filter?.constructionUnitId) where.push({ project: { constructionUnit: keyFilter(filter.constructionUnitId, 'Agency') } });
    if (filter?.divisionCode) where.push({ project: { division: { code: filter.divisionCode } } });
    return paginate(ctx, Catalog, and(where), page, { createdAt: 'desc' });
  }

  @Query(() => Catalog)
  catalog(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, Catalog, id);
  }

  @Query(() => CatalogFile, { description: "The catalog's entries in the national template columns, ordered by resource code" })
  catalogExport(
    @Arg('catalogId', () => ID) catalogId: string,
    @Arg('format', () => CatalogFileFormat) format: CatalogFileFormat,
    @Ctx() ctx: RequestContext,
  ) {
    return exportCatalog(ctx, catalogId, format);
  }

  @Mutation(() => CatalogPayload, { description: "PM-9(3): the construction unit starts its project's catalog" })
  catalogCreate(@Arg('input', () => CatalogCreateInput) input: CatalogCreateInput, @Ctx() ctx: RequestContext) {
    return createCatalog(ctx, input);
  }

  @Mutation(() => CatalogPayload, { description: 'PM-9(3): the construction unit submits its catalog to BDC' })
  catalogSubmit(@Arg('input', () => CatalogSubmitInput) input: CatalogSubmitInput, @Ctx() ctx: RequestContext) {
    return submitCatalog(ctx, input);
  }

  @Mutation(() => CatalogPayload, { description: 'PM-9(3): BDC publishes a submitted catalog (leader)' })
  catalogPublish(@Arg('input', () => CatalogPublishInput) input: CatalogPublishInput, @Ctx() ctx: RequestContext) {
    return publishCatalog(ctx, input);
  }

  @Mutation(() => CatalogPayload, { description: 'PM-9(3): BDC returns a submitted catalog with findings (reviewer or leader)' })
  catalogReturn(@Arg('input', () => CatalogReturnInput) input: CatalogReturnInput, @Ctx() ctx: RequestContext) {
    return returnCatalog(ctx, input);
  }

  @Mutation(() => CatalogImportPayload, { description: 'PM-9(3): entries from a file in the national template; all or nothing' })
  catalogImport(@Arg('input', () => CatalogImportInput) input: CatalogImportInput, @Ctx() ctx: RequestContext) {
    return importCatalog(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project, when the reader may read it (the project's policies)" })
  project(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(catalog.project.id);
  }

  @FieldResolver(() => String, { description: "The project's filing number" })
  async projectCode(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return (await catalogOwners(ctx).load(catalog.project.id))?.code ?? '';
  }

  @FieldResolver(() => String, { description: "The project's name" })
  async projectName(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return (await catalogOwners(ctx).load(catalog.project.id))?.name ?? '';
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The construction unit (项目建设单位) that compiles the catalog' })
  async constructionUnit(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    const owner = await catalogOwners(ctx).load(catalog.project.id);
    return owner ? ctx.loaders.byKey(Agency).load(owner.constructionUnitId) : null;
  }

  @FieldResolver(() => Division, { nullable: true, description: "The project's division: the city or a county-level unit" })
  async division(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    const owner = await catalogOwners(ctx).load(catalog.project.id);
    return owner ? ctx.loaders.byKey(Division, 'code').load(owner.divisionCode) : null;
  }

  @FieldResolver(() => [CatalogEntry], { description: 'The entries the reader may see, by resource code' })
  async entries(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return [...(await ctx.loaders.manyBy(CatalogEntry, 'catalog').load(catalog.id))].sort(byCode);
  }

  @FieldResolver(() => Int)
  entryCount(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return then(sharingStatsOf(ctx, catalog), (stats) => stats.total);
  }

  @FieldResolver(() => CatalogSharingSummary, { description: 'PM-9(3): scope and degree of sharing, a basis of investment and O&M funds' })
  sharingSummary(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return sharingStatsOf(ctx, catalog);
  }

  @FieldResolver(() => User, { nullable: true })
  publishedBy(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return catalog.publishedBy ? ctx.loaders.byKey(User).load(catalog.publishedBy.id) : null;
  }

  @FieldResolver(() => [StateTransition], { description: 'Submissions, publication and returns, oldest first' })
  history(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    return catalogHistory(ctx).load(catalog.id);
  }

  @FieldResolver(() => [AvailableAction], { description: 'update (the entries), submit, publish, return: whether the reader may, and why not' })
  async availableActions(@Root() catalog: Catalog, @Ctx() ctx: RequestContext) {
    // Loading the owner reads the project into the request's rows: the policies judge the catalog by it.
    if (!(await catalogOwners(ctx).load(catalog.project.id))) return [];
    return catalogWorkflow.availableActions(ctx, catalog);
  }
}

@Resolver(() => CatalogEntry)
export class CatalogEntryResolver {
  @Query(() => CatalogEntryConnection, { description: 'Information resources the reader may see, by resource code' })
  catalogEntries(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CatalogEntryFilter, { nullable: true }) filter: CatalogEntryFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<CatalogEntry> = [];
    if (filter?.catalogId) where.push({ catalog: keyFilter(filter.catalogId, 'Catalog') });
    if (filter?.providerId) where.push({ provider: keyFilter(filter.providerId, 'Agency') });
    if (filter?.sharingType) where.push({ sharingType: filter.sharingType });
    if (filter?.updateCycle) where.push({ updateCycle: filter.updateCycle });
    if (filter?.classification) {
      if (!/^\d{1,20}$/.test(filter.classification)) {
        throw badUserInput(ctx.lang, { zh: '分类须为数字（类、类+项、……）', en: 'The classification is digits (class, class+item, …)' });
      }
      where.push({ resourceCode: { $like: `${filter.classification}%` } });
    }
    if (filter?.text) {
      const like = likePattern(filter.text);
      where.push({ $or: [{ resourceName: { $ilike: like } }, { abstract: { $ilike: like } }, { resourceCode: { $ilike: like } }] });
    }
    return paginate(ctx, CatalogEntry, and(where), page, { resourceCode: 'asc' });
  }

  @Query(() => CatalogEntry)
  catalogEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, CatalogEntry, id);
  }

  @Mutation(() => CatalogEntryPayload, { description: 'PM-9(3): add an information resource to a draft or returned catalog' })
  catalogEntryAdd(@Arg('input', () => CatalogEntryAddInput) input: CatalogEntryAddInput, @Ctx() ctx: RequestContext) {
    return addCatalogEntry(ctx, input);
  }

  @Mutation(() => CatalogEntryPayload, { description: 'PM-9(3): replace the metadata of an entry of a draft or returned catalog' })
  catalogEntryUpdate(@Arg('input', () => CatalogEntryUpdateInput) input: CatalogEntryUpdateInput, @Ctx() ctx: RequestContext) {
    return updateCatalogEntry(ctx, input);
  }

  @Mutation(() => CatalogPayload, { description: 'PM-9(3): remove an entry of a draft or returned catalog; returns the catalog' })
  catalogEntryRemove(@Arg('input', () => CatalogEntryRemoveInput) input: CatalogEntryRemoveInput, @Ctx() ctx: RequestContext) {
    return removeCatalogEntry(ctx, input);
  }

  @FieldResolver(() => Catalog, { nullable: true })
  catalog(@Root() entry: CatalogEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Catalog).load(entry.catalog.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: '信息资源提供方' })
  provider(@Root() entry: CatalogEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(entry.provider.id);
  }

  @FieldResolver(() => [CatalogUsage], { description: 'Usage feedback the reader may see (the provider sees all of it)' })
  usages(@Root() entry: CatalogEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(CatalogUsage, 'entry').load(entry.id);
  }
}

@Resolver(() => CatalogUsage)
export class CatalogUsageResolver {
  @Query(() => CatalogUsageConnection, { description: 'Usage feedback on shared resources (PM-9(3)) the reader may see, newest first' })
  catalogUsages(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CatalogUsageFilter, { nullable: true }) filter: CatalogUsageFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<CatalogUsage> = [];
    if (filter?.entryId) where.push({ entry: keyFilter(filter.entryId, 'CatalogEntry') });
    if (filter?.catalogId) where.push({ entry: { catalog: keyFilter(filter.catalogId, 'Catalog') } });
    if (filter?.providerId) where.push({ entry: { provider: keyFilter(filter.providerId, 'Agency') } });
    if (filter?.consumerAgencyId) where.push({ consumerAgency: keyFilter(filter.consumerAgencyId, 'Agency') });
    if (filter?.outcome) where.push({ outcome: filter.outcome });
    return paginate(ctx, CatalogUsage, and(where), page, { createdAt: 'desc' });
  }

  @Mutation(() => CatalogUsagePayload, { description: 'PM-9(3): record the use of a shared resource of a published catalog' })
  catalogUsageRecord(@Arg('input', () => CatalogUsageRecordInput) input: CatalogUsageRecordInput, @Ctx() ctx: RequestContext) {
    return recordCatalogUsage(ctx, input);
  }

  @FieldResolver(() => CatalogEntry, { nullable: true })
  entry(@Root() usage: CatalogUsage, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CatalogEntry).load(usage.entry.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that used the resource' })
  consumerAgency(@Root() usage: CatalogUsage, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(usage.consumerAgency.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null unless the reader may see the user (colleagues)' })
  recordedBy(@Root() usage: CatalogUsage, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(User).load(usage.recordedBy.id);
  }
}
