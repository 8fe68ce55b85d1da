import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { Adjust, cloudIds, provisionTenancy, useClock, type CloudIds } from '../cloud/support';

const TenancyCode = graphql(`
  query MonitoringTenancyCode($id: ID!) {
    cloudTenancy(id: $id) {
      code
      tenant {
        id
      }
    }
  }
`);

const Readings = graphql(`
  query MonitoringReadings($filter: UtilisationReadingFilter) {
    utilisationReadings(first: 100, filter: $filter) {
      totalCount
      nodes {
        id
        periodStart
        periodEnd
        average
        peak
        unit
        revision
        supersededAt
        item {
          code
        }
      }
    }
  }
`);

const Report = graphql(`
  query MonitoringReport($departmentId: ID!, $period: String) {
    utilisationReport(departmentId: $departmentId, period: $period) {
      period
      periodStart
      periodEnd
      department {
        code
      }
      lines {
        tenancy {
          code
        }
        item {
          code
        }
        quota
        readingDays
        readings
        average
        peak
        averagePercent
        peakPercent
        idlePercent
      }
    }
  }
`);

const Reports = graphql(`
  query MonitoringReports($filter: UtilisationReportFilter) {
    utilisationReports(filter: $filter) {
      period
      department {
        code
      }
      lines {
        tenancy {
          code
          systemName
        }
        item {
          code
          unit
        }
        quota
        averagePercent
        idlePercent
      }
    }
  }
`);

const Idle = graphql(`
  query MonitoringIdle($periods: Int, $thresholdPercent: String) {
    idleCloudResources(periods: $periods, thresholdPercent: $thresholdPercent) {
      quota
      thresholdPercent
      averagePercent
      periods {
        period
        averagePercent
      }
      tenancy {
        code
      }
      item {
        code
      }
    }
  }
`);

const TenancyChanges = graphql(`
  query MonitoringTenancyChanges($id: ID!) {
    cloudTenancy(id: $id) {
      changeRequests {
        kind
        status
        reason
        readings {
          periodStart
          average
          item {
            code
          }
        }
      }
    }
  }
`);

