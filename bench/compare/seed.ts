import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { GENESIS_HASH, hashEvent } from '../../src/audit/audit-chain';
import { AuditOutcome } from '../../src/audit/audit-event.entity';
import { CITY_CODE, counties } from '../../src/db/seed/reference-data';

/**
 * The benchmark's data set, inserted in bulk with SQL after the app migrated and seeded its
 * reference data (divisions, agencies, users, cloud zones): projects over the city and the 16
 * county-level units, each with budget lines; catalogs with entries; cloud tenancies; sharing
 * reviews and acceptance records for the projects far enough along; audit events, hash-chained as
 * the app chains them. Every row satisfies the schema's constraints (foreign keys, checks, unique
 * keys) and the states follow the workflows (a catalog once the project is filed, an acceptance
 * record only after a confirmed sharing review).
 */
export interface SeedSize {
  projects: number;
  auditEvents: number;
}

export interface SeedSummary {
  projects: number;
  budgetLines: number;
  catalogs: number;
  catalogEntries: number;
  tenancies: number;
  sharingReviews: number;
  acceptanceRecords: number;
  auditEvents: number;
  /** Whether this run inserted them (false: they were there from an earlier run). */
  inserted: boolean;
}

/** Projects of the data set are coded `CMP-<n>`; audit events carry request IDs `cmp-<n>`. */
export const PROJECT_PREFIX = 'CMP-';

const STATUSES = [
  'DRAFT', 'UNDER_REVIEW', 'APPROVED', 'TECH_REVIEW_PASSED', 'PROCURED', 'UNDER_CONSTRUCTION', 'UNDER_CONSTRUCTION', 'ACCEPTED',
  'RETURNED', 'APPROVED', 'UNDER_CONSTRUCTION', 'ACCEPTED',
] as const;
const FILED = new Set(['UNDER_REVIEW', 'APPROVED', 'TECH_REVIEW_PASSED', 'PROCURED', 'UNDER_CONSTRUCTION', 'ACCEPTED', 'RETURNED']);
const APPROVED = new Set(['APPROVED', 'TECH_REVIEW_PASSED', 'PROCURED', 'UNDER_CONSTRUCTION', 'ACCEPTED']);
const BUILT = new Set(['UNDER_CONSTRUCTION', 'ACCEPTED']);
const CATEGORIES = ['BUSINESS_SYSTEM', 'RESOURCE_DATABASE', 'COMMON_APPLICATION', 'DATA_EXCHANGE_PLATFORM', 'SECURITY_INFRASTRUCTURE'];
const LINE_KINDS = ['SOFTWARE_DEVELOPMENT', 'SYSTEM_INTEGRATION', 'CLOUD_SERVICES', 'SECURITY_AND_CRYPTOGRAPHY', 'SUPERVISION', 'OPERATION_AND_MAINTENANCE'];
const SYSTEMS = ['政务服务', '数据共享', '智慧教育', '医保结算', '不动产登记', '社会救助', '应急指挥', '市场监管', '公共资源交易', '城市治理'];
const TENANCY_STATUSES = ['APPROVED', 'PROVISIONED', 'IN_SERVICE', 'IN_SERVICE', 'IN_SERVICE', 'APPLIED'];
const UPDATE_CYCLES = ['REAL_TIME', 'DAILY', 'MONTHLY', 'QUARTERLY', 'YEARLY'];
const AUDIT_ACTIONS: [string, string][] = [
  ['projectCreate', 'Project'], ['projectUpdate', 'Project'], ['projectSubmitFeasibility', 'Project'], ['projectApprove', 'Project'],
  ['catalogCreate', 'Catalog'], ['catalogSubmit', 'Catalog'], ['catalogPublish', 'Catalog'], ['cloudTenancyApply', 'CloudTenancy'],
  ['cloudTenancyApprove', 'CloudTenancy'], ['sharingReviewRequest', 'SharingReview'], ['acceptanceApply', 'AcceptanceRecord'],
];

/** A small deterministic generator, so that every run (and every side) sees the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = Record<string, unknown>;

/**
 * Inserts rows in statements of `chunk` rows: the listed columns only, so the others take their
 * defaults; values travel as one JSON parameter and are typed by the table's own row type.
 */
