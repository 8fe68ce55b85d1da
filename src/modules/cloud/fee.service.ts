import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { monthSpan } from '../../calendar/dates';
import { conflict, invalid, notFound, precondition, Refusal } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyKind } from '../organizations/organization.enums';
import type { FeeStatementIssueInput, FeeStatementSettleInput } from './cloud.types';
import { feeStatementWorkflow } from './cloud.workflow';
import { FeeStatement, FeeStatementLine } from './fee-statement.entity';
import { computeMonthlyFees, type MonthlyFees } from './fees';
import { CloudServicePrice } from './service-item.entity';
import { CloudQuotaLine } from './tenancy.entity';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The fees of a tenant agency for a month, from its tenancies' quota lines and the catalog prices. */
export async function computeTenantFees(em: EntityManager, tenantId: string, month: string): Promise<MonthlyFees> {
  const { first, last } = monthSpan(month);
  const quota = await em.find(
    CloudQuotaLine,
    { tenancy: { tenant: tenantId }, effectiveFrom: { $lte: last }, $or: [{ effectiveTo: null }, { effectiveTo: { $gt: first } }] },
    { populate: ['tenancy', 'item'] },
  );
  const itemIds = [...new Set(quota.map((q) => q.item.id))];
  const prices = itemIds.length ? await em.find(CloudServicePrice, { item: { $in: itemIds }, effectiveFrom: { $lte: last } }) : [];
  return computeMonthlyFees(
    month,
    quota.map((q) => ({
      tenancyId: q.tenancy.id,
      tenancyCode: q.tenancy.code,
      itemId: q.item.id,
      itemCode: q.item.code,
      quantity: q.quantity,
      from: q.effectiveFrom,
      to: q.effectiveTo,
    })),
    prices.map((p) => ({ itemId: p.item.id, unitPrice: p.unitPrice, effectiveFrom: p.effectiveFrom })),
  );
}

/** CM-6: the finance bureau of the tenant's level: the municipal Finance Bureau, or the county's. */
async function payerOf(em: EntityManager, tenant: Agency): Promise<Agency | null> {
  return em.findOne(Agency, { kind: AgencyKind.FINANCE, county: tenant.county ? { code: tenant.county.code } : null });
}

async function statementParties(em: EntityManager, tenantGlobalId: string) {
  const key = keyOf(tenantGlobalId, 'Agency');
  const tenant = key ? await em.findOne(Agency, key) : null;
  if (!tenant || ![AgencyKind.DEPARTMENT, AgencyKind.COUNTY_GOV].includes(tenant.kind)) return null;
  const payer = await payerOf(em, tenant);
  return payer ? { tenant, payer, division: em.getReference(Division, (tenant.county?.code ?? CITY_CODE) as never) as Division } : null;
}

/**
 * CM-6 (财政部门负责云服务费用的核算及结算): the finance bureau of the tenant's level, which pays,
 * accounts for a month that has ended by issuing the tenant's statement (a clerk; its leader
 * settles it). The figures come from BDC's prices and the quota in force (CM-5, CM-14). One
 * statement per tenant and month; its figures can always be recomputed from the data.
 */
export const issueFeeStatement = feeStatementWorkflow.create<FeeStatementIssueInput>('issue', {
  async build(cmd, input) {
    const parties = await statementParties(cmd.em, input.tenantAgencyId);
    if (!parties) throw new Refusal([invalid('CM-6', 'tenantAgencyId', { zh: '没有该云使用单位', en: 'No such cloud user' })]);
    if (!MONTH.test(input.month)) throw new Refusal([invalid('CM-6', 'month', { zh: '月份格式为 YYYY-MM', en: 'The month is YYYY-MM' })]);
    const { first, last } = monthSpan(input.month);
    // Persisted by the engine once every check passed, so the checks' queries do not flush it.
    return cmd.em.create(
      FeeStatement,
      { ...parties, month: input.month, periodStart: first, periodEnd: last, total: '0.00', issuedBy: cmd.currentUser(), issuedOn: cmd.today },
      { persist: false },
    );
  },
  async check(cmd, st) {
    if (st.periodEnd >= cmd.today) {
      return [precondition('CM-6', { zh: `${st.month} 尚未结束，月结后方可出具费用结算单`, en: `${st.month} has not ended; statements are issued after the month` })];
    }
    if (await cmd.em.count(FeeStatement, { tenant: st.tenant, month: st.month })) {
      return [conflict('CM-6', { zh: '该单位该月的结算单已出具', en: 'The statement of this tenant and month was already issued' }, 'month')];
    }
    const fees = await computeTenantFees(cmd.em, st.tenant.id, st.month);
    if (fees.unpriced.length) return [precondition('CM-5', { zh: '有服务项在计费期内没有单价', en: 'An item in force during the month has no price' })];
    if (fees.lines.length === 0) return [precondition('CM-6', { zh: '该单位该月没有在用的云资源', en: 'The tenant had no cloud resources in force that month' })];
    return [];
  },
  async apply(cmd, st) {
    const fees = await computeTenantFees(cmd.em, st.tenant.id, st.month);
    st.total = fees.total;
    for (const line of fees.lines) {
      cmd.em.create(FeeStatementLine, {
        statement: st,
        tenancy: line.tenancyId,
        item: line.itemId,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        firstDay: line.firstDay,
        lastDay: line.lastDay,
        days: line.days,
        daysInMonth: line.daysInMonth,
        amount: line.amount,
      });
    }
  },
});

/** CM-6: the finance bureau of the statement's level records it settled. */
export const settleFeeStatement = feeStatementWorkflow.step<FeeStatementSettleInput>('settle', {
  note: (input) => input.settlementRef,
  apply(cmd, st, input) {
    st.settledOn = cmd.today;
    st.settledBy = cmd.currentUser();
    st.settlementRef = input.settlementRef?.trim() || undefined;
  },
});

/**
 * The fees of a tenant for a month as the data gives them now, without issuing anything: the month
 * so far, or an issued month recomputed (which must equal its statement). Readable by whoever may
 * read that tenant's statements.
 */
export async function previewFees(ctx: RequestContext, tenantAgencyId: string, month: string): Promise<MonthlyFees> {
  const parties = MONTH.test(month) ? await statementParties(ctx.em, tenantAgencyId) : null;
  if (!parties) throw notFound(ctx.lang, 'FeeStatement');
  const probe = new FeeStatement();
  Object.assign(probe, { ...parties, month });
  if (!ctx.ability.can('read', probe)) throw notFound(ctx.lang, 'FeeStatement');
  return computeTenantFees(ctx.em, parties.tenant.id, month);
}

