import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { boot } from '../app';
import { publishCalendarYear } from '../calendar/calendar.service';
import { holidayNameEn, noticeCalendarYear, noticeSource, parseHolidayNotice, weekdayName, workingDaysByMonth, type HolidayNotice } from '../calendar/holiday-notice';
import { loadConfig } from '../config';
import { createContext, type AppServices } from '../context';
import type { Lang, Msg } from '../graphql/errors';
import { User } from '../modules/organizations/user.entity';

/** Recorded as the acting client in the audit event, beside the user named by `--as`. */
export const CALENDAR_IMPORT_CLIENT = 'calendar-import';

const USAGE =
  'usage: npm run calendar:import -- <file.json> [--publish --as <username>] [--lang en]\n' +
  '  without --publish: checks the file and prints what it would publish (no database needed)\n' +
  '  --publish --as <username>: publishes it in the name of that user (BDC leader or the Government Office, per the policies)';

export interface CalendarImportArgs {
  file: string;
  publish: boolean;
  as?: string;
  lang: Lang;
}

/** The arguments, or what is wrong with them. */
export function parseCalendarImportArgs(argv: string[]): CalendarImportArgs | { usage: string } {
  const args: Partial<CalendarImportArgs> = { publish: false, lang: 'zh' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--publish') args.publish = true;
    else if (a === '--as' && argv[i + 1] && !argv[i + 1].startsWith('--')) args.as = argv[++i];
    else if (a === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'zh')) args.lang = argv[++i] as Lang;
    else if (!a.startsWith('--') && args.file === undefined) args.file = a;
    else return { usage: `unexpected argument "${a}"\n${USAGE}` };
  }
  if (!args.file) return { usage: USAGE };
  if (args.publish && !args.as) {
    return { usage: `--publish needs --as <username>: the person who publishes it, whom the audit trail names\n${USAGE}` };
  }
  if (!args.publish && args.as) return { usage: `--as is only for --publish\n${USAGE}` };
  return args as CalendarImportArgs;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What the notice makes of its year, in the caller's language. */
export function summarizeNotice(notice: HolidayNotice, lang: Lang): string[] {
  const t = (m: Msg) => m[lang];
  const day = (d: string) => (lang === 'en' ? `${d} ${weekdayName(d, 'en').slice(0, 3)}` : `${d}（${weekdayName(d, 'zh')}）`);
  const year = noticeCalendarYear(notice);
  const months = workingDaysByMonth(year);
  const total = months.reduce((a, b) => a + b, 0);
  const daysInYear = (Date.UTC(notice.year + 1, 0, 1) - Date.UTC(notice.year, 0, 1)) / 86_400_000;
  const lines = [
    t({ zh: `${notice.year} 年工作日历，依据 ${noticeSource(notice)}`, en: `The ${notice.year} calendar by ${noticeSource(notice)}` }),
    t({ zh: `放假（${notice.holidays.length} 段，共 ${year.holidays.length} 天）：`, en: `Days off (${notice.holidays.length} ranges, ${year.holidays.length} days):` }),
  ];
  for (const h of [...notice.holidays].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const n = year.holidays.filter((d) => d >= h.start && d <= h.end).length;
    lines.push(
      lang === 'en'
        ? `  ${h.name} (${holidayNameEn(h.name)}): ${day(h.start)} to ${day(h.end)}, ${n} day${n === 1 ? '' : 's'}`
        : `  ${h.name}：${day(h.start)}至${day(h.end)}，共 ${n} 天`,
    );
  }
  lines.push(t({ zh: `调休上班（${year.workdays.length} 天）：`, en: `Make-up working days (调休上班, ${year.workdays.length}):` }));
  lines.push(year.workdays.length ? `  ${year.workdays.map(day).join(lang === 'en' ? ', ' : '、')}` : t({ zh: '  无', en: '  none' }));
  lines.push(t({ zh: '每月工作日：', en: 'Working days per month:' }));
  lines.push('  ' + months.map((n, i) => (lang === 'en' ? `${MONTHS_EN[i]} ${n}` : `${i + 1}月 ${n}`)).join(lang === 'en' ? ', ' : '，'));
  lines.push(t({ zh: `全年工作日 ${total} 天，休息日 ${daysInYear - total} 天`, en: `${total} working days in ${notice.year}, ${daysInYear - total} days off` }));
  return lines;
}

/** The database, opened only to publish. */
export interface ServicesSession {
  services: AppServices;
  close(): Promise<void>;
}

/**
 * `npm run calendar:import -- <file> [--publish --as <username>]`: checks a holiday notice file,
 * prints what it makes of the year, and with --publish publishes it through the same service as the
 * mutation, as the named user (whom the policies must allow). Returns the exit code: 0 valid (or
 * published), 1 invalid or refused, 2 wrong arguments.
 */
export async function runCalendarImport(
  argv: string[],
  open: () => Promise<ServicesSession>,
  print: (line: string) => void = console.log,
  cwd: string = process.env.INIT_CWD ?? process.cwd(), // npm runs scripts in the package root; a relative path is the caller's
): Promise<number> {
  const args = parseCalendarImportArgs(argv);
  if ('usage' in args) {
    print(args.usage);
    return 2;
  }
  const t = (m: Msg) => m[args.lang];
  const file = path.resolve(cwd, args.file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    print(t({ zh: `无法读取 ${file}：${(e as Error).message}`, en: `cannot read ${file}: ${(e as Error).message}` }));
    return 1;
  }
  const { notice, problems } = parseHolidayNotice(text);
  if (!notice) {
    print(t({ zh: `${args.file} 有 ${problems.length} 处问题，未发布：`, en: `${args.file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing published:` }));
    for (const p of problems) print(`  ${t(p.message)}`);
    return 1;
  }
  for (const line of summarizeNotice(notice, args.lang)) print(line);
  if (!args.publish) {
    print(t({ zh: '文件有效。试运行：未发布（发布请加 --publish --as <用户名>）', en: 'The file is valid. Dry run: nothing published (add --publish --as <username> to publish)' }));
    return 0;
  }

  const session = await open();
  try {
    const em = session.services.orm.em.fork();
    const user = await em.findOne(User, { username: args.as!, active: true }, { populate: ['agency', 'agency.county'], strategy: 'joined' });
    if (!user) {
      print(t({ zh: `没有在用的用户 ${args.as}`, en: `no active user ${args.as}` }));
      return 1;
    }
    const ctx = createContext(session.services, { principal: { user, serviceClient: CALENDAR_IMPORT_CLIENT } }, args.lang);
    const result = await publishCalendarYear(ctx, notice);
    if (!result.value) {
      print(t({ zh: `未发布 ${notice.year} 年工作日历：`, en: `The ${notice.year} calendar was not published:` }));
      for (const e of result.errors) print(`  ${e.code}${e.rule ? ` (${e.rule})` : ''}: ${e.message}`);
      return 1;
    }
    print(
      t({
        zh: `已发布 ${notice.year} 年工作日历，发布人 ${user.username}（${user.agency.name}），审计请求号 ${ctx.requestId}`,
        en: `Published the ${notice.year} calendar as ${user.username} (${user.agency.nameEn}); audit request ${ctx.requestId}`,
      }),
    );
    return 0;
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  process.exitCode = await runCalendarImport(process.argv.slice(2), async () => {
    const booted = await boot(loadConfig(), { seed: false, migrate: false, principals: false });
    return { services: booted.services, close: () => booted.shutdown() };
  });
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
