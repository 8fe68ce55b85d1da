import { isSupportedDate } from '../graphql/scalars';
import { addDays, isWeekend, yearOf } from './dates';

/**
 * One year of China's official calendar, as the State Council's General Office publishes it each
 * year (国务院办公厅关于部分节假日安排的通知): the public holidays (days off, including the
 * weekdays given off in exchange) and the make-up working days (调休上班日), which fall on weekends.
 */
export interface CalendarYearData {
  year: number;
  /** Days off by the notice, ISO dates. */
  holidays: string[];
  /** Weekend days that are working days by the notice (调休), ISO dates. */
  workdays: string[];
}

/** A date in a year whose official calendar is not known: no deadline may be computed across it. */
export class CalendarYearMissing extends Error {
  override name = 'CalendarYearMissing';
  constructor(readonly year: number) {
    super(`No official holiday calendar for ${year}`);
  }
}

/**
 * Working days (工作日) by China's official calendar: a day is a working day when it is a make-up
 * working day, or a Monday to Friday that is not a public holiday. Weekends and public holidays are
 * off. A year without published data is never guessed from weekdays: asking about it throws
 * `CalendarYearMissing`.
 *
 * Counting rule of a deadline "within N working days" of an act (通知后 N 个工作日内): the day of the
 * act does not count; the deadline is the N-th working day after it, and the act is on time when it
 * happens on or before that date. E.g. a notice on Friday 2026-02-13 with 3 working days: Saturday
 * 2026-02-14 is a make-up working day (1), 2026-02-15 to 02-23 is the Spring Festival, then 02-24 (2)
 * and 02-25 (3): due 2026-02-25.
 */
export class WorkingCalendar {
  private readonly years = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();

  constructor(data: Iterable<CalendarYearData>) {
    for (const y of data) this.years.set(y.year, { holidays: new Set(y.holidays), workdays: new Set(y.workdays) });
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  get coveredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /**
   * A date outside the supported range (the Date scalar's) or not a date at all has no calendar:
   * refused like a year without data, so that callers answer an input error, never a fault.
   */
  private requireSupported(date: string): void {
    if (!isSupportedDate(date)) throw new CalendarYearMissing(/^\d{4}-/.test(date) ? yearOf(date) : Number.NaN);
  }

  isWorkingDay(date: string): boolean {
    this.requireSupported(date);
    const year = this.years.get(yearOf(date));
    if (!year) throw new CalendarYearMissing(yearOf(date));
    if (year.workdays.has(date)) return true;
    if (year.holidays.has(date)) return false;
    return !isWeekend(date);
  }

  /** The `workingDays`-th working day after `start` (which itself does not count). */
  addWorkingDays(start: string, workingDays: number): string {
    if (!Number.isInteger(workingDays) || workingDays < 1) throw new Error(`workingDays must be a positive integer, got ${workingDays}`);
    this.requireSupported(start);
    let date = start;
    let counted = 0;
    while (counted < workingDays) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  /**
   * Working days after `from` up to and including `to`; negative (working days after `to` up to
   * and including `from`) when `to` is earlier. Working days left until a due date: on the due
   * date 0, the working day before it 1, a working day past it -1.
   */
  workingDaysBetween(from: string, to: string): number {
    this.requireSupported(from);
    this.requireSupported(to);
    if (from === to) return 0;
    const [a, b, sign] = from < to ? [from, to, 1] : [to, from, -1];
    let n = 0;
    for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (this.isWorkingDay(d)) n += 1;
    return sign * n;
  }
}
