import Decimal from 'decimal.js';
import { addDays, maxDate, minDate, monthSpan } from '../../calendar/dates';

/**
 * CM-6: the fees of a month, computed from the quota in force each day and the unit price in force
 * that day. Nothing but these inputs goes in, so a statement can be recomputed at any time.
 *
 * Prices are CNY per unit per month (元/单位/月), as the catalog quotes them. Each day a quota line
 * is in force costs unitPrice × quantity ÷ (days in that month). Consecutive days of one quota line
 * at one price make one statement line:
 *
 *     amount = unitPrice × quantity × days ÷ daysInMonth, rounded half-up to the fen,
 *
 * computed in exact decimals (decimal.js, 40 significant digits before the single rounding); the
 * statement's total is the sum of its lines. A line in force the whole month costs exactly
 * unitPrice × quantity.
 */

/** A quota line: `quantity` of `itemId` on a tenancy from `from` up to, not including, `to`. */
export interface QuotaPeriod {
  tenancyId: string;
  tenancyCode: string;
  itemId: string;
  itemCode: string;
  quantity: number;
  from: string;
  to?: string | null;
}

export interface PricePoint {
  itemId: string;
  unitPrice: string;
  effectiveFrom: string;
}

export interface FeeLine {
  tenancyId: string;
  itemId: string;
  quantity: number;
  unitPrice: string;
  firstDay: string;
  lastDay: string;
  days: number;
  daysInMonth: number;
  amount: string;
}

export interface MonthlyFees {
  month: string;
  periodStart: string;
  periodEnd: string;
  lines: FeeLine[];
  total: string;
  /** Items in force on a day that had no price yet (the statement cannot be made). */
  unpriced: { itemId: string; day: string }[];
}

/** Exact decimals for money: 40 significant digits, half-up (price × quantity never loses a digit). */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export function lineAmount(unitPrice: string, quantity: number, days: number, daysInMonth: number): string {
  return new Exact(unitPrice).times(quantity).times(days).dividedBy(daysInMonth).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The price of `prices` in force on `day` (CM-5): the latest effective on or before it; null before the first. */
export function priceInForce<P extends { effectiveFrom: string }>(prices: readonly P[], day: string): P | null {
  let found: P | null = null;
  for (const p of prices) if (p.effectiveFrom <= day && (!found || p.effectiveFrom > found.effectiveFrom)) found = p;
  return found;
}

export function computeMonthlyFees(month: string, quota: QuotaPeriod[], prices: PricePoint[]): MonthlyFees {
  const { first, last, days: daysInMonth } = monthSpan(month);
  const pricesByItem = new Map<string, PricePoint[]>();
  for (const p of prices) pricesByItem.set(p.itemId, [...(pricesByItem.get(p.itemId) ?? []), p]);
  const lines: FeeLine[] = [];
  const unpriced: MonthlyFees['unpriced'] = [];
  const ordered = [...quota].sort(
    (a, b) => a.tenancyCode.localeCompare(b.tenancyCode) || a.itemCode.localeCompare(b.itemCode) || a.from.localeCompare(b.from),
  );
  for (const q of ordered) {
    const start = maxDate(q.from, first);
    const end = q.to ? minDate(addDays(q.to, -1), last) : last;
    let run: FeeLine | undefined;
    for (let day = start; day <= end; day = addDays(day, 1)) {
      const unitPrice = priceInForce(pricesByItem.get(q.itemId) ?? [], day)?.unitPrice;
      if (unitPrice === undefined) {
        unpriced.push({ itemId: q.itemId, day });
        run = undefined;
        continue;
      }
      if (run && run.unitPrice === unitPrice) {
        run.lastDay = day;
        run.days += 1;
      } else {
        run = { tenancyId: q.tenancyId, itemId: q.itemId, quantity: q.quantity, unitPrice, firstDay: day, lastDay: day, days: 1, daysInMonth, amount: '' };
        lines.push(run);
      }
    }
  }
  let total = new Exact(0);
  for (const line of lines) {
    line.amount = lineAmount(line.unitPrice, line.quantity, line.days, daysInMonth);
    total = total.plus(line.amount);
  }
  return { month, periodStart: first, periodEnd: last, lines, total: total.toFixed(2), unpriced };
}
