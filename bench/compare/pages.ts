import { fromGlobalId } from '../../src/graphql/global-id';

/**
 * The two pages the benchmark asks for, each written three times (the API's GraphQL, PostGraphile's
 * GraphQL over the same tables, one SQL statement that builds the page's JSON), and the one
 * canonical form all three answers are brought to before they are compared.
 */

/** The county portal's page: a county's projects, newest first, with what a portal shows of each. */
export const API_COUNTY_PAGE = `query CountyPage($first: Int!) {
  projects(first: $first) {
    nodes {
      id code name status investment year
      constructionUnit { name }
      division { name }
      budgetLines { kind description amount }
      catalog { id status entryCount }
      sharingReview { status requestCount }
      acceptanceRecords { round status result }
      cloudTenancies { code systemName status mlpsLevel }
    }
  }
}`;

export const POSTGRAPHILE_COUNTY_PAGE = `query CountyPage($first: Int!) {
  allProjects(first: $first, orderBy: [CREATED_AT_DESC, ID_ASC]) {
    nodes {
      id code name status investment year
      agencyByConstructionUnitId { name }
      divisionByDivisionCode { name }
      budgetLinesByProjectId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { kind description amount } }
      catalogByProjectId { id status catalogEntriesByCatalogId { totalCount } }
      sharingReviewByProjectId { status requestCount }
      acceptanceRecordsByProjectId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { round status result } }
      cloudTenanciesByProjectId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { code systemName status mlpsLevel } }
    }
  }
}`;

/**
 * The same page in one statement, the reader's rules written into it as the app's policies say
 * (policies/county-gov.rules.json, everyone.rules.json): $1 the reader's agency, $2 its county,
 * $3 the page size. Money as text with two decimals, as the API answers it.
 */
export const SQL_COUNTY_PAGE = `
select coalesce(json_agg(page.j order by page.created_at desc, page.id), '[]')::text as json from (
  select p.id, p.created_at, json_build_object(
    'id', p.id, 'code', p.code, 'name', p.name, 'status', p.status, 'investment', to_char(p.investment, 'FM9999999999990.00'), 'year', p.year,
    'unit', (select a.name from agency a where a.id = p.construction_unit_id),
    'division', (select d.name from division d where d.code = p.division_code),
    'budgetLines', coalesce((select json_agg(json_build_object('kind', b.kind, 'description', b.description, 'amount', to_char(b.amount, 'FM9999999999990.00'))
        order by b.created_at, b.id) from budget_line b where b.project_id = p.id), '[]'),
    'catalog', (select json_build_object('id', c.id, 'status', c.status, 'entryCount',
        (select count(*) from catalog_entry e where e.catalog_id = c.id
          and (c.status = 'PUBLISHED' or p.division_code = $2 or p.construction_unit_id = $1::uuid)))
        from catalog c where c.project_id = p.id
          and (c.status = 'PUBLISHED' or p.division_code = $2 or p.construction_unit_id = $1::uuid or $1::text = any(p.participant_agency_ids))
        order by c.created_at, c.id limit 1),
    'sharingReview', (select json_build_object('status', s.status, 'requestCount', s.request_count) from sharing_review s
        where s.project_id = p.id and (p.division_code = $2 or p.construction_unit_id = $1::uuid) order by s.created_at, s.id limit 1),
    'acceptanceRecords', coalesce((select json_agg(json_build_object('round', r.round, 'status', r.status, 'result', r.result) order by r.created_at, r.id)
        from acceptance_record r where r.project_id = p.id and (p.division_code = $2 or p.construction_unit_id = $1::uuid)), '[]'),
    'tenancies', coalesce((select json_agg(json_build_object('code', t.code, 'systemName', t.system_name, 'status', t.status, 'mlpsLevel', t.mlps_level)
        order by t.created_at, t.id) from cloud_tenancy t where t.project_id = p.id and t.tenant_id = $1::uuid), '[]')
  ) as j
  from project p
  where p.division_code = $2 or $1::text = any(p.participant_agency_ids)
  order by p.created_at desc, p.id
  limit $3
) page`;

/** The audit trail's page: the newest events of a time range, with how many there are in it. */
export const API_AUDIT_PAGE = `query AuditPage($first: Int!, $from: DateTimeISO!, $before: DateTimeISO!) {
  auditEvents(first: $first, filter: { occurredFrom: $from, occurredBefore: $before }) {
    totalCount
    nodes { seq occurredAt action subjectType subjectId outcome actorUsername rule }
  }
}`;

export const POSTGRAPHILE_AUDIT_PAGE = `query AuditPage($first: Int!, $from: Datetime!, $before: Datetime!) {
  auditEventsBetween(first: $first, occurredFrom: $from, occurredBefore: $before) {
    totalCount
    nodes { seq occurredAt action subjectType subjectId outcome actorUsername rule }
  }
}`;

/** $1 from, $2 before, $3 the page size; the Audit Bureau reads every event (PM-18). */
export const SQL_AUDIT_PAGE = `
select json_build_object(
  'totalCount', (select count(*) from audit_event where occurred_at >= $1 and occurred_at < $2),
  'nodes', coalesce((select json_agg(json_build_object('seq', e.seq, 'occurredAt', e.occurred_at, 'action', e.action, 'subjectType', e.subject_type,
      'subjectId', e.subject_id, 'outcome', e.outcome, 'actorUsername', e.actor_username, 'rule', e.rule) order by e.seq desc)
    from (select * from audit_event where occurred_at >= $1 and occurred_at < $2 order by seq desc limit $3) e), '[]')
)::text as json`;

