import DataLoader from 'dataloader';
import { subject } from '@casl/ability';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { NOTHING } from '../../authz/access-filter';
import { invalidArgument, notFound } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { readFilter } from '../../graphql/loaders';
import { and, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { CloudChangeRequest } from '../cloud/change-request.entity';
import { CloudProviderAssessment } from '../cloud/incident.entity';
import { CloudServiceItem } from '../cloud/service-item.entity';
import { CloudTenancy } from '../cloud/tenancy.entity';
import { Agency } from '../organizations/agency.entity';
import { CloudAssessmentCriterion, CloudAssessmentScore, CloudAssessmentStandard } from './assessment-standard.entity';
import { publishAssessmentStandard } from './assessment.service';
import {
  CloudAssessmentStandardPayload,
  CloudAssessmentStandardPublishInput,
  IdleCloudResource,
  UtilisationReadingConnection,
  UtilisationReadingFilter,
  UtilisationReadingsPayload,
  UtilisationReadingsPostInput,
  UtilisationReport,
  UtilisationReportFilter,
  UtilisationReportLine,
} from './monitoring.types';
import { UtilisationCitation, UtilisationReading } from './reading.entity';
import { postReadings } from './reading.service';
import { idleResources, parsePeriod, periodArg, utilisationReports, type Report } from './report.service';

/** Rows that are visible with their parent (criteria of a standard, the criterion of a score): by key, no filter of their own. */
function withParent<T extends { id: string }>(ctx: RequestContext, entity: EntityClass<T>): DataLoader<string, T | null> {
  return ctx.loaders.memo(`${entity.name}#withParent`, () =>
    new DataLoader<string, T | null>(async (keys) => {
      const rows = await ctx.em.find(entity, { id: { $in: [...keys] } } as unknown as FilterQuery<T>);
      const byId = new Map(rows.map((r) => [r.id, r as T]));
      return keys.map((k) => byId.get(k) ?? null);
    }),
  );
}

/** The readings each change request cites that the reader may read, one statement per page. */
function citedReadings(ctx: RequestContext): DataLoader<string, UtilisationReading[]> {
  return ctx.loaders.memo('citedReadings', () =>
    new DataLoader<string, UtilisationReading[]>(async (ids) => {
      const filter = readFilter(ctx, UtilisationReading);
      if (filter === NOTHING) return ids.map(() => []);
      const citations = await ctx.em.find(
        UtilisationCitation,
        { changeRequest: { $in: [...ids] }, reading: filter } as FilterQuery<UtilisationCitation>,
        { populate: ['reading'], orderBy: { reading: { periodStart: 'asc' } } },
      );
      const groups = new Map<string, UtilisationReading[]>(ids.map((id) => [id, []]));
      for (const c of citations) groups.get(c.changeRequest.id)?.push(c.reading);
      return ids.map((id) => groups.get(id)!);
    }),
  );
}

function reportOf(r: Report): UtilisationReport {
  return Object.assign(new UtilisationReport(), {
    departmentId: r.departmentId,
    period: r.period.label,
    periodStart: r.period.start,
    periodEnd: r.period.end,
    lines: r.lines.map((l) => Object.assign(new UtilisationReportLine(), l)),
  });
}

@Resolver(() => UtilisationReading)
export class UtilisationReadingResolver {
  @Query(() => UtilisationReadingConnection, { description: 'CM-14: utilisation readings the reader may see (current revisions unless asked), by period' })
  utilisationReadings(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => UtilisationReadingFilter, { nullable: true }) filter: UtilisationReadingFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<UtilisationReading> = [];
    if (filter?.tenancyId) where.push({ tenancy: keyFilter(filter.tenancyId, 'CloudTenancy') });
    if (filter?.itemId) where.push({ item: keyFilter(filter.itemId, 'CloudServiceItem') });
    if (filter?.period) {
      const p = parsePeriod(filter.period.trim());
      if (!p) throw invalidArgument(ctx.lang, 'filter.period', { zh: '期间为 YYYY-MM 或 YYYY-Qn', en: 'The period is YYYY-MM or YYYY-Qn' }, 'CM-14');
      where.push({ periodStart: { $gte: p.start }, periodEnd: { $lte: p.end } });
    }
    if (!filter?.includeSuperseded) where.push({ supersededAt: null });
    return paginate(ctx, UtilisationReading, and(where), page, { periodStart: 'asc', revision: 'asc' });
  }

  @Mutation(() => UtilisationReadingsPayload, {
    description: 'CM-14: the monitoring platform posts a batch of readings (as POST /monitoring/readings does): all or nothing, idempotent per reading',
  })
  utilisationReadingsPost(@Arg('input', () => UtilisationReadingsPostInput) input: UtilisationReadingsPostInput, @Ctx() ctx: RequestContext) {
    return postReadings(ctx, input.readings);
  }

  @FieldResolver(() => CloudTenancy, { nullable: true })
  tenancy(@Root() r: UtilisationReading, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudTenancy).load(r.tenancy.id);
  }

  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() r: UtilisationReading, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(r.item.id);
  }
}