async function insertRows(db: pg.ClientBase, table: string, rows: Row[], chunk = 2000): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const list = columns.map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += chunk) {
    await db.query(`insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)`, [
      JSON.stringify(rows.slice(i, i + chunk)),
    ]);
  }
}

interface Agency {
  id: string;
  code: string;
  kind: string;
  county_code: string | null;
}

/** 2 decimals, as the app stores money. */
const money = (fen: number) => (fen / 100).toFixed(2);

export async function seedCompareData(db: pg.ClientBase, size: SeedSize, policyVersion: string): Promise<SeedSummary> {
  const existing = await db.query<{ n: number }>(`select count(*)::int as n from project where code like $1`, [`${PROJECT_PREFIX}%`]);
  const inserted = existing.rows[0].n === 0;
  if (inserted) {
    await db.query('begin');
    try {
      await db.query("select set_config('statement_timeout', '0', true)");
      await insertProjects(db, size.projects);
      await db.query('commit');
    } catch (e) {
      await db.query('rollback');
      throw e;
    }
  } else if (existing.rows[0].n !== size.projects) {
    throw new Error(`The database holds ${existing.rows[0].n} benchmark projects, not ${size.projects} (BENCH_PROJECTS): use a fresh database`);
  }
  await seedAuditEvents(db, size.auditEvents, policyVersion);
  const count = async (sql: string) => (await db.query<{ n: number }>(sql, [`${PROJECT_PREFIX}%`])).rows[0].n;
  const mine = `project_id in (select id from project where code like $1)`;
  return {
    projects: await count('select count(*)::int as n from project where code like $1'),
    budgetLines: await count(`select count(*)::int as n from budget_line where ${mine}`),
    catalogs: await count(`select count(*)::int as n from catalog where ${mine}`),
    catalogEntries: await count(`select count(*)::int as n from catalog_entry where catalog_id in (select id from catalog where ${mine})`),
    tenancies: await count(`select count(*)::int as n from cloud_tenancy where ${mine}`),
    sharingReviews: await count(`select count(*)::int as n from sharing_review where ${mine}`),
    acceptanceRecords: await count(`select count(*)::int as n from acceptance_record where ${mine}`),
    auditEvents: (await db.query<{ n: number }>(`select count(*)::int as n from audit_event`)).rows[0].n,
    inserted,
  };
}

