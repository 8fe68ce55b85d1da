import type { EntityManager } from '@mikro-orm/postgresql';
import type { Msg } from '../graphql/errors';
import { WorkingCalendarYear } from './calendar-year.entity';
import { daysBetween, yearOf } from './dates';

/**
 * From this day of the year on (month-day, Asia/Shanghai), a missing next year is announced: the
 * State Council publishes its notice in late October or November, and 30-working-day deadlines
 * set in November already fall in January.
 */
export const NEXT_YEAR_WARNING_FROM = '11-01';

/** Whether the year after `today` has its official calendar, and whether that is worth a warning. */
export interface NextYearCoverage {
  today: string;
  /** The year after today's. */
  year: number;
  /** The year has calendar data, so deadlines may be counted into it. */
  covered: boolean;
  /** From November 1 with the year not covered: deadlines that reach into it are refused. */
  warning: boolean;
  /** Calendar days from today to January 1 of `year`. */
  daysLeft: number;
  /** What to tell an operator or the publishing agencies, when there is a warning. */
  message?: Msg;
}

/**
 * The yearly cliff of the working calendar. A year is covered when it has a `WorkingCalendarYear`
 * row: the packaged years are loaded into that table by the seed at every start, published years
 * are added there, and deadlines are counted from those rows only (see `loadWorkingCalendar`).
 * One count query.
 */
export async function nextYearCoverage(em: EntityManager, today: string): Promise<NextYearCoverage> {
  const year = yearOf(today) + 1;
  const covered = (await em.fork().count(WorkingCalendarYear, { year })) > 0;
  const warning = !covered && today.slice(5) >= NEXT_YEAR_WARNING_FROM;
  const daysLeft = daysBetween(today, `${year}-01-01`);
  return {
    today,
    year,
    covered,
    warning,
    daysLeft,
    ...(warning
      ? {
          message: {
            zh: `${year} 年法定节假日安排尚未发布到工作日历（距 ${year} 年 1 月 1 日还有 ${daysLeft} 天）：期限落在 ${year} 年的步骤将被拒绝，请市大数据中心或市政府办公室发布 ${year} 年工作日历`,
            en: `The ${year} official holiday calendar has not been published (${daysLeft} days to January 1, ${year}): every step whose working-day deadline falls in ${year} is refused until BDC or the Government Office publishes it`,
          },
        }
      : {}),
  };
}
