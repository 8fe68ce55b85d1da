import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, findReadable, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { AvailableAction } from '../../workflow/available-actions';
import { StateTransition } from '../../workflow/state-transition.entity';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { ProjectStatus } from '../projects/project.enums';
import { AcceptanceExtension } from './acceptance-extension.entity';
import { applyForExtension, decideExtension } from './acceptance-extension.service';
import { AcceptanceRecord } from './acceptance-record.entity';
import { daysBetween } from '../../calendar/dates';
import { ExtensionStatus } from './acceptance.enums';
import { factsOf } from './acceptance.facts';
import { acceptanceWorkflow, extensionWorkflow } from './acceptance.workflow';
import {
  applyForAcceptance,
  delegateAcceptance,
  organizeAcceptance,
  recordAcceptanceResult,
  reportAcceptanceToDrc,
} from './acceptance.service';
import {
  AcceptanceApplyInput,
  AcceptanceDelegateInput,
  AcceptanceOrganizeInput,
  AcceptanceReportToDrcInput,
  AcceptanceExtensionApplyInput,
  AcceptanceExtensionConnection,
  AcceptanceExtensionDecideInput,
  AcceptanceExtensionFilter,
  AcceptanceExtensionPayload,
  AcceptanceFindings,
  AcceptanceRecordConnection,
  AcceptanceRecordFilter,
  AcceptanceRecordPayload,
  AcceptanceResultInput,
  OverdueAcceptance,
  OverdueAcceptanceConnection,
} from './acceptance.types';
import { SharingReview } from './sharing-review.entity';

