import { UserErrorCode, type Msg, type Problem } from '../graphql/errors';
import { isIsoDate } from '../graphql/scalars';
import { addDays, isWeekend, weekday, yearOf } from './dates';
import { WorkingCalendar, type CalendarYearData } from './working-calendar';

/**
 * The State Council General Office's yearly holiday notice (国务院办公厅关于<year>年部分节假日安排的
 * 通知) as a file: what BDC or the Government Office types in each November, checked here before
 * anything is published. The file is also the input of `workingCalendarYearPublish`, so one shape
 * serves the CLI and the API. Example: calendar/2026.json.
 *
 * The checks make the notice decide every day of its year: each date lies in the year and is named
 * at most once, either as a day off (in exactly one festival's range) or as a make-up working day (on
 * a weekend); every other day is a working day from Monday to Friday and a day off at the weekend.
 */
export interface HolidayNotice {
  year: number;
  /** The notice's number (文号), e.g. 国办发明电〔2025〕7号. */
  reference: string;
  /** The day the notice was issued (成文日期). */
  issuedOn: string;
  /** Each festival's days off, as the notice gives them: a range per festival, weekend days included. */
  holidays: NoticeHoliday[];
  /** Weekend days that are working days (调休上班). */
  makeUpWorkdays: string[];
}

export interface NoticeHoliday {
  /** The festival as the notice names it: 春节, or 中秋节、国庆节 when it arranges the two together. */
  name: string;
  start: string;
  end: string;
}

/** The rule cited when the calendar is extended or a deadline cannot be counted. */
export const CALENDAR_RULE = 'CM-12';

/** The seven festivals every notice arranges. */
export const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type Festival = (typeof FESTIVALS)[number];

/**
 * Where in its year each festival's range may lie (month-day, inclusive), and a day it must include
 * when the festival has a fixed date. Windows are generous (the lunar festivals move by weeks) and
 * catch a month typed wrong, not a day.
 */
const SEASONS: Record<Festival, { en: string; within: [string, string]; includes?: string }> = {
  元旦: { en: "New Year's Day", within: ['01-01', '01-04'], includes: '01-01' },
  春节: { en: 'Spring Festival', within: ['01-15', '03-05'] },
  清明节: { en: 'Qingming Festival', within: ['04-01', '04-10'] },
  劳动节: { en: 'Labour Day', within: ['04-25', '05-08'], includes: '05-01' },
  端午节: { en: 'Dragon Boat Festival', within: ['05-25', '06-30'] },
  中秋节: { en: 'Mid-Autumn Festival', within: ['09-05', '10-10'] },
  国庆节: { en: 'National Day', within: ['09-25', '10-12'], includes: '10-01' },
};

/** The names a range may carry, with the festivals it arranges (Mid-Autumn and National Day share one when they meet). */
const HOLIDAY_NAMES = new Map<string, Festival[]>([
  ...FESTIVALS.map((f): [string, Festival[]] => [f, [f]]),
  ['中秋节、国庆节', ['中秋节', '国庆节']],
  ['国庆节、中秋节', ['国庆节', '中秋节']],
]);

/** The festival's name in English, for summaries. */
export function holidayNameEn(name: string): string {
  return (HOLIDAY_NAMES.get(name) ?? []).map((f) => SEASONS[f].en).join(' and ') || name;
}

const FIELDS = ['year', 'reference', 'issuedOn', 'holidays', 'makeUpWorkdays'] as const;
const HOLIDAY_FIELDS = ['name', 'start', 'end'] as const;

/** 文号 of a State Council General Office document: 国办发明电〔2025〕7号 (square or round brackets accepted). */
const REFERENCE = /^国办发(?:明电)?[〔[（(](\d{4})[〕\]）)]\d+号$/;

