import { Migration } from '@mikro-orm/migrations';

/**
 * PM-4, PM-12: NSC's security reviews of projects; PM-4: the Government Office's inspections of
 * projects on the e-government extranet. A PM-19 finding may name the inspection it comes from,
 * and a PM-17 rectification order the finding it rests on.
 */
export class Migration20261203140000_security_reviews_inspections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "security_review_conclusion" as enum ('PASSED', 'PASSED_WITH_CONDITIONS', 'FAILED');`);
    this.addSql(`create table "security_review" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "reviewed_on" date not null, "conclusion" "security_review_conclusion" not null, "findings" text not null, "cryptography_plan_conclusion" "security_review_conclusion" not null, "cryptography_plan_assessment" text not null, "reviewer_id" uuid not null, "reviewer_name" varchar(255) not null, "reviewed_by_agency_id" uuid not null, constraint "security_review_pkey" primary key ("id"));`);
    this.addSql(`create index "security_review_project_id_reviewed_on_index" on "security_review" ("project_id", "reviewed_on");`);
    this.addSql(`create index "security_review_reviewer_id_index" on "security_review" ("reviewer_id");`);
    this.addSql(`create index "security_review_reviewed_by_agency_id_index" on "security_review" ("reviewed_by_agency_id");`);
    this.addSql(`alter table "security_review" add constraint "security_review_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "security_review" add constraint "security_review_reviewer_id_foreign" foreign key ("reviewer_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "security_review" add constraint "security_review_reviewed_by_agency_id_foreign" foreign key ("reviewed_by_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`create table "project_inspection" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "inspected_on" date not null, "scope" text not null, "findings" text not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(255) not null, "recorded_by_agency_id" uuid not null, constraint "project_inspection_pkey" primary key ("id"));`);
    this.addSql(`create index "project_inspection_project_id_inspected_on_index" on "project_inspection" ("project_id", "inspected_on");`);
    this.addSql(`create index "project_inspection_recorded_by_id_index" on "project_inspection" ("recorded_by_id");`);
    this.addSql(`create index "project_inspection_recorded_by_agency_id_index" on "project_inspection" ("recorded_by_agency_id");`);
    this.addSql(`alter table "project_inspection" add constraint "project_inspection_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "project_inspection" add constraint "project_inspection_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "project_inspection" add constraint "project_inspection_recorded_by_agency_id_foreign" foreign key ("recorded_by_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "project_finding" add column "inspection_id" uuid null;`);
    this.addSql(`create index "project_finding_inspection_id_index" on "project_finding" ("inspection_id");`);
    this.addSql(`alter table "project_finding" add constraint "project_finding_inspection_id_foreign" foreign key ("inspection_id") references "project_inspection" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rectification_order" add column "finding_id" uuid null;`);
    this.addSql(`create index "rectification_order_finding_id_index" on "rectification_order" ("finding_id");`);
    this.addSql(`alter table "rectification_order" add constraint "rectification_order_finding_id_foreign" foreign key ("finding_id") references "project_finding" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rectification_order" drop column "finding_id";`);
    this.addSql(`alter table "project_finding" drop column "inspection_id";`);
    this.addSql(`drop table if exists "project_inspection" cascade;`);
    this.addSql(`drop table if exists "security_review" cascade;`);
    this.addSql(`drop type "security_review_conclusion";`);
  }

}