@Resolver(() => AcceptanceRecord)
export class AcceptanceRecordResolver {
  @Query(() => AcceptanceRecordConnection, { description: 'Acceptance applications (PM-16) the reader may see, newest first' })
  acceptanceRecords(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AcceptanceRecordFilter, { nullable: true }) filter: AcceptanceRecordFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<AcceptanceRecord> = [];
    if (filter?.projectId) where.push({ project: keyFilter(filter.projectId, 'Project') });
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter?.delegateId) where.push({ delegate: keyFilter(filter.delegateId, 'Agency') });
    return paginate(ctx, AcceptanceRecord, and(where), page, { createdAt: 'desc' });
  }

  @Query(() => AcceptanceRecord)
  acceptanceRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, AcceptanceRecord, id);
  }

  @Mutation(() => AcceptanceRecordPayload, {
    description: 'PM-15, PM-16.1, PM-16.2: apply for acceptance (to DRC; to the county DRC for county projects); also the new application after a failure',
  })
  acceptanceApply(@Arg('input', () => AcceptanceApplyInput) input: AcceptanceApplyInput, @Ctx() ctx: RequestContext) {
    return applyForAcceptance(ctx, input);
  }

  @Mutation(() => AcceptanceRecordPayload, { description: 'PM-16.3: DRC (the county DRC for a county project) organizes the acceptance itself' })
  acceptanceOrganize(@Arg('input', () => AcceptanceOrganizeInput) input: AcceptanceOrganizeInput, @Ctx() ctx: RequestContext) {
    return organizeAcceptance(ctx, input);
  }

  @Mutation(() => AcceptanceRecordPayload, { description: 'PM-16.3: DRC (the county DRC for a county project) delegates the acceptance to the competent department' })
  acceptanceDelegate(@Arg('input', () => AcceptanceDelegateInput) input: AcceptanceDelegateInput, @Ctx() ctx: RequestContext) {
    return delegateAcceptance(ctx, input);
  }

  @Mutation(() => AcceptanceRecordPayload, { description: 'PM-12, PM-16.3: DRC or its delegate records the findings and the result' })
  acceptanceRecordResult(@Arg('input', () => AcceptanceResultInput) input: AcceptanceResultInput, @Ctx() ctx: RequestContext) {
    return recordAcceptanceResult(ctx, input);
  }

  @Mutation(() => AcceptanceRecordPayload, { description: 'PM-16.3: the delegate reports its result and materials back to DRC (the county DRC for a county project)' })
  acceptanceReportToDrc(@Arg('input', () => AcceptanceReportToDrcInput) input: AcceptanceReportToDrcInput, @Ctx() ctx: RequestContext) {
    return reportAcceptanceToDrc(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(record.project.id);
  }

  @FieldResolver(() => AcceptanceRecord, { nullable: true, description: 'The failed application this one follows' })
  previous(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return record.previous ? ctx.loaders.byKey(AcceptanceRecord).load(record.previous.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'DRC, or the county DRC for a county project' })
  organizerAgency(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(record.organizerAgency.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'PM-16.3: the competent department it was delegated to' })
  delegate(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return record.delegate ? ctx.loaders.byKey(Agency).load(record.delegate.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'PM-16.3: who decided: DRC or its delegate' })
  decidedByAgency(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return record.decidedByAgency ? ctx.loaders.byKey(Agency).load(record.decidedByAgency.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded the result (null unless the reader may see that user; see decidedByName)' })
  decidedBy(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return record.decidedBy ? ctx.loaders.byKey(User).load(record.decidedBy.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  appliedBy(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(User).load(record.appliedBy.id);
  }

  @FieldResolver(() => SharingReview, { nullable: true, description: "PM-15: BDC's confirmation the application relies on" })
  sharingReview(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(SharingReview).load(record.sharingReview.id);
  }

  @FieldResolver(() => AcceptanceFindings, { nullable: true, description: 'PM-12 findings, once the result is recorded' })
  findings(@Root() r: AcceptanceRecord): AcceptanceFindings | null {
    if (!r.productSecurityConclusion || !r.cryptographyConclusion || !r.energyEfficiencyConclusion) return null;
    return {
      productSecurity: { conclusion: r.productSecurityConclusion, note: r.productSecurityNote ?? '' },
      cryptography: { conclusion: r.cryptographyConclusion, note: r.cryptographyNote ?? '' },
      energyEfficiency: { conclusion: r.energyEfficiencyConclusion, note: r.energyEfficiencyNote ?? '' },
    };
  }

  @FieldResolver(() => [StateTransition], { description: 'Every step, oldest first' })
  history(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return factsOf(ctx).history(record.id);
  }

  @FieldResolver(() => [AvailableAction])
  availableActions(@Root() record: AcceptanceRecord, @Ctx() ctx: RequestContext) {
    return acceptanceWorkflow.availableActions(ctx, record);
  }
}

@Resolver(() => AcceptanceExtension)
export class AcceptanceExtensionResolver {
  @Query(() => AcceptanceExtensionConnection, { description: 'Extension applications (PM-16.2) the reader may see, newest first' })
  acceptanceExtensions(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AcceptanceExtensionFilter, { nullable: true }) filter: AcceptanceExtensionFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<AcceptanceExtension> = [];
    if (filter?.projectId) where.push({ project: keyFilter(filter.projectId, 'Project') });
    if (filter?.status) where.push({ status: filter.status });
    return paginate(ctx, AcceptanceExtension, and(where), page, { createdAt: 'desc' });
  }

  @Query(() => AcceptanceExtension)
  acceptanceExtension(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, AcceptanceExtension, id);
  }

  @Query(() => OverdueAcceptanceConnection, {
    description: 'PM-16.2: projects under construction past their acceptance due date, the most overdue first, as the reader may see them',
  })
  async overdueAcceptances(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    const today = factsOf(ctx).today;
    const projects = await paginate(
      ctx,
      Project,
      { status: ProjectStatus.UNDER_CONSTRUCTION, acceptanceDueOn: { $lt: today } },
      page,
      { acceptanceDueOn: 'asc' },
      { readAs: 'OverdueAcceptance' },
    );
    const toOverdue = (p: Project): OverdueAcceptance =>
      Object.assign(new OverdueAcceptance(), {
        projectId: p.id,
        projectCode: p.code,
        projectName: p.name,
        dueOn: p.acceptanceDueOn!,
        daysOverdue: daysBetween(p.acceptanceDueOn!, today),
        constructionUnitId: p.constructionUnit.id,
      });
    return {
      ...projects,
      edges: projects.edges.map((e) => ({ cursor: e.cursor, node: toOverdue(e.node) })),
      nodes: projects.nodes.map(toOverdue),
    };
  }

  @Mutation(() => AcceptanceExtensionPayload, { description: 'PM-16.2: the unit applies, with reasons, to move the acceptance due date' })
  acceptanceExtensionApply(@Arg('input', () => AcceptanceExtensionApplyInput) input: AcceptanceExtensionApplyInput, @Ctx() ctx: RequestContext) {
    return applyForExtension(ctx, input);
  }

  @Mutation(() => AcceptanceExtensionPayload, { description: 'PM-16.2: DRC (the county DRC for a county project) approves with the new due date, or refuses with reasons' })
  acceptanceExtensionDecide(@Arg('input', () => AcceptanceExtensionDecideInput) input: AcceptanceExtensionDecideInput, @Ctx() ctx: RequestContext) {
    return decideExtension(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() extension: AcceptanceExtension, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(extension.project.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'DRC, or the county DRC for a county project' })
  decidingAgency(@Root() extension: AcceptanceExtension, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(extension.decidingAgency.id);
  }

  @FieldResolver(() => [StateTransition], { description: 'Application and decision, oldest first' })
  history(@Root() extension: AcceptanceExtension, @Ctx() ctx: RequestContext) {
    return factsOf(ctx).history(extension.id);
  }

  @FieldResolver(() => [AvailableAction])
  availableActions(@Root() extension: AcceptanceExtension, @Ctx() ctx: RequestContext) {
    return extensionWorkflow.availableActions(ctx, extension);
  }
}

@Resolver(() => OverdueAcceptance)
export class OverdueAcceptanceResolver {
  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project itself' })
  project(@Root() overdue: OverdueAcceptance, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(overdue.projectId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  constructionUnit(@Root() overdue: OverdueAcceptance, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(overdue.constructionUnitId);
  }

  @FieldResolver(() => Boolean, { description: 'An extension application awaits a decision' })
  async extensionPending(@Root() overdue: OverdueAcceptance, @Ctx() ctx: RequestContext) {
    const extensions = await factsOf(ctx).acceptanceExtensions(overdue.projectId);
    return extensions.some((e) => e.status === ExtensionStatus.APPLIED);
  }
}