async function insertProjects(db: pg.ClientBase, total: number): Promise<void> {
  const random = rng(20261203);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const agencies = (await db.query<Agency>('select id, code, kind, county_code from agency')).rows;
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const users = (await db.query<{ id: string; agency_id: string }>('select id, agency_id from "user" order by username')).rows;
  const userOf = new Map<string, string>();
  for (const u of users) if (!userOf.has(u.agency_id)) userOf.set(u.agency_id, u.id);
  const zones = (await db.query<{ id: string; provider_id: string }>('select id, provider_id from cloud_zone where active order by code')).rows;
  const drc = byCode.get('DRC')!;
  const bdc = byCode.get('BDC')!;
  const municipalUnits = agencies.filter((a) => a.kind === 'DEPARTMENT' && a.county_code === null);
  const divisions = [CITY_CODE, ...counties.map((c) => c.code)];
  const slugOf = new Map(counties.map((c) => [c.code, c.slug.toUpperCase()]));

  const projects: Row[] = [];
  const lines: Row[] = [];
  const catalogs: Row[] = [];
  const entries: Row[] = [];
  const tenancies: Row[] = [];
  const reviews: Row[] = [];
  const records: Row[] = [];
  // Oldest first, a few minutes apart: the pages' order (created_at desc, id) is the same everywhere.
  const start = Date.UTC(2026, 0, 5, 1, 0, 0);
  const at = (ms: number) => new Date(ms).toISOString();

  for (let i = 0; i < total; i++) {
    const division = divisions[i % divisions.length];
    const county = division === CITY_CODE ? undefined : slugOf.get(division)!;
    // County projects are filed by the county government or its department; city ones by a municipal department.
    const unit = county ? byCode.get(`${county}-${i % 3 === 0 ? 'DEPT' : 'GOV'}`)! : municipalUnits[i % municipalUnits.length];
    const status = STATUSES[i % STATUSES.length];
    const created = start + i * 7 * 60_000;
    const id = randomUUID();
    const lineCount = 1 + Math.floor(random() * 4);
    const amounts = Array.from({ length: lineCount }, () => (5 + Math.floor(random() * 300)) * 1_000_000);
    const investment = amounts.reduce((s, a) => s + a, 0);
    projects.push({
      id,
      created_at: at(created),
      updated_at: at(created),
      code: `${PROJECT_PREFIX}${String(i + 1).padStart(5, '0')}`,
      name: `${county ? counties.find((c) => c.code === division)!.name : '吉安市'}${pick(SYSTEMS)}信息化项目（第${i + 1}号）`,
      description: '建设内容、建设规模与投资估算见可行性研究报告。',
      construction_unit_id: unit.id,
      division_code: division,
      category: pick(CATEGORIES),
      build_type: i % 5 === 0 ? 'EXPANSION' : 'NEW',
      network: 'EGOV_EXTRANET',
      investment: money(investment),
      funding_source: county ? 'COUNTY_FISCAL' : 'MUNICIPAL_FISCAL',
      status,
      year: 2026,
      filed_at: FILED.has(status) ? at(created + 86_400_000) : null,
    });
    amounts.forEach((amount, k) =>
      lines.push({
        id: randomUUID(),
        created_at: at(created + k * 1000),
        updated_at: at(created + k * 1000),
        project_id: id,
        kind: LINE_KINDS[(i + k) % LINE_KINDS.length],
        description: `${LINE_KINDS[(i + k) % LINE_KINDS.length] === 'SUPERVISION' ? '工程监理' : '建设'}费用 ${k + 1}`,
        amount: money(amount),
      }),
    );

    // PM-9(3): a filed project has its catalog; an approved one's is published, some still submitted.
    if (FILED.has(status)) {
      const catalogId = randomUUID();
      const catalogStatus = APPROVED.has(status) ? (i % 4 === 0 ? 'SUBMITTED' : 'PUBLISHED') : 'SUBMITTED';
      catalogs.push({
        id: catalogId,
        created_at: at(created + 3_600_000),
        updated_at: at(created + 3_600_000),
        project_id: id,
        status: catalogStatus,
        submitted_at: at(created + 3_700_000),
        published_at: catalogStatus === 'PUBLISHED' ? at(created + 7_200_000) : null,
        published_by_id: catalogStatus === 'PUBLISHED' ? userOf.get(bdc.id) : null,
      });
      const entryCount = Math.floor(random() * 9);
      for (let k = 0; k < entryCount; k++) {
        const sharing = k % 5 === 4 ? 'CONDITIONAL' : k % 7 === 6 ? 'NOT_SHARED' : 'UNCONDITIONAL';
        entries.push({
          id: randomUUID(),
          created_at: at(created + 3_600_000 + k * 1000),
          updated_at: at(created + 3_600_000 + k * 1000),
          catalog_id: catalogId,
          resource_name: `${pick(SYSTEMS)}数据资源${k + 1}`,
          // 类 3 (departmental), 项 01, 目 001: the resource code is those digits, '/', a sequence number.
          resource_code: `301001/${String(k + 1).padStart(5, '0')}`,
          class_code: '3',
          item_code: '01',
          category_code: '001',
          provider_id: unit.id,
          provider_code: unit.code,
          abstract: '本单位业务办理过程中产生的结构化数据。',
          format_class: 'DATABASE',
          format_type: 'PostgreSQL',
          sharing_type: sharing,
          sharing_condition: sharing === 'CONDITIONAL' ? '依申请共享，仅用于政务服务' : null,
          not_shared_basis: sharing === 'NOT_SHARED' ? '《中华人民共和国个人信息保护法》' : null,
          sharing_method: sharing === 'NOT_SHARED' ? null : 'PLATFORM_INTERFACE',
          open_type: 'NOT_OPEN',
          update_cycle: UPDATE_CYCLES[k % UPDATE_CYCLES.length],
          registered_on_exchange: sharing !== 'NOT_SHARED' && k % 2 === 0,
        });
      }
    }

    // CM-10: county tenancies are filed by the county's e-government office in the county government's name.
    if (APPROVED.has(status) && i % 5 !== 1) {
      const n = i % 7 === 0 ? 2 : 1;
      for (let k = 0; k < n; k++) {
        const zone = zones[(i + k) % zones.length];
        const tenant = county ? byCode.get(`${county}-GOV`)! : unit;
        const filer = county ? byCode.get(`${county}-EGOV`)! : unit;
        const applied = created + 10 * 86_400_000 + k * 3_600_000;
        const tstatus = TENANCY_STATUSES[(i + k) % TENANCY_STATUSES.length];
        tenancies.push({
          id: randomUUID(),
          created_at: at(applied),
          updated_at: at(applied),
          code: `YZ-${division.slice(0, 6)}-${String(i + 1).padStart(5, '0')}-${k + 1}`,
          system_name: `${pick(SYSTEMS)}系统${k === 0 ? '' : '（灾备）'}`,
          tenant_id: tenant.id,
          filed_by_id: filer.id,
          filed_by_user_id: userOf.get(filer.id),
          division_code: division,
          project_id: id,
          zone_id: zone.id,
          provider_id: tstatus === 'APPLIED' ? null : zone.provider_id,
          mlps_level: 2 + ((i + k) % 2),
          contact_name: '王工',
          contact_phone: '0796-8220000',
          status: tstatus,
          applied_on: at(applied).slice(0, 10),
          approved_on: tstatus === 'APPLIED' ? null : at(applied + 5 * 86_400_000).slice(0, 10),
          user_department_id: county && unit.kind === 'DEPARTMENT' ? unit.id : null,
        });
      }
    }

    // PM-15, PM-16: projects under construction ask BDC for the sharing review; accepted ones were accepted.
    if (BUILT.has(status)) {
      const reviewId = randomUUID();
      const confirmed = status === 'ACCEPTED' || i % 3 !== 0;
      const requested = created + 60 * 86_400_000;
      reviews.push({
        id: reviewId,
        created_at: at(requested),
        updated_at: at(requested),
        project_id: id,
        status: confirmed ? 'CONFIRMED' : 'REQUESTED',
        request_note: '申请开展政务信息共享审查',
        requested_by_id: userOf.get(unit.id),
        requested_at: at(requested),
        confirmed_on: confirmed ? at(requested + 5 * 86_400_000).slice(0, 10) : null,
        confirmed_at: confirmed ? at(requested + 5 * 86_400_000) : null,
        confirmed_by_id: confirmed ? userOf.get(bdc.id) : null,
        confirmed_by_name: confirmed ? '市大数据中心 主任 吴强' : null,
        confirmed_by_agency_id: confirmed ? bdc.id : null,
        confirmation: confirmed ? '已完成共享审查' : null,
      });
      if (confirmed) {
        const organizer = county ? byCode.get(`${county}-DRC`)! : drc;
        // Some first rounds failed and were applied for again (PM-16.1).
        const rounds = status === 'ACCEPTED' && i % 4 === 3 ? 2 : 1;
        let previous: string | null = null;
        for (let r = 1; r <= rounds; r++) {
          const recordId = randomUUID();
          const applied = requested + (10 + r * 20) * 86_400_000;
          const last = r === rounds;
          const result = status === 'ACCEPTED' ? (last ? 'PASSED' : 'FAILED') : null;
          records.push({
            id: recordId,
            created_at: at(applied),
            updated_at: at(applied),
            project_id: id,
            round: r,
            previous_id: previous,
            status: result ?? 'APPLIED',
            organizer_agency_id: organizer.id,
            sharing_review_id: reviewId,
            application_note: '申请竣工验收',
            applied_by_id: userOf.get(unit.id),
            result,
            held_on: result ? at(applied + 10 * 86_400_000).slice(0, 10) : null,
            failure_reasons: result === 'FAILED' ? '安全测评报告缺失' : null,
            decided_at: result ? at(applied + 10 * 86_400_000) : null,
            decided_by_id: result ? userOf.get(organizer.id) : null,
            decided_by_agency_id: result ? organizer.id : null,
          });
          previous = recordId;
        }
      }
    }
  }
  await insertRows(db, 'project', projects);
  await insertRows(db, 'budget_line', lines);
  await insertRows(db, 'catalog', catalogs);
  await insertRows(db, 'catalog_entry', entries);
  await insertRows(db, 'cloud_tenancy', tenancies);
  await insertRows(db, 'sharing_review', reviews);
  await insertRows(db, 'acceptance_record', records);
}