@Resolver(() => CloudChangeRequest)
export class ChangeRequestReadingsResolver {
  @FieldResolver(() => [UtilisationReading], { description: 'CM-14: the utilisation readings a BDC adjustment rests on' })
  readings(@Root() cr: CloudChangeRequest, @Ctx() ctx: RequestContext) {
    return citedReadings(ctx).load(cr.id);
  }
}

@Resolver(() => UtilisationReport)
export class UtilisationReportResolver {
  @Query(() => [UtilisationReport], {
    description: 'CM-14 定期反馈: the utilisation reports of a period (the last complete one unless given), one per user department the reader may see',
  })
  async utilisationReports(@Arg('filter', () => UtilisationReportFilter, { nullable: true }) filter: UtilisationReportFilter | undefined, @Ctx() ctx: RequestContext) {
    const period = periodArg(ctx, filter?.period);
    const department = filter?.departmentId ? keyFilter(filter.departmentId, 'Agency') : undefined;
    return (await utilisationReports(ctx, period, department)).map(reportOf);
  }

  @Query(() => UtilisationReport, { description: 'CM-14: one user department’s utilisation report for a period' })
  async utilisationReport(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('period', () => String, { nullable: true }) period: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const p = periodArg(ctx, period);
    const key = keyOf(departmentId, 'Agency');
    const department = key ? await ctx.loaders.byKey(Agency).load(key) : null;
    if (!department || !ctx.ability.can('read', subject('UtilisationReport', { department: { id: department.id } }))) throw notFound(ctx.lang, 'UtilisationReport');
    const [report] = await utilisationReports(ctx, p, department.id);
    return reportOf(report ?? { departmentId: department.id, period: p, lines: [] });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The user department (the tenancies’ user department, else their tenant)' })
  department(@Root() r: UtilisationReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(r.departmentId);
  }
}

@Resolver(() => UtilisationReportLine)
export class UtilisationReportLineResolver {
  @FieldResolver(() => CloudTenancy, { nullable: true })
  tenancy(@Root() l: UtilisationReportLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudTenancy).load(l.tenancyId);
  }

  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() l: UtilisationReportLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(l.itemId);
  }
}