const PostReadings = graphql(`
  mutation MonitoringPostReadings($input: UtilisationReadingsPostInput!) {
    utilisationReadingsPost(input: $input) {
      batch {
        created
        corrected
        unchanged
        readings {
          row
          outcome
          reading {
            revision
          }
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
let gajTenancy: string;
let gajCode: string;
let jyjTenancy: string;
let jyjCode: string;

beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
  useClock(app, '2026-02-24');
  gajTenancy = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 8], ['ECS-MEM', 32]], systemName: '警务综合平台' });
  jyjTenancy = await provisionTenancy(app, ids, { as: 'jyj.clerk', resources: [['ECS-VCPU', 4]], systemName: '教育管理平台' });
  gajCode = (await app.query(TenancyCode, { id: gajTenancy }, 'bdc.clerk')).cloudTenancy.code;
  jyjCode = (await app.query(TenancyCode, { id: jyjTenancy }, 'bdc.clerk')).cloudTenancy.code;
  useClock(app, '2026-04-03');
});
afterAll(() => app.stop());

/** POST /monitoring/readings with a body of `type`, as `as` (or with no token). */
async function post(body: string, type: string, as?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': type };
  if (as) headers.authorization = `Bearer ${await app.token(as)}`;
  const res = await fetch(`${app.url}/monitoring/readings`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.json() };
}

const readingCount = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) as n from utilisation_reading'))[0].n);

/** A month of daily vCPU readings of the GAJ tenancy: 1.5 cores on average, 3 at peak. */
const marchVcpu = () =>
  Array.from({ length: 31 }, (_, i) => {
    const day = `2026-03-${String(i + 1).padStart(2, '0')}`;
    return { tenancy: gajCode, item: 'ECS-VCPU', periodStart: day, periodEnd: day, average: '1.5', peak: '3', unit: '核' };
  });

describe('CM-14: the monitoring platform posts utilisation readings', () => {
  it('CM-14: refuses a post without a token, or by anyone but the monitoring platform, and writes nothing', async () => {
    const body = JSON.stringify(marchVcpu());
    const anonymous = await post(body, 'application/json');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const unknownUser = await post(body, 'application/json', 'nobody.at.all');
    expect(unknownUser.status).toBe(401);
    const badToken = await fetch(`${app.url}/monitoring/readings`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' }, body });
    expect(badToken.status).toBe(401);
    for (const as of ['gaj.clerk', 'bdc.leader', 'telecom.operator', 'audit.auditor']) {
      const wrong = await post(body, 'application/json', as);
      expect(wrong.status).toBe(403);
      expect(wrong.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: as === 'audit.auditor' ? 'PM-18' : 'CM-14' });
    }
    // The same through GraphQL.
    const viaGraphql = await app.query(PostReadings, { input: { readings: marchVcpu().slice(0, 1) } }, 'gaj.clerk');
    expect(viaGraphql.utilisationReadingsPost.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-14', field: null }]);
    expect(await readingCount()).toBe(0);
  });

  it('CM-14: the service account reads nothing but its own agency, not the directory', async () => {
    const res = await app.request('{ cloudTenancies(first: 5) { totalCount } agencies(first: 5) { totalCount } }', {}, { as: 'monitor.platform' });
    expect(res.data).toEqual({ cloudTenancies: { totalCount: 0 }, agencies: { totalCount: 1 } });
  });

  it('CM-14: takes a month of readings as JSON and as CSV; a reading posted twice counts once', async () => {
    const json = await post(JSON.stringify({ readings: marchVcpu() }), 'application/json', 'monitor.platform');
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ created: 31, corrected: 0, unchanged: 0 });
    expect(json.body.readings[0]).toMatchObject({ row: 1, outcome: 'CREATED', revision: 1 });

    const csv = ['tenancy,item,month,average,peak,unit', `${gajCode},ECS-MEM,2026-03,50,80,%`, `${jyjCode},ECS-VCPU,2026-03,3.2,4,核`].join('\n');
    const csvPosted = await post(csv, 'text/csv; charset=utf-8', 'monitor.platform');
    expect(csvPosted.status).toBe(200);
    expect(csvPosted.body).toMatchObject({ created: 2, unchanged: 0 });
    expect(await readingCount()).toBe(33);

    // Posted again (and once more inside the same batch): nothing new.
    const again = await post(JSON.stringify([...marchVcpu(), marchVcpu()[0]]), 'application/json', 'monitor.platform');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, corrected: 0, unchanged: 32 });
    expect((await post(csv, 'text/csv', 'monitor.platform')).body).toMatchObject({ created: 0, unchanged: 2 });
    expect(await readingCount()).toBe(33);
  });

  it('CM-14: a malformed CSV gets INVALID_INPUT with its rows, and writes nothing', async () => {
    const csv = [
      'tenancy,item,month,average,peak,unit',
      `${gajCode},ECS-VCPU,2026-02,abc,3,核`,
      `NO-SUCH-TENANCY,ECS-VCPU,2026-02,1,3,核`,
      `${gajCode},ECS-VCPU,2026-13,1,0.5,台`,
      `${gajCode},ECS-VCPU,2026-02,1,3,核`,
    ].join('\n');
    const res = await post(csv, 'text/csv', 'monitor.platform');
    expect(res.status).toBe(422);
    const problems = res.body.errors.map((e: any) => [e.extensions.code, e.extensions.row, e.extensions.field, e.extensions.rule]);
    expect(problems).toEqual([
      ['INVALID_INPUT', 1, 'rows[1].average', 'CM-14'],
      ['INVALID_INPUT', 2, 'rows[2].tenancy', 'CM-14'],
      ['INVALID_INPUT', 3, 'rows[3].month', 'CM-14'],
      ['INVALID_INPUT', 3, 'rows[3].peak', 'CM-14'],
    ]);
    // Not CSV at all: an unclosed quote.
    const broken = await post('tenancy,item,month,average,peak,unit\n"YZ,ECS-VCPU,2026-02,1,2,核\n', 'text/csv', 'monitor.platform');
    expect(broken.status).toBe(422);
    expect(broken.body.errors[0].extensions).toMatchObject({ code: 'INVALID_INPUT', rule: 'CM-14' });
    const unknownColumn = await post('tenancy,item,month,avg\nx,y,2026-02,1\n', 'text/csv', 'monitor.platform');
    expect(unknownColumn.body.errors[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'body' });
    expect((await post('[', 'application/json', 'monitor.platform')).status).toBe(422);
    expect((await post('x', 'text/plain', 'monitor.platform')).status).toBe(415);
    // In English on request.
    const en = await fetch(`${app.url}/monitoring/readings`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'accept-language': 'en', authorization: `Bearer ${await app.token('monitor.platform')}` },
      body: csv,
    });
    expect(((await en.json()) as any).errors[0].message).toMatch(/average/);
    expect(await readingCount()).toBe(33);
  });

  it('CM-14: bounds a batch and checks each reading against the quota the tenancy had', async () => {
    const tooMany = Array.from({ length: 2001 }, () => marchVcpu()[0]);
    const res = await post(JSON.stringify(tooMany), 'application/json', 'monitor.platform');
    expect(res.status).toBe(422);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'rows' });
    // The JYJ tenancy has no memory; a period not yet over has no reading.
    const notAllocated = await post(
      JSON.stringify([
        { tenancy: jyjCode, item: 'ECS-MEM', month: '2026-03', average: '1', peak: '2', unit: 'GB' },
        { tenancy: jyjCode, item: 'ECS-VCPU', month: '2026-04', average: '1', peak: '2', unit: '核' },
      ]),
      'application/json',
      'monitor.platform',
    );
    expect(notAllocated.body.errors.map((e: any) => e.extensions.field)).toEqual(['rows[1].item', 'rows[2].periodEnd']);
    expect(await readingCount()).toBe(33);
  });

  it('CM-14: another value for a reading on file is a CONFLICT unless sent as a correction, which keeps the replaced revision', async () => {
    const changed = { tenancy: jyjCode, item: 'ECS-VCPU', month: '2026-03', average: '3.4', peak: '4', unit: '核' };
    const refused = await post(JSON.stringify([changed]), 'application/json', 'monitor.platform');
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CM-14', row: 1 });
    const corrected = await app.query(PostReadings, { input: { readings: [{ ...changed, correction: true }] } }, 'monitor.platform');
    expect(corrected.utilisationReadingsPost).toEqual({
      batch: { created: 0, corrected: 1, unchanged: 0, readings: [{ row: 1, outcome: 'CORRECTED', reading: { revision: 2 } }] },
      errors: [],
    });
    const jyj = (await app.query(Readings, { filter: { tenancyId: jyjTenancy, includeSuperseded: true } }, 'bdc.clerk')).utilisationReadings.nodes;
    expect(jyj.map((r) => [r.revision, r.average, r.supersededAt !== null])).toEqual([
      [1, '3.2000', true],
      [2, '3.4000', false],
    ]);
    expect((await app.query(Readings, { filter: { tenancyId: jyjTenancy } }, 'bdc.clerk')).utilisationReadings.totalCount).toBe(1);
  });
});

describe('CM-14: BDC’s adjustments cite the readings; the report goes back to the department', () => {
  it('CM-14: BDC adjusts citing the tenancy’s readings, and the tenant reads the adjustment with them', async () => {
    const readings = (await app.query(Readings, { filter: { tenancyId: gajTenancy, itemId: ids.item('ECS-VCPU'), period: '2026-03' } }, 'bdc.clerk')).utilisationReadings;
    expect(readings.totalCount).toBe(31);
    const others = (await app.query(Readings, { filter: { tenancyId: jyjTenancy } }, 'bdc.clerk')).utilisationReadings.nodes;
    const input = {
      tenancyId: gajTenancy,
      utilisation: '监管平台：2026 年 3 月 vCPU 平均 1.5 核（18.75%），峰值 3 核',
      lines: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }],
      readingIds: readings.nodes.slice(0, 3).map((r) => r.id),
    };
    const foreign = await app.query(Adjust, { input: { ...input, readingIds: [others[0].id] } }, 'bdc.leader');
    expect(foreign.cloudTenancyAdjust.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-14', field: 'readingIds[0]' }]);
    const adjusted = await app.query(Adjust, { input }, 'bdc.leader');
    expect(adjusted.cloudTenancyAdjust.errors).toEqual([]);
    for (const reader of ['gaj.clerk', 'bdc.clerk', 'audit.auditor']) {
      const { cloudTenancy } = await app.query(TenancyChanges, { id: gajTenancy }, reader);
      expect(cloudTenancy.changeRequests).toEqual([
        {
          kind: 'ADJUSTMENT',
          status: 'COMPLETED',
          reason: input.utilisation,
          readings: ['2026-03-01', '2026-03-02', '2026-03-03'].map((d) => ({ periodStart: d, average: '1.5000', item: { code: 'ECS-VCPU' } })),
        },
      ]);
    }
    // The tenant reads its own readings, not another department's.
    expect((await app.query(Readings, {}, 'gaj.clerk')).utilisationReadings.totalCount).toBe(32);
    expect((await app.query(Readings, {}, 'jyj.clerk')).utilisationReadings.totalCount).toBe(1);
  });

  it('CM-14: the monthly utilisation report gives each tenancy’s quota, use and idle share to the department and to BDC', async () => {
    const gaj = ids.agency('GAJ');
    const { utilisationReport } = await app.query(Report, { departmentId: gaj, period: '2026-03' }, 'gaj.clerk');
    expect(utilisationReport).toMatchObject({ period: '2026-03', periodStart: '2026-03-01', periodEnd: '2026-03-31', department: { code: 'GAJ' } });
    const byItem = Object.fromEntries(utilisationReport.lines.map((l) => [l.item!.code, l]));
    // March's quota was 8 cores until the adjustment of 3 April: the line of the period is the one in force in it.
    expect(byItem['ECS-VCPU']).toEqual({
      tenancy: { code: gajCode },
      item: { code: 'ECS-VCPU' },
      quota: 8,
      readingDays: 31,
      readings: 31,
      average: '1.5000',
      peak: '3.0000',
      averagePercent: '18.75',
      peakPercent: '37.50',
      idlePercent: '81.25',
    });
    expect(byItem['ECS-MEM']).toMatchObject({ quota: 32, average: '16.0000', averagePercent: '50.00', peakPercent: '80.00', idlePercent: '50.00' });
    // The last complete month is the default period (the clock is in April).
    expect((await app.query(Report, { departmentId: gaj }, 'bdc.clerk')).utilisationReport.period).toBe('2026-03');
    expect((await app.query(Report, { departmentId: gaj, period: '2026-03' }, 'audit.auditor')).utilisationReport.lines).toHaveLength(2);
    // Another department sees its own report only.
    const other = await app.request(Report, { departmentId: gaj, period: '2026-03' }, { as: 'jyj.clerk' });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.query(Reports, { filter: { period: '2026-03' } }, 'jyj.clerk')).utilisationReports.map((r) => r.department!.code)).toEqual(['JYJ']);
    expect((await app.query(Reports, { filter: { period: '2026-03' } }, 'bdc.clerk')).utilisationReports.map((r) => r.department!.code).sort()).toEqual(['GAJ', 'JYJ']);
    expect((await app.query(Reports, { filter: { period: '2026-03' } }, 'telecom.operator')).utilisationReports).toEqual([]);
    const bad = await app.request(Reports, { filter: { period: '2026-3' } }, { as: 'bdc.clerk' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', rule: 'CM-14' });
  });

  it('CM-14: the report query’s statements do not grow with its rows', async () => {
    const count = async () => {
      app.statements.reset();
      const { utilisationReports } = await app.query(Reports, { filter: { period: '2026-03' } }, 'bdc.clerk');
      return { statements: app.statements.count, lines: utilisationReports.reduce((n, r) => n + r.lines.length, 0) };
    };
    const before = await count();
    useClock(app, '2026-02-26');
    await provisionTenancy(app, ids, { as: 'wjw.clerk', resources: [['ECS-VCPU', 16], ['ECS-MEM', 64], ['EVS-SSD', 500]], systemName: '全民健康信息平台' });
    await provisionTenancy(app, ids, { as: 'jyj.clerk', resources: [['ECS-VCPU', 2], ['ECS-MEM', 8]], systemName: '教育资源平台' });
    useClock(app, '2026-04-03');
    const after = await count();
    expect(after.lines).toBeGreaterThan(before.lines + 3);
    expect(after.statements).toBe(before.statements);
  });

  it('CM-14: BDC sees the resources idle below the configured threshold; nobody else does', async () => {
    const idle = (await app.query(Idle, { periods: 1 }, 'bdc.clerk')).idleCloudResources;
    expect(idle.map((i) => [i.tenancy!.code, i.item!.code, i.quota, i.averagePercent, i.thresholdPercent, i.periods])).toEqual([
      [gajCode, 'ECS-VCPU', 8, '18.75', '20.00', [{ period: '2026-03', averagePercent: '18.75' }]],
    ]);
    expect(idle).toHaveLength(1);
    // With a threshold above the memory's 50%, both of GAJ's items and JYJ's vCPU (3.4 of 4 cores: 85%) are counted only when below it.
    const wide = (await app.query(Idle, { periods: 1, thresholdPercent: '60' }, 'bdc.clerk')).idleCloudResources;
    expect(wide.map((i) => i.item!.code).sort()).toEqual(['ECS-MEM', 'ECS-VCPU']);
    // Three periods by default (rulebook idleUtilisationPeriods): February and January have no readings.
    expect((await app.query(Idle, {}, 'bdc.clerk')).idleCloudResources).toEqual([]);
    expect((await app.query(Idle, { periods: 1 }, 'gaj.clerk')).idleCloudResources).toEqual([]);
    expect((await app.query(Idle, { periods: 1 }, 'audit.auditor')).idleCloudResources).toHaveLength(1);
  });
});

describe('CM-14: a county tenancy reports to the county department whose system it is', () => {
  it('CM-14: the county department reads its report, the county government (the tenant) and e-gov office the readings', async () => {
    useClock(app, '2026-02-25');
    const county = await provisionTenancy(app, ids, { as: 'taihe.egov', resources: [['ECS-VCPU', 4]], systemName: '泰和县智慧教育平台' });
    useClock(app, '2026-04-03');
    const code = (await app.query(TenancyCode, { id: county }, 'bdc.clerk')).cloudTenancy.code;
    const posted = await post(`tenancy,item,month,average,peak,unit\n${code},ECS-VCPU,2026-03,1,2,核\n`, 'text/csv', 'monitor.platform');
    expect(posted.body).toMatchObject({ created: 1 });
    const dept = ids.agency('TAIHE-DEPT');
    const { utilisationReport } = await app.query(Report, { departmentId: dept, period: '2026-03' }, 'taihe.dept');
    expect(utilisationReport.lines.map((l) => [l.tenancy!.code, l.quota, l.averagePercent, l.idlePercent])).toEqual([[code, 4, '25.00', '75.00']]);
    for (const reader of ['taihe.gov', 'taihe.egov', 'taihe.dept']) {
      expect((await app.query(Readings, { filter: { tenancyId: county } }, reader)).utilisationReadings.totalCount).toBe(1);
    }
    expect((await app.query(Readings, { filter: { tenancyId: county } }, 'jishui.egov')).utilisationReadings.totalCount).toBe(0);
    const otherCounty = await app.request(Report, { departmentId: dept, period: '2026-03' }, { as: 'jishui.dept' });
    expect(otherCounty.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('CM-14: the audit trail of the batches', () => {
  it('CM-14: every batch, taken or refused, is one audit event of the platform', async () => {
    const events = async () =>
      sqlAsAdmin<{ outcome: string; error_code: string | null; actor_username: string }>(
        app.database,
        `select outcome, error_code, actor_username from audit_event where subject_type = 'UtilisationReading' and action = 'post' order by seq`,
      );
    const before = (await events()).length;
    await post(JSON.stringify(marchVcpu()), 'application/json', 'monitor.platform');
    await post('tenancy,item,month,average,peak,unit\nx,ECS-VCPU,2026-03,1,2,核\n', 'text/csv', 'monitor.platform');
    await post(JSON.stringify(marchVcpu()), 'application/json', 'gaj.clerk');
    expect((await events()).slice(before)).toEqual([
      { outcome: 'ALLOWED', error_code: null, actor_username: 'monitor.platform' },
      { outcome: 'REFUSED', error_code: 'INVALID_INPUT', actor_username: 'monitor.platform' },
      { outcome: 'REFUSED', error_code: 'FORBIDDEN', actor_username: 'gaj.clerk' },
    ]);
  });
});
