import { parse as parseCsv } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import Decimal from 'decimal.js';
import type { RequestContext } from '../../context';
import { monthSpan } from '../../calendar/dates';
import { conflict, invalid, Refusal, type Msg, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate } from '../../graphql/scalars';
import { runCommand, type CommandResult } from '../../workflow/command';
import { CloudServiceItem } from '../cloud/service-item.entity';
import { CloudQuotaLine, CloudTenancy } from '../cloud/tenancy.entity';
import { UtilisationReading } from './reading.entity';

/** The most readings one batch may carry (a month of daily readings of ~60 tenancy items). */
export const MAX_READINGS_PER_BATCH = 2000;

/** The unit of a reading given as a share of the quota in force, rather than in the item's own unit. */
export const PERCENT_UNIT = '%';

/** One reading as posted: in JSON, in a CSV row, or in the GraphQL input. Every value is checked. */
export interface ReadingRow {
  /** The tenancy's filing number (e.g. YZ-2026-00012) or global ID. */
  tenancy?: unknown;
  /** The catalog item's code (e.g. ECS-VCPU) or global ID. */
  item?: unknown;
  /** YYYY-MM: the whole month; or periodStart and periodEnd within one month. */
  month?: unknown;
  periodStart?: unknown;
  periodEnd?: unknown;
  average?: unknown;
  peak?: unknown;
  unit?: unknown;
  /** True: replaces a different current reading of the same key with a new revision. */
  correction?: unknown;
}

export enum ReadingOutcome {
  CREATED = 'CREATED',
  UNCHANGED = 'UNCHANGED',
  CORRECTED = 'CORRECTED',
}

export interface ReadingResult {
  row: number;
  outcome: ReadingOutcome;
  reading: UtilisationReading;
}

export interface BatchResult {
  created: number;
  corrected: number;
  unchanged: number;
  readings: ReadingResult[];
}

interface ParsedRow {
  row: number;
  tenancyRef: string;
  itemRef: string;
  periodStart: string;
  periodEnd: string;
  average: Decimal;
  peak: Decimal;
  unit: string;
  correction: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const AMOUNT = /^\d{1,10}(\.\d{1,4})?$/;
const CSV_COLUMNS = ['tenancy', 'item', 'month', 'periodStart', 'periodEnd', 'average', 'peak', 'unit', 'correction'];

/** The `field` of a row's problem: `rows[3].average` (rows count from 1, as a CSV's data lines do). */
export const rowField = (row: number, field?: string) => `rows[${row}]${field ? `.${field}` : ''}`;

/** The row a problem's field names, or null for a problem of the whole batch. */
export function rowOf(field: string | undefined): number | null {
  const m = field ? /^rows\[(\d+)\]/.exec(field) : null;
  return m ? Number(m[1]) : null;
}

const bad = (row: number, field: string, message: Msg): Problem => invalid('CM-14', rowField(row, field), message);

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

function amount(v: unknown): Decimal | null {
  const s = text(v);
  return s !== undefined && AMOUNT.test(s) ? new Decimal(s) : null;
}

function flag(v: unknown): boolean | null {
  if (v === undefined || v === null || v === '' || v === false || v === 'false' || v === '0') return false;
  if (v === true || v === 'true' || v === '1') return true;
  return null;
}

/** Checks one row on its own (no database): the period, the amounts, the unit's form. */
function parseRow(raw: unknown, row: number, today: string): { parsed?: ParsedRow; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [invalid('CM-14', rowField(row), { zh: '每条读数须为一个对象', en: 'Each reading is an object' })] };
  }
  const r = raw as ReadingRow;
  const tenancyRef = text(r.tenancy);
  const itemRef = text(r.item);
  if (!tenancyRef) problems.push(bad(row, 'tenancy', { zh: '请填写租户编号', en: 'Give the tenancy' }));
  if (!itemRef) problems.push(bad(row, 'item', { zh: '请填写服务项编码', en: 'Give the service item' }));
  const month = text(r.month) || undefined;
  const start = text(r.periodStart) || undefined;
  const end = text(r.periodEnd) || undefined;
  let periodStart: string | undefined;
  let periodEnd: string | undefined;
  if (month !== undefined && (start !== undefined || end !== undefined)) {
    problems.push(bad(row, 'month', { zh: '请只填写月份，或只填写起止日期', en: 'Give the month, or the start and end dates, not both' }));
  } else if (month !== undefined) {
    if (!MONTH.test(month)) problems.push(bad(row, 'month', { zh: '月份格式为 YYYY-MM', en: 'The month is YYYY-MM' }));
    else ({ first: periodStart, last: periodEnd } = monthSpan(month));
  } else if (start === undefined || end === undefined) {
    problems.push(bad(row, 'month', { zh: '请填写月份或起止日期', en: 'Give the month, or the start and end dates' }));
  } else if (!isIsoDate(start)) {
    problems.push(bad(row, 'periodStart', { zh: '开始日期无效', en: 'Invalid start date' }));
  } else if (!isIsoDate(end)) {
    problems.push(bad(row, 'periodEnd', { zh: '结束日期无效', en: 'Invalid end date' }));
  } else if (end < start) {
    problems.push(bad(row, 'periodEnd', { zh: '结束日期不能早于开始日期', en: 'The period cannot end before it starts' }));
  } else if (start.slice(0, 7) !== end.slice(0, 7)) {
    // A period within one month, so that each reading belongs to exactly one monthly report.
    problems.push(bad(row, 'periodEnd', { zh: '一条读数的期间须在同一个月内', en: 'A reading’s period lies within one month' }));
  } else {
    periodStart = start;
    periodEnd = end;
  }
  if (periodEnd && periodEnd > today) problems.push(bad(row, 'periodEnd', { zh: '不能提交尚未结束的期间的读数', en: 'A period not yet over has no reading' }));
  const average = amount(r.average);
  const peak = amount(r.peak);
  if (!average) problems.push(bad(row, 'average', { zh: '平均使用量须为非负数（至多 4 位小数）', en: 'The average is a number ≥ 0 (up to 4 decimals)' }));
  if (!peak) problems.push(bad(row, 'peak', { zh: '峰值使用量须为非负数（至多 4 位小数）', en: 'The peak is a number ≥ 0 (up to 4 decimals)' }));
  if (average && peak && peak.lessThan(average)) problems.push(bad(row, 'peak', { zh: '峰值不能小于平均值', en: 'The peak cannot be below the average' }));
  const unit = text(r.unit);
  if (!unit || unit.length > 20) problems.push(bad(row, 'unit', { zh: '请填写计量单位（服务项的单位或 %）', en: 'Give the unit (the item’s unit, or %)' }));
  const correction = flag(r.correction);
  if (correction === null) problems.push(bad(row, 'correction', { zh: 'correction 为 true 或 false', en: 'correction is true or false' }));
  if (problems.length) return { problems };
  return {
    parsed: { row, tenancyRef: tenancyRef!, itemRef: itemRef!, periodStart: periodStart!, periodEnd: periodEnd!, average: average!, peak: peak!, unit: unit!, correction: correction! },
    problems,
  };
}

