import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PayloadType } from '../../graphql/payload';
import { and, findReadable, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, ConnectionType, paginate } from '../../graphql/relay';
import { Agency } from './agency.entity';
import { AvailableAction } from '../../workflow/available-actions';
import { RectificationOrder } from './rectification-order.entity';
import { closeRectificationOrder, issueRectificationOrder, rectificationWorkflow } from './rectification.service';
import { RectificationOrderCloseInput, RectificationOrderFilter, RectificationOrderIssueInput } from './rectification.types';
import { User } from './user.entity';
import { ProjectFinding } from '../acceptance/project-finding.entity';

const RectificationOrderConnection = ConnectionType(RectificationOrder);
const RectificationOrderPayload = PayloadType('RectificationOrderPayload', 'rectificationOrder', RectificationOrder);

@Resolver(() => RectificationOrder)
export class RectificationOrderResolver {
  @Query(() => RectificationOrderConnection, { description: 'Rectification orders (PM-17) the reader may see' })
  rectificationOrders(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => RectificationOrderFilter, { nullable: true }) filter: RectificationOrderFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<RectificationOrder> = [];
    if (filter?.unitId) where.push({ unit: keyFilter(filter.unitId, 'Agency') });
    if (filter?.status) where.push({ status: filter.status });
    return paginate(ctx, RectificationOrder, and(where), page, { createdAt: 'desc' });
  }

  @Query(() => RectificationOrder)
  rectificationOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, RectificationOrder, id);
  }

  @Mutation(() => RectificationOrderPayload, { description: 'PM-17: order a unit to rectify (NSC, BDC or DRC, each within its duty; the Government Office on a finding of its inspection)' })
  rectificationOrderIssue(@Arg('input', () => RectificationOrderIssueInput) input: RectificationOrderIssueInput, @Ctx() ctx: RequestContext) {
    return issueRectificationOrder(ctx, input);
  }

  @Mutation(() => RectificationOrderPayload, { description: 'PM-17: record that the unit rectified' })
  rectificationOrderClose(@Arg('input', () => RectificationOrderCloseInput) input: RectificationOrderCloseInput, @Ctx() ctx: RequestContext) {
    return closeRectificationOrder(ctx, input);
  }

  @FieldResolver(() => [AvailableAction], { description: 'close: whether the reader may, and why not' })
  availableActions(@Root() order: RectificationOrder, @Ctx() ctx: RequestContext) {
    return rectificationWorkflow.availableActions(ctx, order);
  }

  @FieldResolver(() => Agency, { nullable: true })
  unit(@Root() order: RectificationOrder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(order.unit.id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  issuedByAgency(@Root() order: RectificationOrder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(order.issuedByAgency.id);
  }

  @FieldResolver(() => ProjectFinding, { nullable: true, description: 'PM-19: the finding the order rests on (null if none, or unless the reader may see it)' })
  finding(@Root() order: RectificationOrder, @Ctx() ctx: RequestContext) {
    return order.finding ? ctx.loaders.byKey(ProjectFinding).load(order.finding.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  issuedBy(@Root() order: RectificationOrder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(User).load(order.issuedBy.id);
  }
}
