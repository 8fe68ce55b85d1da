import Decimal from 'decimal.js';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { invalid, refuseIfAny, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { PayloadType } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType, paginate } from '../../graphql/relay';
import { DecimalScalar, isIsoDate, LocalDateScalar, money } from '../../graphql/scalars';
import { runCommand } from '../../workflow/command';
import { Agency } from '../organizations/agency.entity';
import { AgencyKind } from '../organizations/organization.enums';
import { Plan, PlanEntry, PlanKind } from './plan.entity';

const PlanConnection = ConnectionType(Plan);
const PlanPayload = PayloadType('PlanPayload', 'plan', Plan);

@InputType()
class PlanCreateInput {
  @Field(() => PlanKind) kind!: PlanKind;
  @Field(() => Int) year!: number;
  @Field(() => String) title!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Approved by the municipal government on (PM-6)' }) approvedOn?: string;
}

@InputType()
class PlanEntryAddInput {
  @Field(() => ID) planId!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { description: 'The unit that will build it' }) unitId!: string;
  @Field(() => DecimalScalar, { nullable: true }) estimatedInvestment?: string;
}

/** Kinds that build projects (policies/construction-unit.rules.json). */
const CONSTRUCTION_UNIT_KINDS = [AgencyKind.DEPARTMENT, AgencyKind.BDC, AgencyKind.FINANCE, AgencyKind.NSC, AgencyKind.GOV_OFFICE, AgencyKind.PARTY_OFFICE];

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => PlanConnection, { description: 'Informatization plans and annual plans (PM-6)' })
  plans(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return paginate(ctx, Plan, {}, page, { year: 'desc' });
  }

  @FieldResolver(() => [PlanEntry])
  entries(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(PlanEntry, 'plan').load(plan.id);
  }

  @Mutation(() => PlanPayload, { description: 'PM-6: DRC records a plan approved by the government' })
  planCreate(@Arg('input', () => PlanCreateInput) input: PlanCreateInput, @Ctx() ctx: RequestContext) {
    return runCommand(ctx, { action: 'create', subjectType: 'Plan' }, async (cmd) => {
      const problems: Problem[] = [];
      if (!input.title.trim()) problems.push(invalid('PM-6', 'title', { zh: '请填写规划名称', en: 'Give the title' }));
      if (input.year < 2021 || input.year > 2100) problems.push(invalid('PM-6', 'year', { zh: '年份无效', en: 'Invalid year' }));
      if (input.approvedOn && !isIsoDate(input.approvedOn)) problems.push(invalid('PM-6', 'approvedOn', { zh: '日期无效', en: 'Invalid date' }));
      const plan = cmd.em.create(Plan, { kind: input.kind, year: input.year, title: input.title.trim(), approvedOn: input.approvedOn });
      cmd.subjectId = plan.id;
      cmd.authorize('create', plan);
      refuseIfAny(problems);
      return plan;
    });
  }

  @Mutation(() => PlanPayload, { description: 'PM-6: add an entry (a project to be built) to a plan' })
  planEntryAdd(@Arg('input', () => PlanEntryAddInput) input: PlanEntryAddInput, @Ctx() ctx: RequestContext) {
    return runCommand(ctx, { action: 'create', subjectType: 'PlanEntry' }, async (cmd) => {
      const planKey = keyOf(input.planId, 'Plan');
      const plan = planKey ? await cmd.em.findOne(Plan, planKey) : null;
      if (!plan) throw cmd.notFound('Plan');
      const unitKey = keyOf(input.unitId, 'Agency');
      const unit = unitKey ? await cmd.em.findOne(Agency, unitKey) : null;
      const problems: Problem[] = [];
      if (!unit || !CONSTRUCTION_UNIT_KINDS.includes(unit.kind)) problems.push(invalid('PM-6', 'unitId', { zh: '须为市直部门或县级部门', en: 'Name a department' }));
      if (!input.name.trim()) problems.push(invalid('PM-6', 'name', { zh: '请填写项目名称', en: 'Give the name' }));
      if (input.estimatedInvestment && new Decimal(input.estimatedInvestment).isNegative()) {
        problems.push(invalid('PM-6', 'estimatedInvestment', { zh: '估算投资不能为负', en: 'The estimate cannot be negative' }));
      }
      const entry = cmd.em.create(PlanEntry, {
        plan,
        name: input.name.trim(),
        unit: unit ?? cmd.currentAgency(),
        estimatedInvestment: input.estimatedInvestment ? money(input.estimatedInvestment) : undefined,
      });
      cmd.subjectId = entry.id;
      cmd.authorize('create', entry);
      refuseIfAny(problems);
      return plan;
    });
  }
}

@Resolver(() => PlanEntry)
export class PlanEntryResolver {
  @FieldResolver(() => Agency, { nullable: true })
  unit(@Root() entry: PlanEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(entry.unit.id);
  }
}
