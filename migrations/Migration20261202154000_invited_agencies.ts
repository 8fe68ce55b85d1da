import { Migration } from '@mikro-orm/migrations';

/**
 * PM-5: a project lists the agencies invited to its review, so that an invited department
 * (市工信局) may read and answer it. The list is derived from the review opinions already recorded;
 * no opinion or invitation changes.
 */
export class Migration20261202154000_invited_agencies extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "project" add column "invited_agency_ids" text[] not null default '{}';`);
    this.addSql(`update "project" p set "invited_agency_ids" = r.ids from (select "project_id", array_agg(distinct "agency_id"::text) ids from "review_opinion" group by "project_id") r where r."project_id" = p."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project" drop column "invited_agency_ids";`);
  }

}
