import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { Refusal, UserErrorCode, type Problem } from '../graphql/errors';
import { isIsoDate } from '../graphql/scalars';
import { runCommand } from '../workflow/command';
import { WorkingCalendarYear } from './calendar-year.entity';
import { isWeekend, yearOf } from './dates';
import { CalendarYearMissing, WorkingCalendar } from './working-calendar';

/** The rule cited when a working-day deadline cannot be computed or the calendar is extended. */
export const CALENDAR_RULE = 'CM-12';

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

export interface CalendarYearInput {
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
}

function inputProblems(input: CalendarYearInput): Problem[] {
  const problems: Problem[] = [];
  const bad = (field: string, zh: string, en: string) =>
    problems.push({ code: UserErrorCode.INVALID_INPUT, rule: CALENDAR_RULE, field, message: { zh, en } });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) bad('year', '年份无效', 'Invalid year');
  if (!input.source.trim()) bad('source', '请注明依据（国务院办公厅通知文号）', 'Name the notice it comes from');
  if (input.holidays.length === 0) bad('holidays', '请列出放假日期', 'List the days off');
  const holidays = new Set(input.holidays);
  if (holidays.size !== input.holidays.length) bad('holidays', '放假日期有重复', 'A day off is listed twice');
  for (const d of input.holidays) {
    if (!isIsoDate(d) || yearOf(d) !== input.year) bad('holidays', `${d} 不在 ${input.year} 年内`, `${d} is not in ${input.year}`);
  }
  if (new Set(input.workdays).size !== input.workdays.length) bad('workdays', '调休上班日有重复', 'A make-up working day is listed twice');
  for (const d of input.workdays) {
    if (!isIsoDate(d) || yearOf(d) !== input.year) bad('workdays', `${d} 不在 ${input.year} 年内`, `${d} is not in ${input.year}`);
    else if (!isWeekend(d)) bad('workdays', `${d} 不是周末，不能作为调休上班日`, `${d} is not a weekend day, so it cannot be a make-up working day`);
    if (holidays.has(d)) bad('workdays', `${d} 同时列为放假日和上班日`, `${d} is listed both as a day off and as a working day`);
  }
  return problems;
}

/**
 * Extends the official calendar with a newly published year (BDC or the Government Office, per the
 * policies). A published year is never rewritten: deadlines already computed from it stand.
 */
export function publishCalendarYear(ctx: RequestContext, input: CalendarYearInput) {
  return runCommand(ctx, { action: 'publish', subjectType: 'WorkingCalendarYear' }, async (cmd) => {
    const row = cmd.em.create(WorkingCalendarYear, {
      year: input.year,
      holidays: [...input.holidays].sort(),
      workdays: [...input.workdays].sort(),
      source: input.source.trim(),
      publishedBy: cmd.currentUser(),
      publishedByAgency: cmd.currentAgency(),
    }, { persist: false }); // persisted once every check passed, so the checks' queries do not flush it
    cmd.authorize('publish', row);
    cmd.subjectId = row.id;
    const problems = inputProblems(input);
    if (problems.length) throw new Refusal(problems);
    if (await cmd.em.count(WorkingCalendarYear, { year: input.year })) {
      throw Refusal.of(UserErrorCode.CONFLICT, CALENDAR_RULE, {
        zh: `${input.year} 年工作日历已存在，已发布的年份不能改写`,
        en: `The ${input.year} calendar already exists; a published year is not rewritten`,
      }, 'year');
    }
    cmd.em.persist(row);
    return row;
  });
}
