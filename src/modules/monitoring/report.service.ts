import { raw, type QBFilterQuery } from '@mikro-orm/core';
import { subject } from '@casl/ability';
import Decimal from 'decimal.js';
import type { RequestContext } from '../../context';
import { NOTHING } from '../../authz/access-filter';
import { todayOf } from '../../calendar/clock';
import { addMonths, monthSpan } from '../../calendar/dates';
import { invalidArgument } from '../../graphql/errors';
import { readFilter } from '../../graphql/loaders';
import { rulebook } from '../../rulebook/rulebook';
import { CloudQuotaLine } from '../cloud/tenancy.entity';
import { PERCENT_UNIT } from './reading.service';
import { UtilisationReading } from './reading.entity';

/**
 * CM-14 定期反馈: utilisation reports and idle resources are **computed when asked**, not stored by
 * a job. Readings arrive late and are corrected (a new revision); a stored report would then be
 * stale, or need regenerating and versioning of its own, while the computation is two statements
 * (quota lines in force, readings summed in SQL per tenancy and item) whatever the number of rows,
 * and always sees what the reader may see. The period's length is the rulebook's
 * `utilisationReportMonths` (1: monthly; 3: quarterly).
 */

export interface Period {
  label: string;
  start: string;
  end: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The report's period length in months (rulebook: utilisationReportMonths, CM-14). */
export function reportMonths(): number {
  const months = rulebook.threshold('utilisationReportMonths').value.toNumber();
  return months === 3 ? 3 : 1;
}

/** `YYYY-MM` (a month) or `YYYY-Qn` (a quarter). */
export function parsePeriod(label: string): Period | null {
  const m = MONTH.exec(label);
  if (m) {
    const { first, last } = monthSpan(label);
    return { label, start: first, end: last };
  }
  const q = QUARTER.exec(label);
  if (q) {
    const firstMonth = `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}`;
    return { label, start: `${firstMonth}-01`, end: monthSpan(addMonths(`${firstMonth}-01`, 2).slice(0, 7)).last };
  }
  return null;
}

/** The period of the configured length that contains `day`. */
export function periodOf(day: string, months = reportMonths()): Period {
  if (months === 3) return parsePeriod(`${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`)!;
  return parsePeriod(day.slice(0, 7))!;
}

/** The last `n` complete periods before today, oldest first. */
export function lastPeriods(today: string, n: number, months = reportMonths()): Period[] {
  const out: Period[] = [];
  let p = periodOf(today, months);
  for (let i = 0; i < n; i++) {
    p = periodOf(addMonths(p.start, -months), months);
    out.unshift(p);
  }
  return out;
}

export function periodArg(ctx: RequestContext, label: string | undefined | null): Period {
  if (!label) return lastPeriods(todayOf(ctx.services.clock), 1)[0];
  const p = parsePeriod(label.trim());
  if (!p) throw invalidArgument(ctx.lang, 'period', { zh: '期间为 YYYY-MM 或 YYYY-Qn', en: 'The period is YYYY-MM or YYYY-Qn' }, 'CM-14');
  return p;
}

export interface ReportLine {
  tenancyId: string;
  itemId: string;
  quota: number;
  /** Days of the period with a reading. */
  readingDays: number;
  readings: number;
  /** In the item's unit; null without a reading. */
  average: string | null;
  peak: string | null;
  averagePercent: string | null;
  peakPercent: string | null;
  idlePercent: string | null;
}

export interface Report {
  departmentId: string;
  period: Period;
  lines: ReportLine[];
}

interface QuotaRow {
  tenancy: string;
  item: string;
  quantity: number;
  effective_from: string;
  department: string;
}

interface ReadingSum {
  tenancy: string;
  item: string;
  unit: string;
  bucket: string;
  weighted: string;
  days: number;
  peak: string;
  readings: number;
}

/** The department a tenancy reports to: its user department, else its tenant (CM-7, CM-10). */
const DEPARTMENT_SQL = 'coalesce(t.user_department_id, t.tenant_id)';

/** Quota lines in force at some time in [start, end] that the reader may see, with each tenancy's department. */
async function quotaRows(ctx: RequestContext, start: string, end: string, departmentId?: string): Promise<QuotaRow[]> {
  const filter = readFilter(ctx, CloudQuotaLine);
  if (filter === NOTHING) return [];
  const qb = ctx.em
    .createQueryBuilder(CloudQuotaLine, 'q')
    .join('q.tenancy', 't')
    .select([
      raw('q.tenancy_id as tenancy'),
      raw('q.item_id as item'),
      raw('q.quantity as quantity'),
      raw(`to_char(q.effective_from, 'YYYY-MM-DD') as effective_from`),
      raw(`${DEPARTMENT_SQL} as department`),
    ])
    .where({ $and: [{ effectiveFrom: { $lte: end } }, { $or: [{ effectiveTo: null }, { effectiveTo: { $gt: start } }] }, filter] } as QBFilterQuery<CloudQuotaLine>)
    .orderBy({ effectiveFrom: 'asc' });
  if (departmentId) qb.andWhere(raw(`${DEPARTMENT_SQL} = ?`, [departmentId]));
  return qb.execute<QuotaRow[]>('all', false);
}

/** Current readings of the tenancies within [start, end] the reader may see, summed per tenancy, item, unit and month. */
async function readingSums(ctx: RequestContext, tenancyIds: string[], start: string, end: string): Promise<ReadingSum[]> {
  const filter = readFilter(ctx, UtilisationReading);
  if (filter === NOTHING || tenancyIds.length === 0) return [];
  const rows = await ctx.em
    .createQueryBuilder(UtilisationReading, 'r')
    .select([
      raw('r.tenancy_id as tenancy'),
      raw('r.item_id as item'),
      raw('r.unit as unit'),
      raw(`to_char(r.period_start, 'YYYY-MM') as bucket`),
      raw('sum(r.average * (r.period_end - r.period_start + 1))::text as weighted'),
      raw('sum(r.period_end - r.period_start + 1)::int as days'),
      raw('max(r.peak)::text as peak'),
      raw('count(*)::int as readings'),
    ])
    .where({
      $and: [{ tenancy: { $in: tenancyIds } }, { periodStart: { $gte: start } }, { periodEnd: { $lte: end } }, { supersededAt: null }, filter],
    } as QBFilterQuery<UtilisationReading>)
    .groupBy([raw('r.tenancy_id'), raw('r.item_id'), raw('r.unit'), raw(`to_char(r.period_start, 'YYYY-MM')`)])
    .execute<ReadingSum[]>('all', false);
  return rows;
}

const pct = (d: Decimal) => d.toDecimalPlaces(2).toFixed(2);

/** One line from the quota and the readings' sums (in the item's unit or in % of the quota). */
function lineOf(tenancyId: string, itemId: string, quota: number, sums: ReadingSum[]): ReportLine {
  let weightedPercent = new Decimal(0);
  let days = 0;
  let readings = 0;
  let peakPercent: Decimal | null = null;
  for (const s of sums) {
    const toPercent = (v: Decimal) => (s.unit === PERCENT_UNIT ? v : quota > 0 ? v.times(100).dividedBy(quota) : new Decimal(0));
    weightedPercent = weightedPercent.plus(toPercent(new Decimal(s.weighted)));
    days += s.days;
    readings += s.readings;
    const peak = toPercent(new Decimal(s.peak));
    peakPercent = peakPercent === null || peak.greaterThan(peakPercent) ? peak : peakPercent;
  }
  if (days === 0) {
    return { tenancyId, itemId, quota, readingDays: 0, readings: 0, average: null, peak: null, averagePercent: null, peakPercent: null, idlePercent: null };
  }
  const averagePercent = weightedPercent.dividedBy(days);
  const ofQuota = (p: Decimal) => p.times(quota).dividedBy(100).toDecimalPlaces(4).toFixed(4);
  return {
    tenancyId,
    itemId,
    quota,
    readingDays: days,
    readings,
    average: ofQuota(averagePercent),
    peak: ofQuota(peakPercent!),
    averagePercent: pct(averagePercent),
    peakPercent: pct(peakPercent!),
    idlePercent: pct(Decimal.max(0, new Decimal(100).minus(averagePercent))),
  };
}

/** The quota of each (tenancy, item) for the period: the last line in force in it. */
function quotaByKey(rows: QuotaRow[]): Map<string, QuotaRow> {
  const out = new Map<string, QuotaRow>();
  for (const r of rows) out.set(`${r.tenancy}|${r.item}`, r); // ordered by effective_from: the last wins
  return out;
}

const canReadReport = (ctx: RequestContext, departmentId: string) => ctx.ability.can('read', subject('UtilisationReport', { department: { id: departmentId } }));

/**
 * CM-14: the utilisation reports of a period, one per user department the reader may read a report
 * of (BDC and the Audit Bureau: every department with a tenancy; a department: its own). Each lists
 * its tenancies' quota per item, average and peak use and the idle share. Two statements in all.
 */
export async function utilisationReports(ctx: RequestContext, period: Period, departmentId?: string): Promise<Report[]> {
  const quota = await quotaRows(ctx, period.start, period.end, departmentId);
  const byKey = quotaByKey(quota);
  const sums = await readingSums(ctx, [...new Set(quota.map((q) => q.tenancy))], period.start, period.end);
  const sumsByKey = new Map<string, ReadingSum[]>();
  for (const s of sums) {
    const key = `${s.tenancy}|${s.item}`;
    sumsByKey.set(key, [...(sumsByKey.get(key) ?? []), s]);
  }
  const reports = new Map<string, Report>();
  for (const [key, q] of byKey) {
    if (!canReadReport(ctx, q.department)) continue;
    const report = reports.get(q.department) ?? { departmentId: q.department, period, lines: [] };
    reports.set(q.department, report);
    report.lines.push(lineOf(q.tenancy, q.item, q.quantity, sumsByKey.get(key) ?? []));
  }
  return [...reports.values()];
}

export interface IdleResource {
  tenancyId: string;
  itemId: string;
  quota: number;
  thresholdPercent: string;
  periods: { period: Period; averagePercent: string }[];
  averagePercent: string;
}

/**
 * CM-14 (效益最大化): the tenancies' items BDC should look at, whose average use stayed below the
 * rulebook's `idleUtilisationPercent` of the quota in each of the last `idleUtilisationPeriods`
 * complete periods (each of them with readings). Two statements in all.
 */
export async function idleResources(ctx: RequestContext, options: { periods?: number | null; thresholdPercent?: string | null }): Promise<IdleResource[]> {
  if (!ctx.ability.can('read', 'IdleCloudResource')) return [];
  const n = options.periods ?? rulebook.threshold('idleUtilisationPeriods').value.toNumber();
  const threshold = options.thresholdPercent != null ? new Decimal(options.thresholdPercent) : rulebook.threshold('idleUtilisationPercent').value;
  const periods = lastPeriods(todayOf(ctx.services.clock), n);
  const start = periods[0].start;
  const end = periods[periods.length - 1].end;
  const quota = await quotaRows(ctx, start, end);
  const sums = await readingSums(ctx, [...new Set(quota.map((q) => q.tenancy))], start, end);
  const idle: IdleResource[] = [];
  for (const [key, q] of quotaByKey(quota)) {
    const mine = sums.filter((s) => `${s.tenancy}|${s.item}` === key);
    const per = periods.map((p) => ({ period: p, line: lineOf(q.tenancy, q.item, q.quantity, mine.filter((s) => s.bucket >= p.start.slice(0, 7) && s.bucket <= p.end.slice(0, 7))) }));
    if (!per.every((x) => x.line.averagePercent !== null && new Decimal(x.line.averagePercent).lessThan(threshold))) continue;
    const overall = lineOf(q.tenancy, q.item, q.quantity, mine);
    idle.push({
      tenancyId: q.tenancy,
      itemId: q.item,
      quota: q.quantity,
      thresholdPercent: threshold.toFixed(2),
      periods: per.map((x) => ({ period: x.period, averagePercent: x.line.averagePercent! })),
      averagePercent: overall.averagePercent!,
    });
  }
  return idle.sort((a, b) => new Decimal(a.averagePercent).comparedTo(b.averagePercent));
}

