import pg from 'pg';
import {
  API_AUDIT_PAGE,
  API_COUNTY_PAGE,
  canonicalAuditFromApi,
  canonicalAuditFromSql,
  canonicalFromApi,
  canonicalFromSql,
  firstDifference,
  SQL_AUDIT_PAGE,
  SQL_COUNTY_PAGE,
} from '../../bench/compare/pages';
import { installRls, loadClaims, READER_ROLE, type Claims } from '../../bench/compare/rls';
import { seedCompareData } from '../../bench/compare/seed';
import { startTestApp, type TestApp } from '../support/app';
import { databaseUrl } from '../support/database';

/**
 * The references of `npm run bench:compare` answer what the API answers, on a small data set: the
 * raw-SQL pages, and the row-level security the PostGraphile side reads under (PostGraphile itself
 * runs only in the benchmark). The benchmark checks the three sides again on its own data.
 */
let app: TestApp;
let db: pg.Client;
let claims: Map<string, Claims>;

beforeAll(async () => {
  app = await startTestApp();
  db = new pg.Client({ connectionString: databaseUrl(app.database) });
  await db.connect();
  await seedCompareData(db, { projects: 170, auditEvents: 400 }, app.services.policies.version);
  await installRls(db);
  claims = await loadClaims(db);
}, 120_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

/** `sql` as the PostGraphile side runs it: as the reader role, with the principal's claims. */
async function underRls<T extends pg.QueryResultRow>(username: string, sql: string): Promise<T[]> {
  const c = claims.get(username)!;
  await db.query('begin');
  try {
    await db.query(
      `select set_config('role', $1, true), set_config('jwt.claims.agency_id', $2, true), set_config('jwt.claims.agency_kind', $3, true), set_config('jwt.claims.county_code', $4, true)`,
      [READER_ROLE, c.agencyId, c.agencyKind, c.countyCode ?? ''],
    );
    return (await db.query<T>(sql)).rows;
  } finally {
    await db.query('rollback');
  }
}

describe('bench:compare references', () => {
  it("PM-8.3, PM-9(3), PM-15, PM-16.1, CM-10: the raw-SQL county page answers the API's rows for a county government", async () => {
    const api = canonicalFromApi(await app.query(API_COUNTY_PAGE as never, { first: 20 }, 'taihe.gov'));
    const c = claims.get('taihe.gov')!;
    const sql = canonicalFromSql(JSON.parse((await db.query<{ json: string }>(SQL_COUNTY_PAGE, [c.agencyId, c.countyCode, 20])).rows[0].json));
    expect(api.length).toBe(10);
    expect(api.some((p) => p.catalog && p.acceptanceRecords.length && p.tenancies.length)).toBe(true);
    expect(firstDifference(api, sql)).toBeUndefined();
  });

  it('PM-8.3, PM-9(3), PM-15, PM-16.1, CM-10: row-level security gives a county government the rows the API gives it', async () => {
    const api = canonicalFromApi(await app.query(API_COUNTY_PAGE as never, { first: 20 }, 'taihe.gov'));
    const projects = await underRls<{ id: string }>('taihe.gov', 'select id from project order by created_at desc, id');
    expect(projects.map((p) => p.id)).toEqual(api.map((p) => p.id));
    const visible = async (table: string) => (await underRls<{ n: number }>('taihe.gov', `select count(*)::int as n from ${table} where project_id = any('{${api.map((p) => p.id).join(',')}}')`))[0].n;
    expect(await visible('budget_line')).toBe(api.reduce((n, p) => n + p.budgetLines.length, 0));
    expect(await visible('catalog')).toBe(api.filter((p) => p.catalog).length);
    expect(await visible('sharing_review')).toBe(api.filter((p) => p.sharingReview).length);
    expect(await visible('acceptance_record')).toBe(api.reduce((n, p) => n + p.acceptanceRecords.length, 0));
    expect(await visible('cloud_tenancy')).toBe(api.reduce((n, p) => n + p.tenancies.length, 0));
    const entries = await underRls<{ n: number }>('taihe.gov', `select count(*)::int as n from catalog_entry where catalog_id = any('{${api.flatMap((p) => (p.catalog ? [p.catalog.id] : [])).join(',')}}')`);
    expect(entries[0].n).toBe(api.reduce((n, p) => n + (p.catalog?.entryCount ?? 0), 0));
  });

  it('PM-18: the Audit Bureau reads the same audit page from the API, the raw SQL and under row-level security; a county reads none', async () => {
    const span = (await db.query<{ min: Date; max: Date }>('select min(occurred_at) as min, max(occurred_at) as max from audit_event')).rows[0];
    const from = new Date(span.min.getTime() + (span.max.getTime() - span.min.getTime()) / 3).toISOString();
    const before = new Date(span.max.getTime()).toISOString();
    const api = canonicalAuditFromApi(await app.query(API_AUDIT_PAGE as never, { first: 50, from, before }, 'audit.auditor'));
    const sql = canonicalAuditFromSql(JSON.parse((await db.query<{ json: string }>(SQL_AUDIT_PAGE, [from, before, 50])).rows[0].json));
    expect(api.nodes.length).toBe(50);
    expect(firstDifference(api, sql)).toBeUndefined();
    const rls = await underRls<{ n: number }>('audit.auditor', `select count(*)::int as n from bench.audit_events_between('${from}', '${before}')`);
    expect(rls[0].n).toBe(api.totalCount);
    expect((await underRls<{ n: number }>('taihe.gov', 'select count(*)::int as n from audit_event'))[0].n).toBe(0);
  });
});
