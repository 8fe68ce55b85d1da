import chineseDays from 'chinese-days';
import { addDays, addMonths } from '../../src/calendar/dates';
import { ManualClock, shanghaiDate } from '../../src/calendar/clock';
import { packagedCalendarYears } from '../../src/calendar/official-calendar';
import { CalendarYearMissing, WorkingCalendar } from '../../src/calendar/working-calendar';

const packaged = packagedCalendarYears();
const calendar = new WorkingCalendar(packaged.years);

describe('the official calendar from the chinese-days package', () => {
  it('covers 2004 to 2026 and nothing after (the package is read as data, never asked about other years)', () => {
    expect(calendar.coveredYears[0]).toBe(2004);
    expect(calendar.coveredYears.at(-1)).toBe(2026);
    expect(calendar.covers(2027)).toBe(false);
    expect(packaged.source).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
    // The package's own function would call 1 January 2027 a working day: a plain Friday to it.
    expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
    expect(() => calendar.isWorkingDay('2027-01-01')).toThrow(CalendarYearMissing);
  });

  it('agrees with the package day by day in 2025 and 2026', () => {
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      expect([d, calendar.isWorkingDay(d)]).toEqual([d, chineseDays.isWorkday(d)]);
    }
  });

  it('has the 2026 Spring Festival (2-15 to 2-23 off, Saturdays 2-14 and 2-28 on) and National Day (10-1 to 10-7 off, 9-20 and 10-10 on)', () => {
    const off = ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23', '2026-10-01', '2026-10-07', '2026-09-25'];
    const on = ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10', '2026-01-04', '2026-02-24', '2026-10-08'];
    for (const d of off) expect([d, calendar.isWorkingDay(d)]).toEqual([d, false]);
    for (const d of on) expect([d, calendar.isWorkingDay(d)]).toEqual([d, true]);
  });
});

describe('counting working days: the day of the notice does not count (CM-12, CM-13, CM-15)', () => {
  // [start, working days, due date]: computed by hand from the State Council's notices.
  const known: [string, number, string, string][] = [
    // 2026 Spring Festival: 2-15 … 2-23 off; Saturday 2-14 and Saturday 2-28 are working days.
    ['2026-02-13', 3, '2026-02-25', 'CM-12 notice on the Friday before: Sat 2-14 (1), festival, 2-24 (2), 2-25 (3)'],
    ['2026-02-12', 3, '2026-02-24', 'Fri 2-13 (1), Sat 2-14 (2), 2-24 (3)'],
    ['2026-02-27', 3, '2026-03-03', 'Sat 2-28 is a working day (1), Sun 3-1 is not'],
    ['2026-02-14', 3, '2026-02-26', 'a notice on the make-up Saturday itself: it does not count'],
    ['2026-02-16', 3, '2026-02-26', 'a notice during the festival'],
    ['2026-02-10', 30, '2026-03-30', 'CM-13 deployment across the festival'],
    ['2026-02-06', 20, '2026-03-12', 'CM-15 transition across the festival: 2-9 … 2-14 (1–6), 2-24 … 2-28 (7–11), 3-2 … 3-12 (12–20)'],
    // 2026 National Day: 10-1 … 10-7 off (Mid-autumn 9-25 … 9-27 too); Sunday 9-20 and Saturday 10-10 on.
    ['2026-09-30', 3, '2026-10-10', 'CM-12: 10-8 (1), 10-9 (2), Sat 10-10 (3)'],
    ['2026-09-18', 3, '2026-09-22', 'Sun 9-20 is a working day (1)'],
    ['2026-09-24', 20, '2026-10-29', 'CM-15 across Mid-autumn and National Day'],
    ['2026-09-01', 30, '2026-10-19', 'CM-13 across Mid-autumn and National Day: Sun 9-20 (14), 9-28 … 9-30 (19–21), 10-8 … 10-10 (22–24), 10-19 (30)'],
    // 2025: Spring Festival 1-28 … 2-4 off, Sunday 1-26 and Saturday 2-8 on; National Day 10-1 … 10-8 off, Sunday 9-28 and Saturday 10-11 on.
    ['2025-01-24', 3, '2025-02-05', 'Sun 1-26 (1), Mon 1-27 (2), festival, 2-5 (3)'],
    ['2025-09-26', 3, '2025-09-30', 'Sun 9-28 (1)'],
    ['2025-09-30', 3, '2025-10-11', 'Sat 10-11 (3)'],
    ['2025-12-31', 3, '2026-01-06', 'across the new year: 1-1 … 1-3 off, Sun 1-4 on'],
  ];

  it.each(known)('%s + %i working days = %s (%s)', (start, days, due) => {
    expect(calendar.addWorkingDays(start, days)).toBe(due);
  });

  it('agrees with the package’s own counting for every start day of 2025 and 2026 (3, 20 and 30 working days)', () => {
    for (let d = '2025-01-01'; d <= '2026-10-31'; d = addDays(d, 1)) {
      for (const n of [3, 20, 30]) {
        const due = calendar.addWorkingDays(d, n);
        if (due <= '2026-12-31') expect([d, n, due]).toEqual([d, n, chineseDays.findWorkday(n, d)]);
      }
    }
  });

  it('refuses a deadline that runs into a year without calendar data, naming the year', () => {
    expect(calendar.addWorkingDays('2026-12-28', 3)).toBe('2026-12-31');
    let error: unknown;
    try {
      calendar.addWorkingDays('2026-12-29', 3);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarYearMissing);
    expect((error as CalendarYearMissing).year).toBe(2027);
  });

  it('counts working days left: 3 on the notice day, 0 on the due date, negative after', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-25')).toBe(3);
    expect(calendar.workingDaysBetween('2026-02-15', '2026-02-25')).toBe(2);
    expect(calendar.workingDaysBetween('2026-02-25', '2026-02-25')).toBe(0);
    expect(calendar.workingDaysBetween('2026-02-26', '2026-02-25')).toBe(-1);
    expect(calendar.workingDaysBetween('2026-10-09', '2026-09-30')).toBe(-2);
  });

  it('works on Asia/Shanghai dates: 20:00 UTC on 2-12 is already 2-13 in Ji’an', () => {
    expect(shanghaiDate(new Date('2026-02-12T20:00:00Z'))).toBe('2026-02-13');
    expect(shanghaiDate(new Date('2026-02-12T15:59:59Z'))).toBe('2026-02-12');
    expect(shanghaiDate(new ManualClock('2026-02-13').now())).toBe('2026-02-13');
  });

  it('keeps an old system three calendar months (CM-13), to the month’s end when shorter', () => {
    expect(addMonths('2026-03-10', 3)).toBe('2026-06-10');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
