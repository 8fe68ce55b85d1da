import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { NOTHING } from '../authz/access-filter';
import type { RequestContext } from '../context';
import { invalidArgument } from '../graphql/errors';
import { readFilter } from '../graphql/loaders';
import { PayloadType } from '../graphql/payload';
import { LocalDateScalar } from '../graphql/scalars';
import { WorkingCalendarYear } from './calendar-year.entity';
import { CALENDAR_RULE, dueAfter, publishCalendarYear, requestCalendar } from './calendar.service';
import type { HolidayNotice, NoticeHoliday } from './holiday-notice';

const WorkingCalendarYearPayload = PayloadType('WorkingCalendarYearPayload', 'workingCalendarYear', WorkingCalendarYear);

@InputType({ description: 'One festival’s days off as the notice gives them (weekend days included)' })
class WorkingCalendarHolidayInput implements NoticeHoliday {
  @Field(() => String, { description: 'The festival as the notice names it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or 中秋节、国庆节 together' })
  name!: string;

  @Field(() => LocalDateScalar, { description: 'First day off' })
  start!: string;

  @Field(() => LocalDateScalar, { description: 'Last day off' })
  end!: string;
}

@InputType({
  description:
    "The State Council's holiday notice for a year (国务院办公厅关于部分节假日安排的通知): the same JSON as a file for `npm run calendar:import` (see calendar/2026.json)",
})
class WorkingCalendarYearPublishInput implements HolidayNotice {
  @Field(() => Int, { description: 'The year the notice arranges' })
  year!: number;

  @Field(() => String, { description: 'The notice number (文号), e.g. 国办发明电〔2025〕7号' })
  reference!: string;

  @Field(() => LocalDateScalar, { description: 'The day the notice was issued (成文日期)' })
  issuedOn!: string;

  @Field(() => [WorkingCalendarHolidayInput], { description: 'Each festival’s days off: all seven festivals, one range each' })
  holidays!: WorkingCalendarHolidayInput[];

  @Field(() => [LocalDateScalar], { description: 'Weekend days that are working days (调休上班)' })
  makeUpWorkdays!: string[];
}

@Resolver(() => WorkingCalendarYear)
export class WorkingCalendarResolver {
  @Query(() => [WorkingCalendarYear], { description: 'The years of the official calendar that working-day deadlines can use' })
  async workingCalendarYears(@Ctx() ctx: RequestContext) {
    const filter = readFilter(ctx, WorkingCalendarYear);
    if (filter === NOTHING) return [];
    return ctx.em.find(WorkingCalendarYear, filter, { orderBy: { year: 'asc' } });
  }

  @Query(() => LocalDateScalar, {
    description:
      'The due date of a deadline of `workingDays` working days after `start` (the start day does not count); ' +
      'refused when it would fall in a year without calendar data',
  })
  async workingDeadline(
    @Arg('start', () => LocalDateScalar) start: string,
    @Arg('workingDays', () => Int) workingDays: number,
    @Ctx() ctx: RequestContext,
  ) {
    if (workingDays < 1 || workingDays > 366) {
      throw invalidArgument(ctx.lang, 'workingDays', { zh: '工作日数须在 1 到 366 之间', en: 'workingDays must be between 1 and 366' });
    }
    const due = dueAfter(await requestCalendar(ctx), start, workingDays);
    if (due.missingYear !== undefined) {
      throw invalidArgument(
        ctx.lang,
        'start',
        {
          zh: `${due.missingYear} 年的法定节假日安排尚未录入工作日历，无法计算工作日期限`,
          en: `No official holiday calendar for ${due.missingYear}: working days cannot be counted`,
        },
        CALENDAR_RULE,
      );
    }
    return due.dueOn;
  }

  @Mutation(() => WorkingCalendarYearPayload, { description: "Adds a newly published year of the official calendar from the State Council's notice, checked day by day (BDC or the Government Office)" })
  workingCalendarYearPublish(@Arg('input', () => WorkingCalendarYearPublishInput) input: WorkingCalendarYearPublishInput, @Ctx() ctx: RequestContext) {
    return publishCalendarYear(ctx, input);
  }
}
