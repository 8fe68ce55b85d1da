/**
 * The service's sense of time. Working-day deadlines are calendar dates in Asia/Shanghai, so "today"
 * is the Shanghai date of the clock's instant, whatever the server's own time zone.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date): string {
  return shanghai.format(instant);
}

/** Today's date in Asia/Shanghai by the given clock (the system clock when none is given). */
export function todayOf(clock: Clock | undefined): string {
  return shanghaiDate((clock ?? systemClock).now());
}

/**
 * A clock that stands still until moved: for tests and for replaying a day's scheduled work.
 * `set('2026-02-13')` puts it at 10:00 Shanghai time on that date.
 */
export class ManualClock implements Clock {
  private instant: Date;

  constructor(start: string | Date) {
    this.instant = ManualClock.parse(start);
  }

  private static parse(value: string | Date): Date {
    if (value instanceof Date) return new Date(value);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T10:00:00+08:00`) : new Date(value);
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(value: string | Date): void {
    this.instant = ManualClock.parse(value);
  }
}
