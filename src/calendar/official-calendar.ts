import fs from 'node:fs';
import path from 'node:path';
import type { CalendarYearData } from './working-calendar';

/** What the `chinese-days` data file holds: date → "English name,中文名,days". */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * China's official calendar as maintained in the `chinese-days` package (the State Council's yearly
 * notices, transcribed): one entry per year the package covers. A year is covered when the package
 * lists holidays in it; its functions would silently treat any other year as plain weekdays, so the
 * data file is read instead of calling them.
 */
export function packagedCalendarYears(): { source: string; years: CalendarYearData[] } {
  const pkgFile = require.resolve('chinese-days/package.json');
  const version = (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const data = JSON.parse(fs.readFileSync(path.join(path.dirname(pkgFile), 'dist', 'chinese-days.json'), 'utf8')) as ChineseDaysData;
  const byYear = new Map<number, CalendarYearData>();
  const yearEntry = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { year, holidays: [], workdays: [] }));
    return entry;
  };
  for (const date of Object.keys(data.holidays)) yearEntry(date).holidays.push(date);
  for (const date of Object.keys(data.workdays)) {
    // A make-up working day in a year without holidays would make a half-known year: skip it.
    if (byYear.has(Number(date.slice(0, 4)))) yearEntry(date).workdays.push(date);
  }
  const years = [...byYear.values()]
    .map((y) => ({ ...y, holidays: y.holidays.sort(), workdays: y.workdays.sort() }))
    .sort((a, b) => a.year - b.year);
  return { source: `chinese-days@${version}`, years };
}