const WEEKDAY = {
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export function weekdayName(date: string, lang: 'zh' | 'en'): string {
  return WEEKDAY[lang][weekday(date)];
}

/** A problem at `field`, its message prefixed with the field so that a list of them reads on its own. */
function problem(field: string, message: Msg): Problem {
  return { code: UserErrorCode.INVALID_INPUT, rule: CALENDAR_RULE, field, message: { zh: `${field}：${message.zh}`, en: `${field}: ${message.en}` } };
}

export type NoticeCheck = { notice: HolidayNotice; problems: [] } | { notice?: undefined; problems: Problem[] };

/** Reads a notice file's text: JSON, then `checkHolidayNotice`. */
export function parseHolidayNotice(text: string): NoticeCheck {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte-order mark, as Windows editors write
  } catch (e) {
    const reason = (e as Error).message;
    return { problems: [problem('file', { zh: `不是有效的 JSON（${reason}）`, en: `not valid JSON (${reason})` })] };
  }
  return checkHolidayNotice(value);
}

/**
 * Checks a notice, from a file or from the API, before anything is published: its shape first (every
 * field present, of its type, no unknown field, so that a misspelt key cannot drop the make-up days),
 * then what it says. Every problem is reported at once, each naming the field and the day at fault.
 */
export function checkHolidayNotice(value: unknown): NoticeCheck {
  const shape = shapeProblems(value);
  if (shape.length) return { problems: shape };
  const notice = value as HolidayNotice;
  const problems = contentProblems(notice);
  return problems.length ? { problems } : { notice, problems: [] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shapeProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const bad = (field: string, zh: string, en: string) => problems.push(problem(field, { zh, en }));
  const date = (v: unknown, field: string) => {
    if (v === undefined || v === null) bad(field, '缺少日期', 'missing');
    else if (typeof v !== 'string' || !isIsoDate(v)) bad(field, `须为日期 YYYY-MM-DD，而不是 ${JSON.stringify(v)}`, `must be a date YYYY-MM-DD, not ${JSON.stringify(v)}`);
  };
  const unknownKeys = (obj: Record<string, unknown>, known: readonly string[], at: string) => {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key) && obj[key] !== undefined) {
        bad(`${at}${key}`, `不认识的字段；可用字段为 ${known.join('、')}`, `unknown field; the fields are ${known.join(', ')}`);
      }
    }
  };
  if (!isObject(value)) {
    bad('file', `须为一个对象 { ${FIELDS.join(', ')} }`, `must be one object { ${FIELDS.join(', ')} }`);
    return problems;
  }
  unknownKeys(value, FIELDS, '');
  if (typeof value.year !== 'number' || !Number.isInteger(value.year)) bad('year', '须为年份（整数），如 2027', 'must be a year (an integer), e.g. 2027');
  if (typeof value.reference !== 'string') bad('reference', '须为通知文号，如 国办发明电〔2026〕7号', 'must be the notice number, e.g. 国办发明电〔2026〕7号');
  date(value.issuedOn, 'issuedOn');
  if (!Array.isArray(value.holidays)) bad('holidays', '须为放假安排的列表 [{ name, start, end }]', 'must be a list of holidays [{ name, start, end }]');
  else {
    value.holidays.forEach((h: unknown, i: number) => {
      const at = `holidays[${i}]`;
      if (!isObject(h)) return bad(at, '须为 { name, start, end }', 'must be { name, start, end }');
      unknownKeys(h, HOLIDAY_FIELDS, `${at}.`);
      if (typeof h.name !== 'string') bad(`${at}.name`, '须为节日名称，如 春节', 'must be the festival’s name, e.g. 春节');
      date(h.start, `${at}.start`);
      date(h.end, `${at}.end`);
    });
  }
  if (!Array.isArray(value.makeUpWorkdays)) bad('makeUpWorkdays', '须为调休上班日的列表（没有则为 []）', 'must be a list of make-up working days ([] when there is none)');
  else value.makeUpWorkdays.forEach((d: unknown, i: number) => date(d, `makeUpWorkdays[${i}]`));
  return problems;
}

