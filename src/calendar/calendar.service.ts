import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { Refusal, UserErrorCode, type Problem } from '../graphql/errors';
import { runCommand } from '../workflow/command';
import { WorkingCalendarYear } from './calendar-year.entity';
import { CALENDAR_RULE, checkHolidayNotice, noticeCalendarYear, noticeSource, type HolidayNotice } from './holiday-notice';
import { CalendarYearMissing, WorkingCalendar } from './working-calendar';

export { CALENDAR_RULE };

/** The whole official calendar as stored (a few dozen rows): one query. */
export async function loadWorkingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  const rows = await em.find(WorkingCalendarYear, {}, { orderBy: { year: 'asc' } });
  return new WorkingCalendar(rows);
}

/** The calendar for one GraphQL request, loaded once however many objects ask for deadlines. */
export function requestCalendar(ctx: RequestContext): Promise<WorkingCalendar> {
  return ctx.loaders.memo('WorkingCalendar', () => loadWorkingCalendar(ctx.em));
}

/** A deadline, or the year that keeps it from being computed. */
export type DueOrGap = { dueOn: string; missingYear?: undefined } | { dueOn?: undefined; missingYear: number };

export function dueAfter(calendar: WorkingCalendar, start: string, workingDays: number): DueOrGap {
  try {
    return { dueOn: calendar.addWorkingDays(start, workingDays) };
  } catch (e) {
    if (e instanceof CalendarYearMissing) return { missingYear: e.year };
    throw e;
  }
}

/** Working days left until `dueOn`, or null when today lies in a year without calendar data. */
export function workingDaysLeft(calendar: WorkingCalendar, today: string, dueOn: string): number | null {
  try {
    return calendar.workingDaysBetween(today, dueOn);
  } catch (e) {
    if (e instanceof CalendarYearMissing) return null;
    throw e;
  }
}

/** The refusal of a step whose deadline would fall in a year the calendar does not cover. */
export function calendarGapProblem(year: number, rule: string): Problem {
  return {
    code: UserErrorCode.PRECONDITION_FAILED,
    rule,
    message: {
      zh: `期限将落在 ${year} 年，该年的法定节假日及调休安排尚未录入工作日历，无法按工作日计算期限；请先发布 ${year} 年工作日历`,
      en: `The deadline would fall in ${year}, for which no official holiday calendar has been published; working days cannot be counted until the ${year} calendar is published`,
    },
  };
}

/**
 * Extends the official calendar with a newly published year from the State Council's notice (BDC or
 * the Government Office, per the policies), checked by `checkHolidayNotice` first. A published year
 * is never rewritten: deadlines already computed from it stand. The CLI (`npm run calendar:import`)
 * and the mutation both come here.
 */
export function publishCalendarYear(ctx: RequestContext, input: HolidayNotice) {
  return runCommand(ctx, { action: 'publish', subjectType: 'WorkingCalendarYear' }, async (cmd) => {
    const row = cmd.em.create(WorkingCalendarYear, {
      year: input.year,
      holidays: [],
      workdays: [],
      source: '',
      publishedBy: cmd.currentUser(),
      publishedByAgency: cmd.currentAgency(),
    }, { persist: false }); // persisted once every check passed, so the checks' queries do not flush it
    cmd.authorize('publish', row);
    cmd.subjectId = row.id;
    const { notice, problems } = checkHolidayNotice(input);
    if (!notice) throw new Refusal(problems);
    const data = noticeCalendarYear(notice);
    cmd.em.assign(row, { holidays: data.holidays, workdays: data.workdays, source: noticeSource(notice) });
    if (await cmd.em.count(WorkingCalendarYear, { year: notice.year })) {
      throw Refusal.of(UserErrorCode.CONFLICT, CALENDAR_RULE, {
        zh: `${notice.year} 年工作日历已存在，已发布的年份不能改写`,
        en: `The ${notice.year} calendar already exists; a published year is not rewritten`,
      }, 'year');
    }
    cmd.em.persist(row);
    return row;
  });
}
