import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { requestCalendar } from '../../calendar/calendar.service';
import { AvailableAction, availableActions } from '../../workflow/available-actions';
import { Agency } from '../organizations/agency.entity';
import { CloudChangeLine, CloudChangeRequest } from './change-request.entity';
import { changeRequestMachine } from './change-request.machine';
import {
  adjustTenancy,
  baseChangeFacts,
  confirmChangeProvisioning,
  notifyChangeProvider,
  recordChangeExpertReview,
  reviewChange,
  submitChange,
} from './change-request.service';
import {
  CloudChangeExpertReviewInput,
  CloudChangeRequestPayload,
  CloudChangeRequestReviewInput,
  CloudChangeRequestSubmitInput,
  CloudTenancyAdjustInput,
} from './cloud.types';
import { today } from './cloud.workflow';
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
  cloudChangeRequestReview(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CloudChangeRequestReviewInput) input: CloudChangeRequestReviewInput,
    @Ctx() ctx: RequestContext,
  ) {
    return reviewChange(ctx, id, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-11 (by CM-14): the expert review fixes an expansion’s amounts' })
  cloudChangeRequestExpertReview(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CloudChangeExpertReviewInput) input: CloudChangeExpertReviewInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordChangeExpertReview(ctx, id, input);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-12 (by CM-14): BDC notifies the provider of an expansion' })
  cloudChangeRequestNotifyProvider(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return notifyChangeProvider(ctx, id);
  }

  @Mutation(() => CloudChangeRequestPayload, { description: 'CM-8: the provider confirms the expansion provisioned' })
  cloudChangeRequestConfirmProvisioning(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return confirmChangeProvisioning(ctx, id, note);
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
    return changeDeadline(cr, today(ctx), await requestCalendar(ctx));
  }

  @FieldResolver(() => [AvailableAction], { description: 'What the reader may do next, and why not' })
  async availableActions(@Root() cr: CloudChangeRequest, @Ctx() ctx: RequestContext) {
    const [calendar, tenancy] = await Promise.all([requestCalendar(ctx), ctx.loaders.byKey(CloudTenancy).load(cr.tenancy.id)]);
    if (!tenancy) return [];
    const facts = baseChangeFacts(cr, tenancy.status, today(ctx), calendar);
    return availableActions(ctx, changeRequestMachine, cr, cr.status, facts);
  }
}

@Resolver(() => CloudChangeLine)
export class CloudChangeLineResolver {
  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() l: CloudChangeLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(l.item.id);
  }
}