@Resolver(() => IdleCloudResource)
export class IdleCloudResourceResolver {
  @Query(() => [IdleCloudResource], {
    description: 'CM-14: for BDC, tenancies’ items used below the idle threshold (rulebook idleUtilisationPercent) in each of the last periods (idleUtilisationPeriods), least used first',
  })
  async idleCloudResources(
    @Arg('periods', () => Int, { nullable: true }) periods: number | undefined,
    @Arg('thresholdPercent', () => String, { nullable: true }) thresholdPercent: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    if (periods !== undefined && periods !== null && (!Number.isInteger(periods) || periods < 1 || periods > 24)) {
      throw invalidArgument(ctx.lang, 'periods', { zh: '期数为 1 至 24', en: 'periods is 1 to 24' }, 'CM-14');
    }
    if (thresholdPercent != null && (!/^\d{1,3}(\.\d{1,2})?$/.test(thresholdPercent) || Number(thresholdPercent) > 100)) {
      throw invalidArgument(ctx.lang, 'thresholdPercent', { zh: '阈值为 0 至 100 的百分数', en: 'The threshold is a percentage from 0 to 100' }, 'CM-14');
    }
    const idle = await idleResources(ctx, { periods, thresholdPercent });
    return idle.map((i) =>
      Object.assign(new IdleCloudResource(), { ...i, periods: i.periods.map((p) => ({ period: p.period.label, averagePercent: p.averagePercent })) }),
    );
  }

  @FieldResolver(() => CloudTenancy, { nullable: true })
  tenancy(@Root() i: IdleCloudResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudTenancy).load(i.tenancyId);
  }

  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() i: IdleCloudResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(i.itemId);
  }
}

@Resolver(() => CloudAssessmentStandard)
export class CloudAssessmentStandardResolver {
  @Query(() => [CloudAssessmentStandard], { description: 'CM-16: the published versions of BDC’s assessment standard, newest first' })
  async cloudAssessmentStandards(@Ctx() ctx: RequestContext) {
    const filter = readFilter(ctx, CloudAssessmentStandard);
    if (filter === NOTHING) return [];
    return ctx.em.find(CloudAssessmentStandard, filter, { orderBy: { version: 'desc' }, limit: 100 });
  }

  @Mutation(() => CloudAssessmentStandardPayload, { description: 'CM-16: BDC publishes the next version of its service-quality assessment standard (weights summing to 100)' })
  cloudAssessmentStandardPublish(@Arg('input', () => CloudAssessmentStandardPublishInput) input: CloudAssessmentStandardPublishInput, @Ctx() ctx: RequestContext) {
    return publishAssessmentStandard(ctx, input);
  }

  @FieldResolver(() => [CloudAssessmentCriterion], { description: 'In their order' })
  async criteria(@Root() s: CloudAssessmentStandard, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.childrenOf(CloudAssessmentCriterion, 'standard').load(s.id)).sort((a, b) => a.position - b.position);
  }
}

@Resolver(() => CloudProviderAssessment)
export class ProviderAssessmentScoresResolver {
  @FieldResolver(() => CloudAssessmentStandard, { nullable: true, description: 'CM-16: the standard version it was scored against' })
  standard(@Root() a: CloudProviderAssessment, @Ctx() ctx: RequestContext) {
    return withParent(ctx, CloudAssessmentStandard).load(a.standard.id);
  }

  @FieldResolver(() => [CloudAssessmentScore], { description: 'CM-16: the points on each criterion, in the standard’s order (they sum to `score`)' })
  async scores(@Root() a: CloudProviderAssessment, @Ctx() ctx: RequestContext) {
    const scores = await ctx.loaders.childrenOf(CloudAssessmentScore, 'assessment').load(a.id);
    const criteria = await withParent(ctx, CloudAssessmentCriterion).loadMany(scores.map((s) => s.criterion.id));
    const position = new Map(criteria.map((c) => (c && !(c instanceof Error) ? [c.id, c.position] : ['', 0])));
    return [...scores].sort((x, y) => (position.get(x.criterion.id) ?? 0) - (position.get(y.criterion.id) ?? 0));
  }
}

@Resolver(() => CloudAssessmentScore)
export class CloudAssessmentScoreResolver {
  @FieldResolver(() => CloudAssessmentCriterion, { nullable: true })
  criterion(@Root() s: CloudAssessmentScore, @Ctx() ctx: RequestContext) {
    return withParent(ctx, CloudAssessmentCriterion).load(s.criterion.id);
  }
}
