import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, findReadable, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { AvailableAction } from '../../workflow/available-actions';
import { StateTransition } from '../../workflow/state-transition.entity';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { factsOf } from './acceptance.facts';
import { sharingReviewWorkflow } from './acceptance.workflow';
import {
  SharingReviewConfirmInput,
  SharingReviewConnection,
  SharingReviewFilter,
  SharingReviewPayload,
  SharingReviewRequestInput,
  SharingReviewReturnInput,
} from './acceptance.types';
import { SharingReview } from './sharing-review.entity';
import { confirmSharingReview, requestSharingReview, returnSharingReview } from './sharing-review.service';

@Resolver(() => SharingReview)
export class SharingReviewResolver {
  @Query(() => SharingReviewConnection, { description: 'Data-sharing reviews (PM-15) the reader may see, newest first' })
  sharingReviews(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => SharingReviewFilter, { nullable: true }) filter: SharingReviewFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<SharingReview> = [];
    if (filter?.projectId) where.push({ project: keyFilter(filter.projectId, 'Project') });
    if (filter?.status) where.push({ status: filter.status });
    return paginate(ctx, SharingReview, and(where), page, { requestedAt: 'desc' });
  }

  @Query(() => SharingReview)
  sharingReview(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, SharingReview, id);
  }

  @Mutation(() => SharingReviewPayload, { description: 'PM-15: the construction unit asks BDC to review its data sharing (again after a return)' })
  sharingReviewRequest(@Arg('input', () => SharingReviewRequestInput) input: SharingReviewRequestInput, @Ctx() ctx: RequestContext) {
    return requestSharingReview(ctx, input);
  }

  @Mutation(() => SharingReviewPayload, { description: "PM-15: BDC confirms the project's data sharing; without it no acceptance" })
  sharingReviewConfirm(@Arg('input', () => SharingReviewConfirmInput) input: SharingReviewConfirmInput, @Ctx() ctx: RequestContext) {
    return confirmSharingReview(ctx, input);
  }

  @Mutation(() => SharingReviewPayload, { description: 'PM-15: BDC returns the review with its findings' })
  sharingReviewReturn(@Arg('input', () => SharingReviewReturnInput) input: SharingReviewReturnInput, @Ctx() ctx: RequestContext) {
    return returnSharingReview(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() review: SharingReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(review.project.id);
  }

  @FieldResolver(() => User, { nullable: true })
  requestedBy(@Root() review: SharingReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(User).load(review.requestedBy.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who signed the confirmation (null unless the reader may see that user; see confirmedByName)' })
  confirmedBy(@Root() review: SharingReview, @Ctx() ctx: RequestContext) {
    return review.confirmedBy ? ctx.loaders.byKey(User).load(review.confirmedBy.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that confirmed (BDC)' })
  confirmedByAgency(@Root() review: SharingReview, @Ctx() ctx: RequestContext) {
    return review.confirmedByAgency ? ctx.loaders.byKey(Agency).load(review.confirmedByAgency.id) : null;
  }

  @FieldResolver(() => [StateTransition], { description: 'Requests, returns and the confirmation, oldest first' })
  history(@Root() review: SharingReview, @Ctx() ctx: RequestContext) {
    return factsOf(ctx).history(review.id);
  }

  @FieldResolver(() => [AvailableAction])
  availableActions(@Root() review: SharingReview, @Ctx() ctx: RequestContext) {
    return sharingReviewWorkflow.availableActions(ctx, review);
  }
}