// ---------------------------------------------------------------------------------------------
// Canonical forms

export interface CanonicalProject {
  id: string;
  code: string;
  name: string;
  status: string;
  investment: string;
  year: number;
  unit: string | null;
  division: string | null;
  budgetLines: { kind: string; description: string; amount: string }[];
  catalog: { id: string; status: string; entryCount: number } | null;
  sharingReview: { status: string; requestCount: number } | null;
  acceptanceRecords: { round: number; status: string; result: string | null }[];
  tenancies: { code: string; systemName: string; status: string; mlpsLevel: number }[];
}

export interface CanonicalAuditPage {
  totalCount: number;
  nodes: { seq: number; occurredAt: string; action: string; subjectType: string; subjectId: string | null; outcome: string; actorUsername: string | null; rule: string | null }[];
}

type Json = any;

/** The database key of a Relay global ID (the API's ids), checked to be of the expected type. */
function key(globalId: string, type: string): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw new Error(`Not a global ID of a ${type}: ${globalId}`);
  return parsed.id;
}

const money = (v: string) => {
  if (!/^\d+(\.\d{1,2})?$/.test(v)) throw new Error(`Not an amount of money: ${v}`);
  const [whole, fraction = ''] = v.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
};
const lines = (xs: Json[]) => xs.map((b) => ({ kind: b.kind, description: b.description, amount: money(b.amount) }));
const records = (xs: Json[]) => xs.map((r) => ({ round: r.round, status: r.status, result: r.result ?? null }));
const tenancies = (xs: Json[]) => xs.map((t) => ({ code: t.code, systemName: t.systemName, status: t.status, mlpsLevel: t.mlpsLevel }));
const review = (s: Json) => (s ? { status: s.status, requestCount: s.requestCount } : null);

export function canonicalFromApi(data: Json): CanonicalProject[] {
  return data.projects.nodes.map((p: Json) => ({
    id: key(p.id, 'Project'),
    code: p.code,
    name: p.name,
    status: p.status,
    investment: money(p.investment),
    year: p.year,
    unit: p.constructionUnit?.name ?? null,
    division: p.division?.name ?? null,
    budgetLines: lines(p.budgetLines),
    catalog: p.catalog ? { id: key(p.catalog.id, 'Catalog'), status: p.catalog.status, entryCount: p.catalog.entryCount } : null,
    sharingReview: review(p.sharingReview),
    acceptanceRecords: records(p.acceptanceRecords),
    tenancies: tenancies(p.cloudTenancies),
  }));
}

export function canonicalFromPostGraphile(data: Json): CanonicalProject[] {
  return data.allProjects.nodes.map((p: Json) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    status: p.status,
    investment: money(p.investment),
    year: p.year,
    unit: p.agencyByConstructionUnitId?.name ?? null,
    division: p.divisionByDivisionCode?.name ?? null,
    budgetLines: lines(p.budgetLinesByProjectId.nodes),
    catalog: p.catalogByProjectId
      ? { id: p.catalogByProjectId.id, status: p.catalogByProjectId.status, entryCount: p.catalogByProjectId.catalogEntriesByCatalogId.totalCount }
      : null,
    sharingReview: review(p.sharingReviewByProjectId),
    acceptanceRecords: records(p.acceptanceRecordsByProjectId.nodes),
    tenancies: tenancies(p.cloudTenanciesByProjectId.nodes),
  }));
}

export function canonicalFromSql(rows: Json[]): CanonicalProject[] {
  return rows.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    status: p.status,
    investment: money(p.investment),
    year: p.year,
    unit: p.unit ?? null,
    division: p.division ?? null,
    budgetLines: lines(p.budgetLines),
    catalog: p.catalog ? { id: p.catalog.id, status: p.catalog.status, entryCount: Number(p.catalog.entryCount) } : null,
    sharingReview: review(p.sharingReview),
    acceptanceRecords: records(p.acceptanceRecords),
    tenancies: tenancies(p.tenancies),
  }));
}

function auditNodes(nodes: Json[]): CanonicalAuditPage['nodes'] {
  return nodes.map((e) => ({
    seq: Number(e.seq),
    occurredAt: new Date(e.occurredAt).toISOString(),
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId ?? null,
    outcome: e.outcome,
    actorUsername: e.actorUsername ?? null,
    rule: e.rule ?? null,
  }));
}

export const canonicalAuditFromApi = (data: Json): CanonicalAuditPage => ({ totalCount: data.auditEvents.totalCount, nodes: auditNodes(data.auditEvents.nodes) });
export const canonicalAuditFromPostGraphile = (data: Json): CanonicalAuditPage => ({
  totalCount: data.auditEventsBetween.totalCount,
  nodes: auditNodes(data.auditEventsBetween.nodes),
});
export const canonicalAuditFromSql = (page: Json): CanonicalAuditPage => ({ totalCount: Number(page.totalCount), nodes: auditNodes(page.nodes) });

/** The first place two canonical answers differ, as a path and both values; undefined when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array ≠ object`;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length} items`;
  const keys = [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])];
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}
