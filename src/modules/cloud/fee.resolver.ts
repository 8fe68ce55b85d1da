import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, findReadable, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { Agency } from '../organizations/agency.entity';
import { AvailableAction } from '../../workflow/available-actions';
import {
  FeeLinePreview,
  FeeStatementConnection,
  FeeStatementFilter,
  FeeStatementIssueInput,
  FeeStatementPayload,
  FeeStatementPreview,
  FeeStatementSettleInput,
} from './cloud.types';
import { feeStatementWorkflow } from './cloud.workflow';
import { issueFeeStatement, previewFees, settleFeeStatement } from './fee.service';
import { FeeStatement, FeeStatementLine } from './fee-statement.entity';
import { CloudServiceItem } from './service-item.entity';
import { CloudTenancy } from './tenancy.entity';

@Resolver(() => FeeStatement)
export class FeeStatementResolver {
  @Query(() => FeeStatementConnection, { description: 'CM-6: monthly fee statements the reader may see' })
  feeStatements(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => FeeStatementFilter, { nullable: true }) filter: FeeStatementFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<FeeStatement> = [];
    if (filter?.month) where.push({ month: filter.month });
    if (filter?.tenantAgencyId) where.push({ tenant: keyFilter(filter.tenantAgencyId, 'Agency') });
    if (filter?.status) where.push({ status: filter.status });
    return paginate(ctx, FeeStatement, and(where), page, { month: 'desc' });
  }

  @Query(() => FeeStatement)
  feeStatement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, FeeStatement, id);
  }

  @Query(() => FeeStatementPreview, { description: 'CM-6: a tenant’s fees for a month recomputed now from the data (not stored)' })
  async feeStatementPreview(@Arg('tenantAgencyId', () => ID) tenantAgencyId: string, @Arg('month', () => String) month: string, @Ctx() ctx: RequestContext) {
    const fees = await previewFees(ctx, tenantAgencyId, month);
    return Object.assign(new FeeStatementPreview(), {
      ...fees,
      lines: fees.lines.map((l) => Object.assign(new FeeLinePreview(), l)),
    });
  }

  @Mutation(() => FeeStatementPayload, { description: 'CM-6: the finance bureau of the tenant’s level (a clerk) accounts for an ended month: it issues the tenant’s statement, which its leader settles' })
  feeStatementIssue(@Arg('input', () => FeeStatementIssueInput) input: FeeStatementIssueInput, @Ctx() ctx: RequestContext) {
    return issueFeeStatement(ctx, input);
  }

  @Mutation(() => FeeStatementPayload, { description: 'CM-6: the finance bureau of the statement’s level records it settled' })
  feeStatementSettle(@Arg('input', () => FeeStatementSettleInput) input: FeeStatementSettleInput, @Ctx() ctx: RequestContext) {
    return settleFeeStatement(ctx, input);
  }

  @FieldResolver(() => [AvailableAction], { description: 'What the reader may do next, and why not' })
  availableActions(@Root() st: FeeStatement, @Ctx() ctx: RequestContext) {
    return feeStatementWorkflow.availableActions(ctx, st);
  }

  @FieldResolver(() => Agency, { nullable: true })
  tenant(@Root() st: FeeStatement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(st.tenant.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The finance bureau that settles it (CM-6)' })
  payer(@Root() st: FeeStatement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(st.payer.id);
  }

  @FieldResolver(() => [FeeStatementLine])
  async lines(@Root() st: FeeStatement, @Ctx() ctx: RequestContext) {
    const lines = await ctx.loaders.manyBy(FeeStatementLine, 'statement').load(st.id);
    return [...lines].sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.tenancy.id.localeCompare(b.tenancy.id) || a.item.id.localeCompare(b.item.id));
  }
}

@Resolver(() => FeeStatementLine)
export class FeeStatementLineResolver {
  @FieldResolver(() => CloudTenancy, { nullable: true })
  tenancy(@Root() l: FeeStatementLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudTenancy).load(l.tenancy.id);
  }

  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() l: FeeStatementLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(l.item.id);
  }
}

@Resolver(() => FeeLinePreview)
export class FeeLinePreviewResolver {
  @FieldResolver(() => CloudTenancy, { nullable: true })
  tenancy(@Root() l: FeeLinePreview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudTenancy).load(l.tenancyId);
  }

  @FieldResolver(() => CloudServiceItem, { nullable: true })
  item(@Root() l: FeeLinePreview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudServiceItem).load(l.itemId);
  }
}
