import fs from 'node:fs';
import path from 'node:path';
import { checkHolidayNotice, noticeCalendarYear, parseHolidayNotice, workingDaysByMonth, type HolidayNotice } from '../../src/calendar/holiday-notice';
import { packagedCalendarYears } from '../../src/calendar/official-calendar';
import { WorkingCalendar } from '../../src/calendar/working-calendar';
import { testNotice2027, testNotice2027DaysOff } from './notice-fixture';

const example2026 = fs.readFileSync(path.join(__dirname, '../../calendar/2026.json'), 'utf8');

/** The English messages of what the check refuses, in order. */
function refusals(notice: unknown): string[] {
  const { notice: ok, problems } = checkHolidayNotice(notice);
  expect(ok).toBeUndefined();
  for (const p of problems) expect(p).toMatchObject({ code: 'INVALID_INPUT', rule: 'CM-12', field: expect.any(String) });
  for (const p of problems) expect(p.message.en.startsWith(`${p.field}: `)).toBe(true);
  return problems.map((p) => p.message.en);
}

function edited(edit: (n: HolidayNotice) => void): HolidayNotice {
  const n = testNotice2027();
  edit(n);
  return n;
}

describe('the holiday notice file: one year of the State Council’s notice, checked day by day before it is published', () => {
  it('reads the shipped example, calendar/2026.json (国办发明电〔2025〕7号), into exactly the packaged 2026 calendar', () => {
    const { notice, problems } = parseHolidayNotice(example2026);
    expect(problems).toEqual([]);
    const packaged = packagedCalendarYears().years.find((y) => y.year === 2026)!;
    expect(noticeCalendarYear(notice!)).toEqual({ year: 2026, holidays: packaged.holidays, workdays: packaged.workdays });
    expect(workingDaysByMonth(noticeCalendarYear(notice!))).toEqual([21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23]);
  });

  it('takes Mid-Autumn and National Day arranged together, as the 2025 notice did, into the packaged 2025 calendar', () => {
    const notice2025: HolidayNotice = {
      year: 2025,
      reference: '国办发明电〔2024〕12号',
      issuedOn: '2024-11-12',
      holidays: [
        { name: '元旦', start: '2025-01-01', end: '2025-01-01' },
        { name: '春节', start: '2025-01-28', end: '2025-02-04' },
        { name: '清明节', start: '2025-04-04', end: '2025-04-06' },
        { name: '劳动节', start: '2025-05-01', end: '2025-05-05' },
        { name: '端午节', start: '2025-05-31', end: '2025-06-02' },
        { name: '国庆节、中秋节', start: '2025-10-01', end: '2025-10-08' },
      ],
      makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    };
    const { notice, problems } = checkHolidayNotice(notice2025);
    expect(problems).toEqual([]);
    const packaged = packagedCalendarYears().years.find((y) => y.year === 2025)!;
    expect(noticeCalendarYear(notice!)).toEqual({ year: 2025, holidays: packaged.holidays, workdays: packaged.workdays });
  });

  it('decides every day of the fixture’s 2027: its days off, its make-up days, the weekday rule for the rest', () => {
    const { notice, problems } = checkHolidayNotice(testNotice2027());
    expect(problems).toEqual([]);
    const year = noticeCalendarYear(notice!);
    expect(year.holidays).toEqual(testNotice2027DaysOff);
    const calendar = new WorkingCalendar([year]);
    let working = 0;
    for (let d = new Date(Date.UTC(2027, 0, 1)); d.getUTCFullYear() === 2027; d.setUTCDate(d.getUTCDate() + 1)) {
      if (calendar.isWorkingDay(d.toISOString().slice(0, 10))) working += 1;
    }
    expect(working).toBe(workingDaysByMonth(year).reduce((a, b) => a + b, 0));
    // 261 weekdays, 18 of them off (1-1, 2-5, 2-8…12, 4-5, 5-3…5, 6-9, 9-15, 10-1, 10-4…7), 5 weekend days worked.
    expect(working).toBe(261 - 18 + 5);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true); // a make-up Saturday
    expect(calendar.isWorkingDay('2027-02-10')).toBe(false); // Spring Festival, a Wednesday
    expect(calendar.isWorkingDay('2027-03-10')).toBe(true);
  });

  it('refuses a make-up working day on a weekday, naming the day and its weekday, in both languages', () => {
    const { problems } = checkHolidayNotice(edited((n) => (n.makeUpWorkdays[2] = '2027-02-15')));
    expect(problems).toEqual([
      {
        code: 'INVALID_INPUT',
        rule: 'CM-12',
        field: 'makeUpWorkdays[2]',
        message: { en: 'makeUpWorkdays[2]: 2027-02-15 is a Monday, not a weekend', zh: 'makeUpWorkdays[2]：2027-02-15 是周一，不是周末，不能作为调休上班日' },
      },
    ]);
  });

  it('refuses a day outside the year, a holiday or a make-up day, and says why for the last days of the year before', () => {
    expect(
      refusals(
        edited((n) => {
          n.holidays[0].start = '2026-12-31';
          n.holidays[6].end = '2028-10-07';
          n.makeUpWorkdays.push('2028-01-08');
        }),
      ),
    ).toEqual([
      'holidays[0].start: 2026-12-31 is not in 2027: days of 2026 belong to that year’s calendar (published, not rewritten here; its weekend days are off already)',
      'holidays[6].end: 2028-10-07 is not in 2027',
      'makeUpWorkdays[5]: 2028-01-08 is not in 2027',
    ]);
  });

  it('refuses a day named twice: a make-up day listed twice, overlapping ranges, a day both off and worked', () => {
    expect(
      refusals(
        edited((n) => {
          n.makeUpWorkdays.push('2027-02-20');
          n.holidays[5] = { name: '中秋节', start: '2027-10-01', end: '2027-10-03' }; // runs into 国庆节
          n.makeUpWorkdays[0] = '2027-02-06'; // a Saturday of the Spring Festival
        }),
      ),
    ).toEqual([
      'holidays[6]: 2027-10-01 is already a day off in holidays[5] (中秋节): a day is listed twice',
      'makeUpWorkdays[0]: 2027-02-06 is a day off in holidays[1] (春节), so it cannot be a working day too',
      'makeUpWorkdays[5]: 2027-02-20 is listed twice (also makeUpWorkdays[1])',
    ]);
  });

  it('refuses an unknown festival and a notice without one of the seven; a festival twice', () => {
    expect(refusals(edited((n) => (n.holidays[4].name = '儿童节')))).toEqual([
      'holidays[4].name: unknown festival “儿童节”; the notice arranges 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 (or 中秋节、国庆节 together)',
      'holidays: no days off for 端午节; the notice arranges all seven festivals every year',
    ]);
    expect(refusals(edited((n) => (n.holidays[4].name = '__proto__')))[0]).toMatch(/^holidays\[4\]\.name: unknown festival “__proto__”/);
    expect(refusals(edited((n) => n.holidays.splice(4, 1)))).toEqual(['holidays: no days off for 端午节; the notice arranges all seven festivals every year']);
    expect(refusals(edited((n) => (n.holidays[5].name = '中秋节、国庆节')))).toEqual([
      'holidays[5]: 国庆节 (2027-09-15 to 2027-09-15) must include 2027-10-01',
      'holidays[6].name: 国庆节 is listed twice (also holidays[5])',
    ]);
  });

  it('refuses a notice whose year is not its dates’ year, with one problem rather than one per day', () => {
    expect(refusals(edited((n) => (n.year = 2028)))).toEqual([
      'issuedOn: 2026-11-10 is not in 2027 or 2028: the 2028 notice is issued the year before',
      'year: the notice says 2028 but its dates are all in 2027',
    ]);
  });

  it('refuses a range that ends before it starts, or lies out of its festival’s season', () => {
    expect(
      refusals(
        edited((n) => {
          n.holidays[1] = { name: '春节', start: '2027-02-13', end: '2027-02-05' };
          n.holidays[3] = { name: '劳动节', start: '2027-05-02', end: '2027-05-05' };
          n.holidays[5] = { name: '中秋节', start: '2027-12-15', end: '2027-12-15' };
        }),
      ),
    ).toEqual([
      'holidays[1]: starts on 2027-02-13, after it ends on 2027-02-05',
      'holidays[3]: 劳动节 (2027-05-02 to 2027-05-05) must include 2027-05-01',
      'holidays[5]: 中秋节 (2027-12-15 to 2027-12-15) is out of its season (2027-09-05 to 2027-10-10)',
    ]);
  });

  it('refuses a reference that is not a notice number, or numbered in another year than it was issued', () => {
    expect(refusals(edited((n) => (n.reference = '2027年放假安排')))).toEqual(['reference: “2027年放假安排” is not a notice number such as 国办发明电〔2026〕7号']);
    expect(refusals(edited((n) => (n.reference = '国办发明电〔2025〕7号')))).toEqual(['reference: the number’s year 2025 does not match issuedOn 2026-11-10']);
  });

  it('refuses a file of the wrong shape field by field: a misspelt key cannot silently drop the make-up days', () => {
    const { makeUpWorkdays, ...rest } = testNotice2027();
    expect(refusals({ ...rest, makeupWorkdays: makeUpWorkdays })).toEqual([
      'makeupWorkdays: unknown field; the fields are year, reference, issuedOn, holidays, makeUpWorkdays',
      'makeUpWorkdays: must be a list of make-up working days ([] when there is none)',
    ]);
    expect(
      refusals(
        edited((n) => {
          n.makeUpWorkdays[1] = '2027-2-20';
          (n.holidays[2] as { end?: string }).end = undefined;
          (n as { year: unknown }).year = '2027';
        }),
      ),
    ).toEqual([
      'year: must be a year (an integer), e.g. 2027',
      'holidays[2].end: missing',
      'makeUpWorkdays[1]: must be a date YYYY-MM-DD, not "2027-2-20"',
    ]);
    expect(parseHolidayNotice('{"year": 2027,').problems.map((p) => p.field)).toEqual(['file']);
    expect(parseHolidayNotice('[]').problems.map((p) => p.message.en)).toEqual(['file: must be one object { year, reference, issuedOn, holidays, makeUpWorkdays }']);
  });
});
