import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import {
  Apply,
  bothSigned,
  cloudIds,
  type CloudIds,
  ConfirmProvisioning,
  ExpertReview,
  Notify,
  Review,
  seatExperts,
  Sign,
  useClock,
} from '../cloud/support';
import { testNotice2027, testNotice2027DaysOff } from './notice-fixture';

const Years = graphql(`
  query CalendarYears {
    workingCalendarYears {
      year
      source
    }
  }
`);

const Deadline = graphql(`
  query CalendarDeadline($start: Date!, $days: Int!) {
    workingDeadline(start: $start, workingDays: $days)
  }
`);

const Publish = graphql(`
  mutation CalendarPublish($input: WorkingCalendarYearPublishInput!) {
    workingCalendarYearPublish(input: $input) {
      workingCalendarYear {
        year
        holidays
        workdays
        source
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Actions = graphql(`
  query CalendarTenancyActions($id: ID!) {
    cloudTenancy(id: $id) {
      status
      availableActions {
        action
        allowed
        blockers {
          code
          rule
          message
        }
      }
    }
  }
`);

const fixture2027 = testNotice2027();

let app: TestApp;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
});
afterAll(() => app.stop());

describe('the working-day calendar: years from the package, new years published by BDC or the Government Office (CM-12)', () => {
  let id: string;

  it('starts with the package’s years, up to 2026, and computes deadlines only within them', async () => {
    const years = await app.query(Years, {}, 'jyj.clerk');
    expect(years.workingCalendarYears.at(-1)).toEqual({ year: 2026, source: expect.stringMatching(/^chinese-days@/) });
    expect((await app.query(Deadline, { start: '2026-02-13', days: 3 }, 'jyj.clerk')).workingDeadline).toBe('2026-02-25');
    const beyond = await app.request(Deadline, { start: '2026-12-29', days: 3 }, { as: 'jyj.clerk', lang: 'en' });
    expect(beyond.errors?.[0]).toMatchObject({ message: 'No official holiday calendar for 2027: working days cannot be counted', extensions: { code: 'INVALID_INPUT', field: 'start', rule: 'CM-12' } });
  });

  it('refuses a step whose deadline would fall in 2027 (no calendar data), never counting plain weekdays (CM-13)', async () => {
    useClock(app, '2026-12-01');
    const applied = await app.query(
      Apply,
      {
        input: {
          systemName: '市民卡服务系统',
          zoneId: ids.zone('CT-JIAN-EXTRANET'),
          mlpsLevel: 3,
          classified: false,
          migration: false,
          contactName: '李工',
          contactPhone: '0796-1234567',
          resources: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }],
        },
      },
      'rsj.clerk',
    );
    id = applied.cloudTenancyApply.cloudTenancy!.id;
    await app.query(Review, { input: { id, decision: 'APPROVE' } }, 'bdc.leader');
    await seatExperts(app, ids, 'tenancy', id);
    await app.query(ExpertReview, { input: { id, reviewedOn: '2026-12-01', conclusion: '同意', quota: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }] } }, 'bdc.reviewer');
    await app.query(Sign, { input: { id, ...(await bothSigned(app, 'rsj.clerk', '2026-12-01')) } }, 'rsj.clerk');
    expect((await app.query(Notify, { input: { id } }, 'bdc.clerk')).cloudTenancyNotifyProvider.cloudTenancy?.provisioningDueOn).toBe('2026-12-04');

    useClock(app, '2026-12-02');
    const refused = await app.request(ConfirmProvisioning, { input: { id } }, { as: 'telecom.operator', lang: 'en' });
    expect(refused.data!.cloudTenancyConfirmProvisioning.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-13' }]);
    const actions = await app.request(Actions, { id }, { as: 'telecom.operator', lang: 'en' });
    expect(actions.data!.cloudTenancy.availableActions.find((a) => a.action === 'confirmProvisioning')).toEqual({
      action: 'confirmProvisioning',
      allowed: false,
      blockers: [
        {
          code: 'PRECONDITION_FAILED',
          rule: 'CM-13',
          message: 'The deadline would fall in a year for which no official holiday calendar has been published; working days cannot be counted until that calendar is published',
        },
      ],
    });
  });

  it('lets BDC’s leader or the Government Office publish a year, checked; nobody else', async () => {
    for (const [as, rule] of [['bdc.clerk', 'CM-12'], ['taihe.egov', 'CM-12'], ['drc.leader', 'CM-12'], ['audit.auditor', 'PM-18']]) {
      const res = await app.query(Publish, { input: fixture2027 }, as);
      expect(res.workingCalendarYearPublish).toEqual({ workingCalendarYear: null, errors: [{ code: 'FORBIDDEN', rule, field: null }] });
    }
    const wrong = await app.query(
      Publish,
      { input: { ...fixture2027, makeUpWorkdays: ['2027-02-22', '2027-02-06'], holidays: [{ ...fixture2027.holidays[0], start: '2026-12-31' }, ...fixture2027.holidays.slice(1)] } },
      'bdc.leader',
    );
    expect(wrong.workingCalendarYearPublish.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'CM-12', field: 'holidays[0].start' },
      { code: 'INVALID_INPUT', rule: 'CM-12', field: 'makeUpWorkdays[0]' },
      { code: 'INVALID_INPUT', rule: 'CM-12', field: 'makeUpWorkdays[1]' },
    ]);
    const published = await app.query(Publish, { input: fixture2027 }, 'govoffice.reviewer');
    expect(published.workingCalendarYearPublish).toEqual({
      workingCalendarYear: { year: 2027, holidays: testNotice2027DaysOff, workdays: fixture2027.makeUpWorkdays, source: '国办发明电〔2026〕99号（2026-11-10）' },
      errors: [],
    });
    const again = await app.query(Publish, { input: fixture2027 }, 'bdc.leader');
    expect(again.workingCalendarYearPublish.errors).toEqual([{ code: 'CONFLICT', rule: 'CM-12', field: 'year' }]);
  });

  it('then counts into 2027 with its holidays: provisioned 2026-12-02, deployment due 2027-01-14 (1-1 off)', async () => {
    expect((await app.query(Deadline, { start: '2026-12-29', days: 3 }, 'jyj.clerk')).workingDeadline).toBe('2027-01-04'); // 12-30 (1), 12-31 (2), 1-1 off, 1-4 (3)
    const confirmed = await app.query(ConfirmProvisioning, { input: { id } }, 'telecom.operator');
    expect(confirmed.cloudTenancyConfirmProvisioning).toEqual({
      cloudTenancy: { status: 'PROVISIONED', provisionedOn: '2026-12-02', deploymentDueOn: '2027-01-14' },
      errors: [],
    });
  });
});
