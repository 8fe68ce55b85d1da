import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { ProjectRecordFilter } from '../acceptance/acceptance.types';
import { Agency } from '../organizations/agency.entity';
import { Project } from '../projects/project.entity';
import { SecurityReview } from './security-review.entity';
import { recordSecurityReview } from './security-review.service';
import { SecurityReviewConnection, SecurityReviewPayload, SecurityReviewRecordInput } from './security-review.types';

@Resolver(() => SecurityReview)
export class SecurityReviewResolver {
  @Query(() => SecurityReviewConnection, { description: "NSC's security reviews (PM-4, PM-12) the reader may see, newest first" })
  securityReviews(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProjectRecordFilter, { nullable: true }) filter: ProjectRecordFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<SecurityReview> = [];
    if (filter?.projectId) where.push({ project: keyFilter(filter.projectId, 'Project') });
    return paginate(ctx, SecurityReview, and(where), page, { reviewedOn: 'desc' });
  }

  @Mutation(() => SecurityReviewPayload, { description: "PM-4, PM-12: NSC records its security review of a project (findings, conclusion, cryptography plan)" })
  securityReviewRecord(@Arg('input', () => SecurityReviewRecordInput) input: SecurityReviewRecordInput, @Ctx() ctx: RequestContext) {
    return recordSecurityReview(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() review: SecurityReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(review.project.id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  reviewedByAgency(@Root() review: SecurityReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(review.reviewedByAgency.id);
  }
}

/** A project's security reviews, through a loader: one statement for a page of projects. */
@Resolver(() => Project)
export class ProjectSecurityReviewResolver {
  @FieldResolver(() => [SecurityReview], { description: "PM-4, PM-12: NSC's security reviews of the project the reader may see, oldest first" })
  securityReviews(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(SecurityReview, 'project').load(project.id);
  }
}
