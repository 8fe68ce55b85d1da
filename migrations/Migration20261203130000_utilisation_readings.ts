import { Migration } from '@mikro-orm/migrations';

/**
 * CM-14: utilisation readings posted by the cloud monitoring platform (云监管平台), its own agency
 * kind, and the readings an adjustment of BDC cites. A reading is never edited: a correction is a
 * new revision, and at most one revision of (tenancy, item, period) is current.
 */
export class Migration20261203130000_utilisation_readings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "agency_kind" add value if not exists 'MONITORING';`);

    this.addSql(`create table "utilisation_reading" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenancy_id" uuid not null, "item_id" uuid not null, "tenant_id" uuid not null, "user_department_id" uuid null, "provider_id" uuid null, "division_code" varchar(20) not null, "period_start" date not null, "period_end" date not null, "average" numeric(14,4) not null, "peak" numeric(14,4) not null, "unit" varchar(20) not null, "revision" smallint not null default 1, "superseded_at" timestamptz null, "posted_by_id" uuid not null, constraint "utilisation_reading_pkey" primary key ("id"), constraint utilisation_reading_values check (period_end >= period_start and average >= 0 and peak >= average and revision >= 1));`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_key_revision_unique" unique ("tenancy_id", "item_id", "period_start", "period_end", "revision");`);
    // One current revision per natural key: two posts of a new reading racing, the second loses (CONFLICT).
    this.addSql(`create unique index "utilisation_reading_current_unique" on "utilisation_reading" ("tenancy_id", "item_id", "period_start", "period_end") where "superseded_at" is null;`);
    this.addSql(`create index "utilisation_reading_item_id_index" on "utilisation_reading" ("item_id");`);
    this.addSql(`create index "utilisation_reading_tenant_id_index" on "utilisation_reading" ("tenant_id");`);
    this.addSql(`create index "utilisation_reading_user_department_id_index" on "utilisation_reading" ("user_department_id");`);
    this.addSql(`create index "utilisation_reading_provider_id_index" on "utilisation_reading" ("provider_id");`);
    this.addSql(`create index "utilisation_reading_division_code_index" on "utilisation_reading" ("division_code");`);
    this.addSql(`create index "utilisation_reading_posted_by_id_index" on "utilisation_reading" ("posted_by_id");`);
    this.addSql(`create index "utilisation_reading_period_start_index" on "utilisation_reading" ("period_start");`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade;`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_item_id_foreign" foreign key ("item_id") references "cloud_service_item" ("id") on update cascade;`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_tenant_id_foreign" foreign key ("tenant_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_user_department_id_foreign" foreign key ("user_department_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade;`);
    this.addSql(`alter table "utilisation_reading" add constraint "utilisation_reading_posted_by_id_foreign" foreign key ("posted_by_id") references "user" ("id") on update cascade;`);

    this.addSql(`create table "utilisation_citation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "change_request_id" uuid not null, "reading_id" uuid not null, constraint "utilisation_citation_pkey" primary key ("id"));`);
    this.addSql(`alter table "utilisation_citation" add constraint "utilisation_citation_change_request_id_reading_id_unique" unique ("change_request_id", "reading_id");`);
    this.addSql(`create index "utilisation_citation_reading_id_index" on "utilisation_citation" ("reading_id");`);
    this.addSql(`alter table "utilisation_citation" add constraint "utilisation_citation_change_request_id_foreign" foreign key ("change_request_id") references "cloud_change_request" ("id") on update cascade;`);
    this.addSql(`alter table "utilisation_citation" add constraint "utilisation_citation_reading_id_foreign" foreign key ("reading_id") references "utilisation_reading" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "utilisation_citation" cascade;`);
    this.addSql(`drop table if exists "utilisation_reading" cascade;`);
    // The MONITORING agency kind stays: an enum value cannot be dropped while agencies may use it.
  }

}