/**
 * Reads a CSV batch: a header line naming the columns (tenancy, item, month or periodStart and
 * periodEnd, average, peak, unit, optionally correction), then one reading per line. Row numbers
 * count the data lines from 1. A CSV that cannot be read at all is refused as a whole.
 */
export function rowsOfCsv(body: string): { rows?: Record<string, string>[]; problems: Problem[] } {
  let records: Record<string, string>[];
  try {
    records = parseCsv(body.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { problems: [invalid('CM-14', line ? rowField(Math.max(line - 1, 1)) : 'body', { zh: `CSV 格式错误${line ? `（第 ${line} 行）` : ''}`, en: `Malformed CSV${line ? ` (line ${line})` : ''}` })] };
  }
  const header = records.length ? Object.keys(records[0]) : [];
  const unknown = header.filter((c) => !CSV_COLUMNS.includes(c));
  if (unknown.length) {
    return { problems: [invalid('CM-14', 'body', { zh: `CSV 含未知的列：${unknown.join('、')}`, en: `Unknown CSV columns: ${unknown.join(', ')}` })] };
  }
  return { rows: records, problems: [] };
}

/** The rows of a JSON batch as sent. */
export function rowsOfJsonText(body: string): { rows?: unknown[]; problems: Problem[] } {
  try {
    return rowsOfJson(JSON.parse(body));
  } catch {
    return { problems: [invalid('CM-14', 'body', { zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' })] };
  }
}

/** The rows of a JSON batch: an array of readings, or `{ "readings": [...] }`. */
export function rowsOfJson(body: unknown): { rows?: unknown[]; problems: Problem[] } {
  const rows = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as { readings?: unknown }).readings : undefined;
  if (!Array.isArray(rows)) return { problems: [invalid('CM-14', 'body', { zh: '请提交读数数组，或 {"readings": [...]}', en: 'Send an array of readings, or {"readings": [...]}' })] };
  return { rows, problems: [] };
}

const sameValues = (r: UtilisationReading, p: ParsedRow) => new Decimal(r.average).equals(p.average) && new Decimal(r.peak).equals(p.peak) && r.unit === p.unit;

const keyString = (tenancyId: string, itemId: string, start: string, end: string) => `${tenancyId}|${itemId}|${start}|${end}`;

async function tenanciesOf(em: EntityManager, refs: string[]): Promise<Map<string, CloudTenancy>> {
  const ids = refs.map((r) => keyOf(r, 'CloudTenancy')).filter((k): k is string => Boolean(k));
  const codes = refs.filter((r) => !keyOf(r, 'CloudTenancy'));
  const found = await em.find(CloudTenancy, { $or: [{ code: { $in: codes } }, { id: { $in: ids } }] });
  const out = new Map<string, CloudTenancy>();
  for (const t of found) {
    out.set(t.code, t);
    out.set(t.globalId(), t);
  }
  return out;
}

async function itemsOf(em: EntityManager, refs: string[]): Promise<Map<string, CloudServiceItem>> {
  const ids = refs.map((r) => keyOf(r, 'CloudServiceItem')).filter((k): k is string => Boolean(k));
  const codes = refs.filter((r) => !keyOf(r, 'CloudServiceItem'));
  const found = await em.find(CloudServiceItem, { $or: [{ code: { $in: codes } }, { id: { $in: ids } }] });
  const out = new Map<string, CloudServiceItem>();
  for (const i of found) {
    out.set(i.code, i);
    out.set(i.globalId(), i);
  }
  return out;
}

/**
 * CM-14: the monitoring platform posts a batch of readings. **All or nothing**: every row is
 * checked, every problem is answered at once with its row (`rows[N].field`), and a batch with any
 * problem writes nothing. Idempotent per reading, by its natural key (tenancy, item, period):
 * - a key not yet read: the reading is CREATED;
 * - the same values again (in this batch or a later one): UNCHANGED, nothing is written (a reading
 *   posted twice counts once);
 * - other values for a key that has a current reading: CONFLICT, unless the row says
 *   `correction: true`, when a new revision is CORRECTED in and the one it replaces is kept, marked
 *   superseded (an adjustment citing it still shows what it rested on);
 * - one batch giving two different values for one key: INVALID_INPUT.
 * The batch is one command: one audit event, whatever the outcome.
 */
export function postReadings(ctx: RequestContext, rows: unknown[], batchProblems: Problem[] = []): Promise<CommandResult<BatchResult>> {
  return runCommand(ctx, { action: 'post', subjectType: 'UtilisationReading' }, async (cmd) => {
    cmd.authorize('post', 'UtilisationReading');
    if (batchProblems.length) throw new Refusal(batchProblems);
    if (rows.length === 0) throw new Refusal([invalid('CM-14', 'rows', { zh: '批次中没有读数', en: 'The batch has no readings' })]);
    if (rows.length > MAX_READINGS_PER_BATCH) {
      throw new Refusal([invalid('CM-14', 'rows', { zh: `每批至多 ${MAX_READINGS_PER_BATCH} 条读数`, en: `A batch holds at most ${MAX_READINGS_PER_BATCH} readings` })]);
    }
    const problems: Problem[] = [];
    const parsed: ParsedRow[] = [];
    rows.forEach((raw, i) => {
      const r = parseRow(raw, i + 1, cmd.today);
      problems.push(...r.problems);
      if (r.parsed) parsed.push(r.parsed);
    });
    const [tenancies, items] = await Promise.all([
      tenanciesOf(cmd.em, [...new Set(parsed.map((p) => p.tenancyRef))]),
      itemsOf(cmd.em, [...new Set(parsed.map((p) => p.itemRef))]),
    ]);
    const resolved: { p: ParsedRow; tenancy: CloudTenancy; item: CloudServiceItem }[] = [];
    for (const p of parsed) {
      const tenancy = tenancies.get(p.tenancyRef);
      const item = items.get(p.itemRef);
      if (!tenancy) problems.push(bad(p.row, 'tenancy', { zh: `没有租户「${p.tenancyRef}」`, en: `No tenancy ${p.tenancyRef}` }));
      if (!item) problems.push(bad(p.row, 'item', { zh: `云服务目录中没有「${p.itemRef}」`, en: `No catalog item ${p.itemRef}` }));
      else if (p.unit !== PERCENT_UNIT && p.unit !== item.unit) {
        problems.push(bad(p.row, 'unit', { zh: `单位须为「${item.unit}」或 %`, en: `The unit is ${item.unit} or %` }));
      }
      if (tenancy && item) resolved.push({ p, tenancy, item });
    }
    // Only resources the tenancy was allocated in the period are measured (CM-14 adjusts a quota).
    const tenancyIds = [...new Set(resolved.map((r) => r.tenancy.id))];
    const itemIds = [...new Set(resolved.map((r) => r.item.id))];
    const starts = resolved.map((r) => r.p.periodStart).sort();
    const ends = resolved.map((r) => r.p.periodEnd).sort();
    const [quota, current] = resolved.length
      ? await Promise.all([
          cmd.em.find(CloudQuotaLine, { tenancy: { $in: tenancyIds }, item: { $in: itemIds }, effectiveFrom: { $lte: ends[ends.length - 1] } }),
          cmd.em.find(UtilisationReading, {
            tenancy: { $in: tenancyIds },
            item: { $in: itemIds },
            periodStart: { $gte: starts[0], $lte: starts[starts.length - 1] },
            supersededAt: null,
          }),
        ])
      : [[], []];
    const allocated = (tenancyId: string, itemId: string, start: string, end: string) =>
      quota.some((q) => q.tenancy.id === tenancyId && q.item.id === itemId && q.effectiveFrom <= end && (!q.effectiveTo || q.effectiveTo > start));
    const existing = new Map(current.map((r) => [keyString(r.tenancy.id, r.item.id, r.periodStart, r.periodEnd), r]));
    const inBatch = new Map<string, { p: ParsedRow; result?: ReadingResult }>();
    const results: ReadingResult[] = [];
    const pending: (() => void)[] = [];
    for (const { p, tenancy, item } of resolved) {
      if (!allocated(tenancy.id, item.id, p.periodStart, p.periodEnd)) {
        problems.push(bad(p.row, 'item', { zh: `该租户在此期间未分配「${item.name}」`, en: `The tenancy had no ${item.code} in the period` }));
        continue;
      }
      const key = keyString(tenancy.id, item.id, p.periodStart, p.periodEnd);
      const earlier = inBatch.get(key);
      if (earlier) {
        const same = earlier.p.average.equals(p.average) && earlier.p.peak.equals(p.peak) && earlier.p.unit === p.unit;
        if (!same) problems.push(bad(p.row, 'average', { zh: `与第 ${earlier.p.row} 行的同一读数不一致`, en: `Differs from the same reading in row ${earlier.p.row}` }));
        else pending.push(() => earlier.result && results.push({ row: p.row, outcome: ReadingOutcome.UNCHANGED, reading: earlier.result.reading }));
        continue;
      }
      const entry: { p: ParsedRow; result?: ReadingResult } = { p };
      inBatch.set(key, entry);
      const old = existing.get(key);
      if (old && sameValues(old, p)) {
        entry.result = { row: p.row, outcome: ReadingOutcome.UNCHANGED, reading: old };
        results.push(entry.result);
        continue;
      }
      if (old && !p.correction) {
        problems.push(
          conflict('CM-14', {
            zh: `该租户、服务项和期间已有不同的读数（第 ${old.revision} 版）；更正请注明 correction`,
            en: `A different reading of this tenancy, item and period is on file (revision ${old.revision}); send correction: true to correct it`,
          }, rowField(p.row, 'average')),
        );
        continue;
      }
      const reading = cmd.em.create(UtilisationReading, {
        tenancy,
        item,
        tenant: tenancy.tenant,
        userDepartment: tenancy.userDepartment,
        provider: tenancy.provider,
        division: tenancy.division,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        average: p.average.toFixed(4),
        peak: p.peak.toFixed(4),
        unit: p.unit,
        revision: old ? old.revision + 1 : 1,
        postedBy: cmd.currentUser(),
      }, { persist: false });
      cmd.authorize('post', reading);
      entry.result = { row: p.row, outcome: old ? ReadingOutcome.CORRECTED : ReadingOutcome.CREATED, reading };
      results.push(entry.result);
      pending.push(() => {
        if (old) old.supersededAt = cmd.ctx.services.clock?.now() ?? new Date();
      });
    }
    if (problems.length) throw new Refusal(problems.sort((a, b) => (rowOf(a.field) ?? 0) - (rowOf(b.field) ?? 0)));
    for (const run of pending) run();
    // The replaced revisions first, so that the one-current-revision index holds when the new ones go in.
    const replaced = current.filter((r) => r.supersededAt);
    if (replaced.length) {
      await cmd.em.nativeUpdate(UtilisationReading, { id: { $in: replaced.map((r) => r.id) } }, { supersededAt: replaced[0].supersededAt });
    }
    for (const r of results) if (r.outcome !== ReadingOutcome.UNCHANGED) cmd.em.persist(r.reading);
    results.sort((a, b) => a.row - b.row);
    return {
      created: results.filter((r) => r.outcome === ReadingOutcome.CREATED).length,
      corrected: results.filter((r) => r.outcome === ReadingOutcome.CORRECTED).length,
      unchanged: results.filter((r) => r.outcome === ReadingOutcome.UNCHANGED).length,
      readings: results,
    };
  });
}
