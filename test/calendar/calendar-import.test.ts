import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import type { HolidayNotice } from '../../src/calendar/holiday-notice';
import { CALENDAR_IMPORT_CLIENT, runCalendarImport, type ServicesSession } from '../../src/cli/calendar-import';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { testNotice2027, testNotice2027DaysOff } from './notice-fixture';

const Deadline = graphql(`
  query CalendarImportDeadline($start: Date!, $days: Int!) {
    workingDeadline(start: $start, workingDays: $days)
  }
`);

const Years = graphql(`
  query CalendarImportYears {
    workingCalendarYears {
      year
      holidays
      workdays
      source
    }
  }
`);

const Publish = graphql(`
  mutation CalendarImportPublish($input: WorkingCalendarYearPublishInput!) {
    workingCalendarYearPublish(input: $input) {
      workingCalendarYear {
        year
      }
      errors {
        code
        rule
        field
        message
      }
    }
  }
`);

let app: TestApp;
let scratch: string;
let opened = 0;
/** The CLI's database: the test app's services, counted so that a dry run can be seen not to open it. */
const open = async (): Promise<ServicesSession> => {
  opened += 1;
  return { services: app.services, close: async () => undefined };
};

function writeFile(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

async function cli(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCalendarImport(argv, open, (l) => lines.push(l), scratch);
  return { code, lines };
}

const years = async () => (await app.query(Years, {}, 'jyj.clerk')).workingCalendarYears.map((y) => y.year);

beforeAll(async () => {
  app = await startTestApp();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-calendar-import-'));
});
afterAll(async () => {
  await app.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('npm run calendar:import and the mutation: the State Council’s notice from a file, checked, then published (CM-12)', () => {
  it('refuses a 30-working-day deadline into 2027 while 2027 is missing, never guessing', async () => {
    const res = await app.request(Deadline, { start: '2026-12-01', days: 30 }, { as: 'jyj.clerk', lang: 'en' });
    expect(res.errors?.[0]).toMatchObject({ message: 'No official holiday calendar for 2027: working days cannot be counted', extensions: { code: 'INVALID_INPUT', rule: 'CM-12' } });
  });

  it('dry run: checks the file and prints the year it makes, without opening the database', async () => {
    writeFile('2027.json', testNotice2027());
    const { code, lines } = await cli('2027.json', '--lang', 'en');
    expect(code).toBe(0);
    expect(opened).toBe(0);
    expect(lines).toEqual([
      'The 2027 calendar by 国办发明电〔2026〕99号（2026-11-10）',
      'Days off (7 ranges, 29 days):',
      "  元旦 (New Year's Day): 2027-01-01 Fri to 2027-01-03 Sun, 3 days",
      '  春节 (Spring Festival): 2027-02-05 Fri to 2027-02-13 Sat, 9 days',
      '  清明节 (Qingming Festival): 2027-04-03 Sat to 2027-04-05 Mon, 3 days',
      '  劳动节 (Labour Day): 2027-05-01 Sat to 2027-05-05 Wed, 5 days',
      '  端午节 (Dragon Boat Festival): 2027-06-09 Wed to 2027-06-09 Wed, 1 day',
      '  中秋节 (Mid-Autumn Festival): 2027-09-15 Wed to 2027-09-15 Wed, 1 day',
      '  国庆节 (National Day): 2027-10-01 Fri to 2027-10-07 Thu, 7 days',
      'Make-up working days (调休上班, 5):',
      '  2027-01-31 Sun, 2027-02-20 Sat, 2027-05-08 Sat, 2027-09-26 Sun, 2027-10-09 Sat',
      'Working days per month:',
      '  Jan 21, Feb 15, Mar 23, Apr 21, May 19, Jun 21, Jul 22, Aug 22, Sep 22, Oct 17, Nov 22, Dec 23',
      '248 working days in 2027, 117 days off',
      'The file is valid. Dry run: nothing published (add --publish --as <username> to publish)',
    ]);
    expect(await years()).not.toContain(2027);
  });

  it('refuses an invalid file naming the bad day, in Chinese by default, and publishes nothing even with --publish', async () => {
    const bad = testNotice2027();
    bad.makeUpWorkdays[2] = '2027-02-15';
    writeFile('bad.json', bad);
    const zh = await cli('bad.json');
    expect(zh).toEqual({ code: 1, lines: ['bad.json 有 1 处问题，未发布：', '  makeUpWorkdays[2]：2027-02-15 是周一，不是周末，不能作为调休上班日'] });
    const en = await cli('bad.json', '--publish', '--as', 'bdc.leader', '--lang', 'en');
    expect(en).toEqual({ code: 1, lines: ['bad.json has 1 problem; nothing published:', '  makeUpWorkdays[2]: 2027-02-15 is a Monday, not a weekend'] });
    expect(opened).toBe(0);

    writeFile('wrong-year.json', { ...testNotice2027(), year: 2026 });
    expect(await cli('wrong-year.json', '--publish', '--as', 'bdc.leader', '--lang', 'en')).toEqual({
      code: 1,
      lines: ['wrong-year.json has 1 problem; nothing published:', '  year: the notice says 2026 but its dates are all in 2027'],
    });
    writeFile('not-json.json', '{ "year": 2027, ');
    expect(await cli('not-json.json', '--lang', 'en')).toMatchObject({ code: 1, lines: ['not-json.json has 1 problem; nothing published:', expect.stringMatching(/^ {2}file: not valid JSON/)] });
    expect(opened).toBe(0);
  });

  it('usage: --publish needs --as naming the person; a missing file is one line', async () => {
    const noPerson = await cli('2027.json', '--publish');
    expect(noPerson.code).toBe(2);
    expect(noPerson.lines[0]).toMatch(/^--publish needs --as <username>: the person who publishes it, whom the audit trail names\nusage: npm run calendar:import -- <file.json>/);
    expect((await cli()).code).toBe(2);
    const missing = await cli('2099.json', '--lang', 'en');
    expect(missing.code).toBe(1);
    expect(missing.lines[0]).toMatch(/^cannot read .*2099\.json: ENOENT/);
  });

  it('publishes only as a user the policies allow: BDC’s clerk is refused, and the refusal is audited in their name', async () => {
    const { code, lines } = await cli('2027.json', '--publish', '--as', 'bdc.clerk', '--lang', 'en');
    expect(code).toBe(1);
    expect(lines.slice(-2)).toEqual(['The 2027 calendar was not published:', expect.stringMatching(/^ {2}FORBIDDEN \(CM-12\): Not permitted to publish/)]);
    expect(await cli('2027.json', '--publish', '--as', 'nobody.here', '--lang', 'en')).toMatchObject({ code: 1, lines: expect.arrayContaining(['no active user nobody.here']) });
    const refused = await app.orm.em.fork().findOneOrFail(AuditEvent, { action: 'publish', subjectType: 'WorkingCalendarYear' }, { orderBy: { seq: 'desc' } });
    expect(refused).toMatchObject({ actorUsername: 'bdc.clerk', serviceClient: CALENDAR_IMPORT_CLIENT, outcome: 'REFUSED', errorCode: 'FORBIDDEN', rule: 'CM-12' });
    expect(await years()).not.toContain(2027);
  });

  it('publishes the valid 2027 file as BDC’s leader; then a 30-working-day deadline into 2027 is answered by its holidays', async () => {
    const { code, lines } = await cli('2027.json', '--publish', '--as', 'bdc.leader', '--lang', 'en');
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^Published the 2027 calendar as bdc\.leader \(.+\); audit request [0-9a-f-]{36}$/);
    const requestId = /audit request (\S+)$/.exec(lines.at(-1)!)![1];
    const event = await app.orm.em.fork().findOneOrFail(AuditEvent, { requestId });
    expect(event).toMatchObject({ actorUsername: 'bdc.leader', serviceClient: CALENDAR_IMPORT_CLIENT, action: 'publish', outcome: 'ALLOWED', rule: 'CM-12' });

    const published = (await app.query(Years, {}, 'jyj.clerk')).workingCalendarYears.find((y) => y.year === 2027);
    expect(published).toEqual({ year: 2027, holidays: testNotice2027DaysOff, workdays: testNotice2027().makeUpWorkdays, source: '国办发明电〔2026〕99号（2026-11-10）' });
    // 2026-12: 22 working days after 12-01; 2027-01-01 off; 01-04…08 and 01-11…13.
    expect((await app.query(Deadline, { start: '2026-12-01', days: 30 }, 'jyj.clerk')).workingDeadline).toBe('2027-01-13');
    // Across the Spring Festival: 01-31 (Sunday) and 02-20 (Saturday) worked, 02-05…13 off; plain weekdays would say 03-03.
    expect((await app.query(Deadline, { start: '2027-01-20', days: 30 }, 'jyj.clerk')).workingDeadline).toBe('2027-03-09');
  });

  it('a published year is not rewritten: importing it again is a conflict', async () => {
    const { code, lines } = await cli('2027.json', '--publish', '--as', 'govoffice.reviewer', '--lang', 'en');
    expect(code).toBe(1);
    expect(lines.at(-1)).toBe('  CONFLICT (CM-12): The 2027 calendar already exists; a published year is not rewritten');
  });

  it('the mutation takes the same file contents and refuses them the same way, naming the day', async () => {
    const file2028: HolidayNotice = JSON.parse(JSON.stringify(testNotice2027()).replaceAll('2027-', '2028-').replace('"year":2027', '"year":2028').replace('〔2026〕', '〔2027〕').replace('2026-11-10', '2027-11-10'));
    const res = await app.request(Publish, { input: file2028 }, { as: 'bdc.leader', lang: 'en' });
    // The 2027 dates moved to 2028 fall on other weekdays: the make-up days are weekdays now.
    expect(res.data!.workingCalendarYearPublish).toEqual({
      workingCalendarYear: null,
      errors: expect.arrayContaining([
        { code: 'INVALID_INPUT', rule: 'CM-12', field: 'makeUpWorkdays[0]', message: 'makeUpWorkdays[0]: 2028-01-31 is a Monday, not a weekend' },
      ]),
    });
    expect(await years()).not.toContain(2028);

    // The shipped example, verbatim as the input: accepted by the schema, checked, and 2026 exists already.
    const example = JSON.parse(fs.readFileSync(path.join(__dirname, '../../calendar/2026.json'), 'utf8'));
    const again = await app.request(Publish, { input: example }, { as: 'bdc.leader', lang: 'en' });
    expect(again.data!.workingCalendarYearPublish.errors).toEqual([
      { code: 'CONFLICT', rule: 'CM-12', field: 'year', message: 'The 2026 calendar already exists; a published year is not rewritten' },
    ]);
  });
});