/**
 * Audit events up to `total`, appended to the chain as the app appends them (seq after the last,
 * prev_hash the last one's hash, SM3 over every field: `npm run audit:verify` accepts them), spread
 * over the 60 days before now.
 */
async function seedAuditEvents(db: pg.ClientBase, total: number, policyVersion: string): Promise<void> {
  await db.query('begin');
  try {
    await db.query("select set_config('statement_timeout', '0', true)");
    await db.query('select pg_advisory_xact_lock($1)', [0x4a41_0001]);
    const have = (await db.query<{ n: number }>(`select count(*)::int as n from audit_event`)).rows[0].n;
    const missing = total - have;
    if (missing > 0) {
      const random = rng(7 + have);
      const [last] = (await db.query<{ seq: string; hash: string; occurred_at: Date }>('select seq, hash, occurred_at from audit_event order by seq desc limit 1')).rows;
      const actors = (await db.query<{ id: string; username: string; agency_id: string }>('select id, username, agency_id from "user" order by username')).rows;
      const subjects = (await db.query<{ id: string }>(`select id from project where code like $1 order by code limit 500`, [`${PROJECT_PREFIX}%`])).rows;
      let seq = last ? Number(last.seq) : 0;
      let prevHash = last ? last.hash : GENESIS_HASH;
      const from = Math.max(last ? last.occurred_at.getTime() + 1 : 0, Date.now() - 60 * 86_400_000);
      const step = Math.max(1, Math.floor((Date.now() - 60_000 - from) / missing));
      const rows: Row[] = [];
      for (let k = 0; k < missing; k++) {
        seq += 1;
        const actor = actors[Math.floor(random() * actors.length)];
        const [action, subjectType] = AUDIT_ACTIONS[seq % AUDIT_ACTIONS.length];
        const refused = seq % 17 === 0;
        const event = {
          id: randomUUID(),
          seq,
          occurredAt: new Date(from + k * step),
          requestId: `cmp-${seq}`,
          actorUserId: actor.id,
          actorUsername: actor.username,
          actorAgencyId: actor.agency_id,
          serviceClient: undefined,
          action,
          subjectType,
          subjectId: subjectType === 'Project' && subjects.length ? subjects[seq % subjects.length].id : randomUUID(),
          outcome: refused ? AuditOutcome.REFUSED : AuditOutcome.ALLOWED,
          errorCode: refused ? 'FORBIDDEN' : undefined,
          rule: refused ? 'PM-8.3' : 'PM-8.1',
          changes: refused ? [] : [{ entity: subjectType, field: 'status', before: 'DRAFT', after: 'UNDER_REVIEW' }],
          policyVersion,
          prevHash,
        };
        const hash = hashEvent(event);
        rows.push({
          id: event.id,
          seq,
          occurred_at: event.occurredAt.toISOString(),
          request_id: event.requestId,
          actor_user_id: event.actorUserId,
          actor_username: event.actorUsername,
          actor_agency_id: event.actorAgencyId,
          service_client: null,
          action,
          subject_type: subjectType,
          subject_id: event.subjectId,
          outcome: event.outcome,
          error_code: event.errorCode ?? null,
          rule: event.rule,
          changes: event.changes,
          policy_version: policyVersion,
          prev_hash: prevHash,
          hash,
        });
        prevHash = hash;
      }
      await insertRows(db, 'audit_event', rows, 5000);
    }
    await db.query('commit');
  } catch (e) {
    await db.query('rollback');
    throw e;
  }
}
