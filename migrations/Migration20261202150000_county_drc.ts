import { Migration } from '@mikro-orm/migrations';

/**
 * PM-8.3: the county-level approving department (本级审批部门) becomes an agency kind of its own;
 * the seed adds one per county-level unit. Nothing else changes: a county project approved before
 * keeps its recorded transitions, their actor and the county government as their agency.
 */
export class Migration20261202150000_county_drc extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "agency_kind" add value if not exists 'COUNTY_DRC' before 'COUNTY_GOV';`);
  }

  override async down(): Promise<void> {
    // An enum value cannot be dropped in place: rebuild the type without it (refused while rows use it).
    this.addSql(`alter type "agency_kind" rename to "agency_kind_old";`);
    this.addSql(`create type "agency_kind" as enum ('DRC', 'FINANCE', 'AUDIT', 'NSC', 'BDC', 'GOV_OFFICE', 'PARTY_OFFICE', 'DEPARTMENT', 'COUNTY_GOV', 'COUNTY_EGOV', 'CLOUD_PROVIDER', 'SUPERVISOR', 'EXPERT');`);
    this.addSql(`alter table "agency" alter column "kind" type "agency_kind" using "kind"::text::"agency_kind";`);
    this.addSql(`drop type "agency_kind_old";`);
  }

}
