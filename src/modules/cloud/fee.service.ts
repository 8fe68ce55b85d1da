import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { monthSpan } from '../../calendar/dates';
import { notFound, Refusal, UserErrorCode } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { runCommand } from '../../workflow/command';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyKind } from '../organizations/organization.enums';
import { FeeStatementStatus } from './cloud.enums';
import { precondition } from './cloud.errors';
import { today as todayOf } from './cloud.workflow';
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

export interface IssueInput {
  tenantAgencyId: string;
  month: string;
}

/**
 * CM-6 (财政部门负责云服务费用的核算及结算): the finance bureau of the tenant's level, which pays,
 * accounts for a month that has ended by issuing the tenant's statement (a clerk; its leader
 * settles it). The figures come from BDC's prices and the quota in force (CM-5, CM-14). One
 * statement per tenant and month; its figures can always be recomputed from the data.
 */
export function issueFeeStatement(ctx: RequestContext, input: IssueInput) {
  return runCommand(ctx, { action: 'issue', subjectType: 'FeeStatement' }, async (cmd) => {
    const parties = await statementParties(cmd.em, input.tenantAgencyId);
    if (!parties) throw Refusal.of(UserErrorCode.INVALID_INPUT, 'CM-6', { zh: '没有该云使用单位', en: 'No such cloud user' }, 'tenantAgencyId');
    if (!MONTH.test(input.month)) throw Refusal.of(UserErrorCode.INVALID_INPUT, 'CM-6', { zh: '月份格式为 YYYY-MM', en: 'The month is YYYY-MM' }, 'month');
    const { first, last } = monthSpan(input.month);
    const st = cmd.em.create(FeeStatement, {
      ...parties,
      month: input.month,
      periodStart: first,
      periodEnd: last,
      total: '0.00',
      issuedBy: cmd.currentUser(),
      issuedOn: todayOf(ctx),
    }, { persist: false }); // persisted once every check passed, so the checks' queries do not flush it
    cmd.authorize('issue', st);
    cmd.subjectId = st.id;
    if (last >= todayOf(ctx)) {
      throw new Refusal([precondition('CM-6', `${input.month} 尚未结束，月结后方可出具费用结算单`, `${input.month} has not ended; statements are issued after the month`)]);
    }
    if (await cmd.em.count(FeeStatement, { tenant: parties.tenant, month: input.month })) {
      throw Refusal.of(UserErrorCode.CONFLICT, 'CM-6', { zh: '该单位该月的结算单已出具', en: 'The statement of this tenant and month was already issued' }, 'month');
    }
    const fees = await computeTenantFees(cmd.em, parties.tenant.id, input.month);
    if (fees.unpriced.length) {
      throw new Refusal([precondition('CM-5', '有服务项在计费期内没有单价', 'An item in force during the month has no price')]);
    }
    if (fees.lines.length === 0) {
      throw new Refusal([precondition('CM-6', '该单位该月没有在用的云资源', 'The tenant had no cloud resources in force that month')]);
    }
    st.total = fees.total;
    cmd.em.persist(st);
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
    return st;
  });
}

/** CM-6: the finance bureau of the statement's level records it settled. */
export function settleFeeStatement(ctx: RequestContext, id: string, settlementRef?: string) {
  const key = keyOf(id, 'FeeStatement');
  return runCommand(ctx, { action: 'settle', subjectType: 'FeeStatement', subjectId: key ?? undefined }, async (cmd) => {
    const st = key ? await cmd.em.findOne(FeeStatement, key) : null;
    if (!st || !cmd.canRead(st)) throw cmd.notFound('FeeStatement');
    cmd.authorize('settle', st);
    if (st.status !== FeeStatementStatus.ISSUED) {
      throw new Refusal([precondition('CM-6', '结算单已结算', 'The statement is already settled')]);
    }
    st.status = FeeStatementStatus.SETTLED;
    st.settledOn = todayOf(ctx);
    st.settledBy = cmd.currentUser();
    st.settlementRef = settlementRef?.trim() || undefined;
    return st;
  });
}

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

