import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { requestCalendar } from '../../calendar/calendar.service';
import { and, findReadable, keyFilter, likePattern, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import { todayOf } from '../../calendar/clock';
import { AvailableAction } from '../../workflow/available-actions';
import { Agency } from '../organizations/agency.entity';
import { Project } from '../projects/project.entity';
import { Exact, priceInForce } from './fees';
import { CloudChangeRequest } from './change-request.entity';
import {
  CloudExpertOpinionInput,
  CloudExpertPanelInput,
  CloudExpertReviewInput,
  CloudTenancyApplyInput,
  CloudTenancyConnection,
  CloudTenancyDeploymentExtensionDecideInput,
  CloudTenancyDeploymentExtensionRequestInput,
  CloudTenancyDeploymentInput,
  CloudTenancyExitApplyInput,
  CloudTenancyFilter,
  CloudTenancyPayload,
  CloudTenancyResubmitInput,
  CloudTenancyReviewInput,
  CloudTenancySignDocumentsInput,
  CloudTenancyStepInput,
} from './cloud.types';
import { tenancyWorkflow } from './cloud.workflow';
import { changeDeadline, Deadline, overdueFilter, tenancyDeadline } from './deadlines';
import { CloudIncident } from './incident.entity';
import { CloudServiceItem, CloudServicePrice } from './service-item.entity';
import { CloudQuotaLine, CloudTenancy, CloudTenancyResource } from './tenancy.entity';
import {
  applyForTenancy,
  applyTenancyExit,
  approveTenancyExit,
  confirmTenancyDataCleared,
  confirmTenancyProvisioning,
  confirmTenancyReclaimed,
  decideDeploymentExtension,
  nameTenancyExpertPanel,
  recordTenancyExpertOpinion,
  decommissionTenancy,
  notifyTenancyProvider,
  recordTenancyDeployment,
  recordTenancyExpertReview,
  requestDeploymentExtension,
  resubmitTenancy,
  retireOldSystem,
  reviewTenancy,
  signTenancyDocuments,
} from './tenancy.service';
import { CloudTenancyDocument } from './tenancy-document.entity';
import { CloudZone } from './zone.entity';

@Resolver(() => CloudTenancy)
export class CloudTenancyResolver {
  @Query(() => CloudTenancyConnection, { description: 'Cloud tenancies the reader may see (CM-9)' })
  cloudTenancies(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CloudTenancyFilter, { nullable: true }) filter: CloudTenancyFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<CloudTenancy> = [];
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter?.tenantAgencyId) where.push({ tenant: keyFilter(filter.tenantAgencyId, 'Agency') });
    if (filter?.countyCode) where.push({ division: { code: filter.countyCode } });
    if (filter?.providerId) where.push({ provider: keyFilter(filter.providerId, 'Agency') });
    if (filter?.overdue === true) where.push(overdueFilter(todayOf(ctx.services.clock)));
    if (filter?.overdue === false) where.push({ $not: overdueFilter(todayOf(ctx.services.clock)) } as Where<CloudTenancy>[number]);
    if (filter?.text) {
      const like = likePattern(filter.text);
      where.push({ $or: [{ code: { $ilike: like } }, { systemName: { $ilike: like } }] });
    }
    return paginate(ctx, CloudTenancy, and(where), page, { createdAt: 'desc' });
  }

  @Query(() => CloudTenancyConnection, {
    description: 'Tenancies with a working-day deadline past due (CM-12, CM-13, CM-15); each deadline names whose act is awaited',
  })
  overdueTenancies(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return paginate(ctx, CloudTenancy, overdueFilter(todayOf(ctx.services.clock)), page, { createdAt: 'asc' });
  }

  @Query(() => CloudTenancy)
  cloudTenancy(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, CloudTenancy, id);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-10: a municipal department applies; a county’s e-government authority applies in the county government’s name' })
  cloudTenancyApply(@Arg('input', () => CloudTenancyApplyInput) input: CloudTenancyApplyInput, @Ctx() ctx: RequestContext) {
    return applyForTenancy(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-10: the applicant amends a returned application and files it again' })
  cloudTenancyResubmit(@Arg('input', () => CloudTenancyResubmitInput) input: CloudTenancyResubmitInput, @Ctx() ctx: RequestContext) {
    return resubmitTenancy(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-11: BDC approves or returns the application' })
  cloudTenancyReview(@Arg('input', () => CloudTenancyReviewInput) input: CloudTenancyReviewInput, @Ctx() ctx: RequestContext) {
    return reviewTenancy(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-11: BDC names the expert panel of the review from the expert accounts' })
  cloudTenancyNameExpertPanel(@Arg('input', () => CloudExpertPanelInput) input: CloudExpertPanelInput, @Ctx() ctx: RequestContext) {
    return nameTenancyExpertPanel(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-11: an expert on the panel records its own opinion' })
  cloudTenancyRecordExpertOpinion(@Arg('input', () => CloudExpertOpinionInput) input: CloudExpertOpinionInput, @Ctx() ctx: RequestContext) {
    return recordTenancyExpertOpinion(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-11: once every expert of the panel has recorded its opinion, BDC records the review that fixes the quota' })
  cloudTenancyExpertReview(@Arg('input', () => CloudExpertReviewInput) input: CloudExpertReviewInput, @Ctx() ctx: RequestContext) {
    return recordTenancyExpertReview(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-12: the user attaches the signed responsibility letter and confirmation form, uploaded first with POST /documents' })
  cloudTenancySignDocuments(@Arg('input', () => CloudTenancySignDocumentsInput) input: CloudTenancySignDocumentsInput, @Ctx() ctx: RequestContext) {
    return signTenancyDocuments(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-12: BDC notifies the provider, who provisions within 3 working days' })
  cloudTenancyNotifyProvider(@Arg('input', () => CloudTenancyStepInput) input: CloudTenancyStepInput, @Ctx() ctx: RequestContext) {
    return notifyTenancyProvider(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-8, CM-12: the provider confirms provisioning; deployment is due in 30 working days' })
  cloudTenancyConfirmProvisioning(@Arg('input', () => CloudTenancyStepInput) input: CloudTenancyStepInput, @Ctx() ctx: RequestContext) {
    return confirmTenancyProvisioning(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-7, CM-13: the user records deployment, tests, security pre-assessment and cut-over' })
  cloudTenancyRecordDeployment(@Arg('input', () => CloudTenancyDeploymentInput) input: CloudTenancyDeploymentInput, @Ctx() ctx: RequestContext) {
    return recordTenancyDeployment(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-13: before the deployment due date, the user asks BDC, with reasons, for more working days' })
  cloudTenancyRequestDeploymentExtension(
    @Arg('input', () => CloudTenancyDeploymentExtensionRequestInput) input: CloudTenancyDeploymentExtensionRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return requestDeploymentExtension(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-13: BDC grants (moving the due date by the working days given) or refuses the pending request' })
  cloudTenancyDecideDeploymentExtension(
    @Arg('input', () => CloudTenancyDeploymentExtensionDecideInput) input: CloudTenancyDeploymentExtensionDecideInput,
    @Ctx() ctx: RequestContext,
  ) {
    return decideDeploymentExtension(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-7, CM-13: the user records a migration’s old system retired, no earlier than 3 months after cut-over' })
  cloudTenancyRetireOldSystem(@Arg('input', () => CloudTenancyStepInput) input: CloudTenancyStepInput, @Ctx() ctx: RequestContext) {
    return retireOldSystem(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-15: the user applies to leave the cloud' })
  cloudTenancyExitApply(@Arg('input', () => CloudTenancyExitApplyInput) input: CloudTenancyExitApplyInput, @Ctx() ctx: RequestContext) {
    return applyTenancyExit(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-15: BDC approves the exit; 20 working days of transition' })
  cloudTenancyExitApprove(@Arg('input', () => CloudTenancyStepInput) input: CloudTenancyStepInput, @Ctx() ctx: RequestContext) {
    return approveTenancyExit(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-15: after the transition, the user confirms its data cleared' })
  cloudTenancyConfirmDataCleared(@Arg('input', () => CloudTenancyStepInput) input: CloudTenancyStepInput, @Ctx() ctx: RequestContext) {
    return confirmTenancyDataCleared(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-15: after the transition, the provider confirms the resources reclaimed' })
  cloudTenancyConfirmReclaimed(@Arg('input', () => CloudTenancyStepInput) input: CloudTenancyStepInput, @Ctx() ctx: RequestContext) {
    return confirmTenancyReclaimed(ctx, input);
  }

  @Mutation(() => CloudTenancyPayload, { description: 'CM-15: BDC decommissions the tenancy once both confirmed' })
  cloudTenancyDecommission(@Arg('input', () => CloudTenancyStepInput) input: CloudTenancyStepInput, @Ctx() ctx: RequestContext) {
    return decommissionTenancy(ctx, input);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The cloud user (云使用部门)' })
  tenant(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(t.tenant.id);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'CM-10, CM-7: the county department whose system it is, filed in the county government’s name; null for a municipal tenancy',
  })
  userDepartment(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return t.userDepartment ? ctx.loaders.byKey(Agency).load(t.userDepartment.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Who filed it (the department, or the county’s e-government authority)' })
  filedBy(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(t.filedBy.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Assigned when BDC approves' })
  provider(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return t.provider ? ctx.loaders.byKey(Agency).load(t.provider.id) : null;
  }

  @FieldResolver(() => [CloudTenancyDocument], {
    description: 'CM-12: the signed responsibility letters and confirmation forms, oldest first, each with its SM3 hash; provisioning needs an uploaded one of each kind',
  })
  documents(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    // Whoever reads the tenancy reads its documents.
    return ctx.loaders.childrenOf(CloudTenancyDocument, 'tenancy').load(t.id);
  }

  @FieldResolver(() => CloudZone, { nullable: true })
  zone(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudZone).load(t.zone.id);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return t.project ? ctx.loaders.byKey(Project).load(t.project.id) : null;
  }

  @FieldResolver(() => [CloudTenancyResource], { description: 'Resources applied for and the quota fixed (CM-9, CM-11)' })
  resources(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(CloudTenancyResource, 'tenancy').load(t.id);
  }

  @FieldResolver(() => [CloudQuotaLine], { description: 'The quota in force now' })
  async quota(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.manyBy(CloudQuotaLine, 'tenancy').load(t.id)).filter((l) => !l.effectiveTo);
  }

  @FieldResolver(() => [CloudQuotaLine], { description: 'Every quota line, past and present' })
  quotaHistory(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(CloudQuotaLine, 'tenancy').load(t.id);
  }

  @FieldResolver(() => [CloudChangeRequest], { description: 'Expansions, reductions and BDC’s adjustments (CM-14)' })
  changeRequests(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(CloudChangeRequest, 'tenancy').load(t.id);
  }

  @FieldResolver(() => [CloudIncident], { description: 'Faults and how they were handled (CM-19)' })
  incidents(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(CloudIncident, 'tenancy').load(t.id);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Fees a month of the quota in force costs at today’s prices (CNY); null for readers without access to fees (providers)',
  })
  async monthlyFee(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    if (!ctx.ability.can('read', t, 'monthlyFee')) return null;
    const lines = await this.quota(t, ctx);
    const day = todayOf(ctx.services.clock);
    const prices = await Promise.all(lines.map((l) => ctx.loaders.manyBy(CloudServicePrice, 'item').load(l.item.id)));
    let total = new Exact(0);
    lines.forEach((line, i) => {
      const price = priceInForce(prices[i], day);
      if (price) total = total.plus(new Exact(price.unitPrice).times(line.quantity));
    });
    return total.toFixed(2);
  }

  @FieldResolver(() => [Deadline], { description: 'Running working-day deadlines of the tenancy and its changes' })
  async deadlines(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    const [calendar, changes] = await Promise.all([requestCalendar(ctx), ctx.loaders.manyBy(CloudChangeRequest, 'tenancy').load(t.id)]);
    const day = todayOf(ctx.services.clock);
    return [tenancyDeadline(t, day, calendar), ...changes.map((c) => changeDeadline(c, day, calendar))].filter((d): d is Deadline => d !== null);
  }

  @FieldResolver(() => [AvailableAction], { description: 'What the reader may do next, and why not' })
  availableActions(@Root() t: CloudTenancy, @Ctx() ctx: RequestContext) {
    return tenancyWorkflow.availableActions(ctx, t);
  }
}

@Resolver(() => Deadline)
export class DeadlineResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'Whose act is awaited' })
  responsibleAgency(@Root() d: Deadline, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(d.responsibleAgencyId);
  }

  @FieldResolver(() => CloudChangeRequest, { nullable: true })
  changeRequest(@Root() d: Deadline, @Ctx() ctx: RequestContext) {
    return d.changeRequestId ? ctx.loaders.byKey(CloudChangeRequest).load(d.changeRequestId) : null;
  }
}

@Resolver(() => CloudTenancyResource)
export class CloudTenancyResourceResolver {
  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() r: CloudTenancyResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(r.item.id);
  }
}

@Resolver(() => CloudQuotaLine)
export class CloudQuotaLineResolver {
  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() l: CloudQuotaLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(l.item.id);
  }
}

