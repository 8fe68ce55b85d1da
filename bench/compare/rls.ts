import type pg from 'pg';

/**
 * Row-level security for the PostGraphile side only: a role of its own (`bench_reader`, no login;
 * PostGraphile switches to it for each request) and policies that give a principal the rows the
 * app's read rules give it, for the two principals the benchmark reads as:
 *
 * - a county government (COUNTY_GOV, e.g. `taihe.gov`, policies/county-gov.rules.json and
 *   everyone.rules.json): its county's projects and those it co-builds (PM-8.3, PM-9(6)), their
 *   budget lines; catalogs that are published or of such a project (PM-9(3)), their entries when
 *   the catalog is published or of its county's projects or its own; sharing reviews and acceptance
 *   records of its county's projects or its own (PM-15, PM-16.1); tenancies filed in its name (CM-10);
 * - the Audit Bureau (AUDIT, policies/audit.rules.json): everything, the audit trail included (PM-18).
 *
 * Anyone else sees nothing. Agencies and divisions are a public directory: no policy. The claims
 * come from the request's settings `jwt.claims.agency_id`, `jwt.claims.agency_kind`,
 * `jwt.claims.county_code` (PostGraphile's pgSettings). The app's own sessions are the tables'
 * owner and bypass these policies; nothing here is part of the app's migrations.
 */
export const READER_ROLE = 'bench_reader';

const TABLES = ['project', 'budget_line', 'catalog', 'catalog_entry', 'cloud_tenancy', 'sharing_review', 'acceptance_record', 'audit_event'];

const claim = (name: string) => `nullif(current_setting('jwt.claims.${name}', true), '')`;
const AGENCY = `${claim('agency_id')}::uuid`;
const KIND = claim('agency_kind');
const COUNTY = claim('county_code');
const AUDIT = `${KIND} = 'AUDIT'`;
const COUNTY_GOV = `${KIND} = 'COUNTY_GOV'`;

export const RLS_SQL = `
do $$ begin
  if not exists (select 1 from pg_roles where rolname = '${READER_ROLE}') then create role ${READER_ROLE} nologin; end if;
end $$;
grant usage on schema public to ${READER_ROLE};
grant select on all tables in schema public to ${READER_ROLE};
${TABLES.map((t) => `alter table "${t}" enable row level security;\ndrop policy if exists bench_read on "${t}";`).join('\n')}

create policy bench_read on project for select to ${READER_ROLE} using (
  ${AUDIT} or (${COUNTY_GOV} and (division_code = ${COUNTY} or ${claim('agency_id')} = any(participant_agency_ids))));

-- Children of a readable project (the app's childrenOf): the project's own policy decides.
create policy bench_read on budget_line for select to ${READER_ROLE} using (
  exists (select 1 from project p where p.id = budget_line.project_id));

create policy bench_read on catalog for select to ${READER_ROLE} using (
  ${AUDIT} or (${COUNTY_GOV} and (status = 'PUBLISHED' or exists (select 1 from project p where p.id = catalog.project_id
    and (p.division_code = ${COUNTY} or p.construction_unit_id = ${AGENCY} or ${claim('agency_id')} = any(p.participant_agency_ids))))));

create policy bench_read on catalog_entry for select to ${READER_ROLE} using (
  ${AUDIT} or (${COUNTY_GOV} and exists (select 1 from catalog c join project p on p.id = c.project_id where c.id = catalog_entry.catalog_id
    and (c.status = 'PUBLISHED' or p.division_code = ${COUNTY} or p.construction_unit_id = ${AGENCY}))));

create policy bench_read on cloud_tenancy for select to ${READER_ROLE} using (
  ${AUDIT} or (${COUNTY_GOV} and tenant_id = ${AGENCY}));

create policy bench_read on sharing_review for select to ${READER_ROLE} using (
  ${AUDIT} or (${COUNTY_GOV} and exists (select 1 from project p where p.id = sharing_review.project_id
    and (p.division_code = ${COUNTY} or p.construction_unit_id = ${AGENCY}))));

create policy bench_read on acceptance_record for select to ${READER_ROLE} using (
  ${AUDIT} or (${COUNTY_GOV} and exists (select 1 from project p where p.id = acceptance_record.project_id
    and (p.division_code = ${COUNTY} or p.construction_unit_id = ${AGENCY}))));

create policy bench_read on audit_event for select to ${READER_ROLE} using (${AUDIT});

-- The audit page's time range: PostGraphile v4 filters by equality only, so a range is a function
-- (inlined by the planner: the LIMIT of the page and the indexes still apply).
create schema if not exists bench;
grant usage on schema bench to ${READER_ROLE};
create or replace function bench.audit_events_between(occurred_from timestamptz, occurred_before timestamptz)
  returns setof public.audit_event language sql stable as $f$
  select * from public.audit_event where occurred_at >= occurred_from and occurred_at < occurred_before order by seq desc
$f$;
grant execute on function bench.audit_events_between(timestamptz, timestamptz) to ${READER_ROLE};
`;

/** The policies' claims of a principal, as PostGraphile's pgSettings sets them. */
export interface Claims {
  agencyId: string;
  agencyKind: string;
  countyCode: string | null;
}

export async function installRls(db: pg.ClientBase): Promise<void> {
  await db.query(RLS_SQL);
}

/** Users' claims by username, read once at start (a token issuer would put them in the token). */
export async function loadClaims(db: pg.ClientBase): Promise<Map<string, Claims>> {
  const rows = (
    await db.query<{ username: string; agency_id: string; kind: string; county_code: string | null }>(
      'select u.username, a.id as agency_id, a.kind, a.county_code from "user" u join agency a on a.id = u.agency_id where u.active',
    )
  ).rows;
  return new Map(rows.map((r) => [r.username, { agencyId: r.agency_id, agencyKind: r.kind, countyCode: r.county_code }]));
}
