import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { requestCalendar } from '../../calendar/calendar.service';
import { todayOf } from '../../calendar/clock';
import { AvailableAction } from '../../workflow/available-actions';
import { Agency } from '../organizations/agency.entity';
import { CloudChangeLine, CloudChangeRequest } from './change-request.entity';
import { confirmChangeProvisioning, nameChangeExpertPanel, notifyChangeProvider, recordChangeExpertOpinion, recordChangeExpertReview, reviewChange } from './change-request.service';
import { adjustTenancy, submitChange } from './tenancy.service';
import {
  CloudChangeRequestPayload,
  CloudChangeRequestReviewInput,
  CloudChangeRequestStepInput,
  CloudChangeRequestSubmitInput,
  CloudExpertOpinionInput,
  CloudExpertPanelInput,
  CloudExpertReviewInput,
  CloudTenancyAdjustInput,
} from './cloud.types';
import { changeRequestWorkflow } from './cloud.workflow';
import { changeDeadline, Deadline } from './deadlines';
import { CloudServiceItem } from './service-item.entity';
import { CloudTenancy } from './tenancy.entity';

@Resolver(() => CloudChangeRequest)
export class CloudChangeRequestResolver {
  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-14: the user applies for an expansion or a reduction' })
  cloudChangeRequestSubmit(@Arg('input', () => CloudChangeRequestSubmitInput) input: CloudChangeRequestSubmitInput, @Ctx() ctx: RequestContext) {
    return submitChange(ctx, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-14: BDC approves (a reduction is then in force) or returns a change' })
  cloudChangeRequestReview(@Arg('input', () => CloudChangeRequestReviewInput) input: CloudChangeRequestReviewInput, @Ctx() ctx: RequestContext) {
    return reviewChange(ctx, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-11 (by CM-14): BDC names the expansion’s expert panel from the expert accounts' })
  cloudChangeRequestNameExpertPanel(@Arg('input', () => CloudExpertPanelInput) input: CloudExpertPanelInput, @Ctx() ctx: RequestContext) {
    return nameChangeExpertPanel(ctx, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-11: an expert on the panel records its own opinion' })
  cloudChangeRequestRecordExpertOpinion(@Arg('input', () => CloudExpertOpinionInput) input: CloudExpertOpinionInput, @Ctx() ctx: RequestContext) {
    return recordChangeExpertOpinion(ctx, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-11 (by CM-14): once the panel’s opinions are in, BDC records the review that fixes an expansion’s amounts' })
  cloudChangeRequestExpertReview(@Arg('input', () => CloudExpertReviewInput) input: CloudExpertReviewInput, @Ctx() ctx: RequestContext) {
    return recordChangeExpertReview(ctx, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-12 (by CM-14): BDC notifies the provider of an expansion' })
  cloudChangeRequestNotifyProvider(@Arg('input', () => CloudChangeRequestStepInput) input: CloudChangeRequestStepInput, @Ctx() ctx: RequestContext) {
    return notifyChangeProvider(ctx, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-8: the provider confirms the expansion provisioned' })
  cloudChangeRequestConfirmProvisioning(@Arg('input', () => CloudChangeRequestStepInput) input: CloudChangeRequestStepInput, @Ctx() ctx: RequestContext) {
    return confirmChangeProvisioning(ctx, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-5, CM-14: BDC adjusts a tenancy from monitored utilisation' })
  cloudTenancyAdjust(@Arg('input', () => CloudTenancyAdjustInput) input: CloudTenancyAdjustInput, @Ctx() ctx: RequestContext) {
    return adjustTenancy(ctx, input);
  }

  @FieldResolver(() => CloudTenancy, { nullable: true })
  tenancy(@Root() cr: CloudChangeRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudTenancy).load(cr.tenancy.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Who filed it: the user, or BDC for an adjustment' })
  requestedByAgency(@Root() cr: CloudChangeRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(cr.requestedByAgency.id);
  }

  @FieldResolver(() => [CloudChangeLine])
  lines(@Root() cr: CloudChangeRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(CloudChangeLine, 'changeRequest').load(cr.id);
  }

  @FieldResolver(() => Deadline, { nullable: true })
  async deadline(@Root() cr: CloudChangeRequest, @Ctx() ctx: RequestContext) {
    return changeDeadline(cr, todayOf(ctx.services.clock), await requestCalendar(ctx));
  }

  @FieldResolver(() => [AvailableAction], { description: 'What the reader may do next, and why not' })
  availableActions(@Root() cr: CloudChangeRequest, @Ctx() ctx: RequestContext) {
    return changeRequestWorkflow.availableActions(ctx, cr);
  }
}

@Resolver(() => CloudChangeLine)
export class CloudChangeLineResolver {
  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() l: CloudChangeLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(l.item.id);
  }
}