/** The dates from `start` to `end`, both included. */
function daysOf(h: NoticeHoliday): string[] {
  const days: string[] = [];
  for (let d = h.start; d <= h.end; d = addDays(d, 1)) days.push(d);
  return days;
}

function contentProblems(n: HolidayNotice): Problem[] {
  const problems: Problem[] = [];
  const bad = (field: string, zh: string, en: string) => problems.push(problem(field, { zh, en }));

  const yearOk = n.year >= 2000 && n.year <= 2100;
  if (!yearOk) bad('year', '须为 2000 至 2100 之间的年份', 'must be a year from 2000 to 2100');

  const reference = REFERENCE.exec(n.reference.trim());
  if (!reference) {
    bad('reference', `“${n.reference}”不是通知文号，应形如 国办发明电〔${n.year - 1}〕7号`, `“${n.reference}” is not a notice number such as 国办发明电〔${n.year - 1}〕7号`);
  } else if (Number(reference[1]) !== yearOf(n.issuedOn)) {
    bad('reference', `文号年份 ${reference[1]} 与成文日期 ${n.issuedOn} 不一致`, `the number’s year ${reference[1]} does not match issuedOn ${n.issuedOn}`);
  }
  if (yearOk && yearOf(n.issuedOn) !== n.year - 1 && yearOf(n.issuedOn) !== n.year) {
    bad('issuedOn', `${n.issuedOn} 不在 ${n.year - 1} 或 ${n.year} 年：${n.year} 年的通知在上一年发布`, `${n.issuedOn} is not in ${n.year - 1} or ${n.year}: the ${n.year} notice is issued the year before`);
  }

  // A year that none of the dates share: one problem, not one per date.
  const dateYears = new Set([...n.holidays.flatMap((h) => [h.start, h.end]), ...n.makeUpWorkdays].map(yearOf));
  if (yearOk && dateYears.size === 1 && !dateYears.has(n.year)) {
    const [other] = dateYears;
    bad('year', `通知年份为 ${n.year}，但所列日期都在 ${other} 年`, `the notice says ${n.year} but its dates are all in ${other}`);
    return problems;
  }
  const inYear = (d: string) => yearOf(d) === n.year;
  // A notice may reach into the last days of the year before (元旦 from 12-31): those days belong to
  // that year's calendar, published already and never rewritten here.
  const outsideYear = (field: string, d: string) =>
    yearOf(d) === n.year - 1
      ? bad(
          field,
          `${d} 不在 ${n.year} 年内：${n.year - 1} 年的日期属于该年的工作日历（已发布，不在此改写；周末本已休息）`,
          `${d} is not in ${n.year}: days of ${n.year - 1} belong to that year’s calendar (published, not rewritten here; its weekend days are off already)`,
        )
      : bad(field, `${d} 不在 ${n.year} 年内`, `${d} is not in ${n.year}`);

  if (n.holidays.length === 0) bad('holidays', '请列出各节日的放假日期', 'list each festival’s days off');

  // Each day off belongs to one range; each festival to one range.
  const dayOff = new Map<string, number>();
  const festivalAt = new Map<Festival, number>();
  n.holidays.forEach((h, i) => {
    const at = `holidays[${i}]`;
    const festivals = HOLIDAY_NAMES.get(h.name.trim());
    if (!festivals) {
      bad(`${at}.name`, `不认识的节日“${h.name}”；通知安排的节日为 ${FESTIVALS.join('、')}（或 中秋节、国庆节 合并）`, `unknown festival “${h.name}”; the notice arranges ${FESTIVALS.join(', ')} (or 中秋节、国庆节 together)`);
    }
    for (const f of festivals ?? []) {
      const earlier = festivalAt.get(f);
      if (earlier !== undefined) bad(`${at}.name`, `${f} 重复列出（另见 holidays[${earlier}]）`, `${f} is listed twice (also holidays[${earlier}])`);
      else festivalAt.set(f, i);
    }
    let rangeOk = true;
    for (const end of ['start', 'end'] as const) {
      if (!inYear(h[end])) {
        outsideYear(`${at}.${end}`, h[end]);
        rangeOk = false;
      }
    }
    if (h.start > h.end) {
      bad(at, `开始日 ${h.start} 晚于结束日 ${h.end}`, `starts on ${h.start}, after it ends on ${h.end}`);
      rangeOk = false;
    }
    if (!rangeOk) return;
    for (const f of festivals ?? []) {
      const season = SEASONS[f];
      const [from, to] = season.within.map((md) => `${n.year}-${md}`);
      if (season.includes && !(h.start <= `${n.year}-${season.includes}` && `${n.year}-${season.includes}` <= h.end)) {
        bad(at, `${f}（${h.start} 至 ${h.end}）须包含 ${n.year}-${season.includes}`, `${f} (${h.start} to ${h.end}) must include ${n.year}-${season.includes}`);
      } else if (h.start < from || h.end > to) {
        bad(at, `${f}（${h.start} 至 ${h.end}）不在其时令内（${from} 至 ${to}）`, `${f} (${h.start} to ${h.end}) is out of its season (${from} to ${to})`);
      }
    }
    const overlaps = new Map<number, string>();
    for (const d of daysOf(h)) {
      const other = dayOff.get(d);
      if (other !== undefined) {
        if (!overlaps.has(other)) overlaps.set(other, d);
      } else dayOff.set(d, i);
    }
    for (const [other, d] of overlaps) {
      bad(at, `${d} 已在 holidays[${other}]（${n.holidays[other].name}）中放假，同一天列了两次`, `${d} is already a day off in holidays[${other}] (${n.holidays[other].name}): a day is listed twice`);
    }
  });
  for (const f of FESTIVALS) {
    if (!festivalAt.has(f)) bad('holidays', `缺少${f}的放假安排；通知每年安排全部七个节日`, `no days off for ${f}; the notice arranges all seven festivals every year`);
  }

  const makeUpAt = new Map<string, number>();
  n.makeUpWorkdays.forEach((d, i) => {
    const at = `makeUpWorkdays[${i}]`;
    if (!inYear(d)) return outsideYear(at, d);
    const earlier = makeUpAt.get(d);
    if (earlier !== undefined) return bad(at, `${d} 重复列出（另见 makeUpWorkdays[${earlier}]）`, `${d} is listed twice (also makeUpWorkdays[${earlier}])`);
    makeUpAt.set(d, i);
    if (!isWeekend(d)) {
      bad(at, `${d} 是${weekdayName(d, 'zh')}，不是周末，不能作为调休上班日`, `${d} is a ${weekdayName(d, 'en')}, not a weekend`);
    }
    const off = dayOff.get(d);
    if (off !== undefined) {
      bad(at, `${d} 在 holidays[${off}]（${n.holidays[off].name}）中放假，不能同时是上班日`, `${d} is a day off in holidays[${off}] (${n.holidays[off].name}), so it cannot be a working day too`);
    }
  });
  return problems;
}

/** The year of the calendar a valid notice makes: every day off of its ranges, and its make-up working days. */
export function noticeCalendarYear(notice: HolidayNotice): CalendarYearData {
  return {
    year: notice.year,
    holidays: notice.holidays.flatMap(daysOf).sort(),
    workdays: [...notice.makeUpWorkdays].sort(),
  };
}

/** What a published year records as its source: the notice's number and date. */
export function noticeSource(notice: HolidayNotice): string {
  return `${notice.reference.trim()}（${notice.issuedOn}）`;
}

/** Working days in each month of the notice's year (index 0 = January). */
export function workingDaysByMonth(year: CalendarYearData): number[] {
  const calendar = new WorkingCalendar([year]);
  const months = Array.from({ length: 12 }, () => 0);
  for (let d = `${year.year}-01-01`; yearOf(d) === year.year; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) months[Number(d.slice(5, 7)) - 1] += 1;
  }
  return months;
}
