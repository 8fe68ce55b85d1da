import { Migration } from '@mikro-orm/migrations';

export class Migration20261203120000_information_systems extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "assessment_result" as enum ('PASSED', 'BASICALLY_PASSED', 'FAILED');`);
    this.addSql(`create type "information_system_status" as enum ('PLANNED', 'IN_SERVICE', 'MIGRATING', 'RETIRED');`);
    this.addSql(`create type "system_defect_kind" as enum ('NOT_SHARING', 'DUPLICATE_COLLECTION', 'MISSING_FROM_CATALOG', 'NO_CRYPTO_ASSESSMENT', 'NO_SECURITY_TEST', 'NO_RESOURCE_CATALOG');`);
    this.addSql(`create type "system_project_role" as enum ('BUILT', 'CHANGED');`);
    this.addSql(`create table "information_system" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "description" text null, "owner_id" uuid not null, "tenancy_id" uuid null, "catalog_id" uuid null, "replaces_id" uuid null, "mlps_level" smallint null, "security_test_level" smallint null, "security_test_result" "assessment_result" null, "security_test_on" date null, "security_test_body" varchar(255) null, "crypto_assessment_result" "assessment_result" null, "crypto_assessment_on" date null, "crypto_assessment_body" varchar(255) null, "status" "information_system_status" not null default 'PLANNED', "version" int not null default 1, "registered_by_agency_id" uuid not null, "registered_by_id" uuid not null, "retired_on" date null, constraint "information_system_pkey" primary key ("id"), constraint information_system_no_self_replacement check (replaces_id is null or replaces_id <> id), constraint information_system_security_test_level_range check (security_test_level is null or (security_test_level >= 1 and security_test_level <= 5)), constraint information_system_mlps_level_range check (mlps_level is null or (mlps_level >= 1 and mlps_level <= 5)));`);
    this.addSql(`create index "information_system_owner_id_index" on "information_system" ("owner_id");`);
    this.addSql(`create index "information_system_tenancy_id_index" on "information_system" ("tenancy_id");`);
    this.addSql(`create index "information_system_catalog_id_index" on "information_system" ("catalog_id");`);
    this.addSql(`create index "information_system_replaces_id_index" on "information_system" ("replaces_id");`);
    this.addSql(`create index "information_system_security_test_on_index" on "information_system" ("security_test_on");`);
    this.addSql(`create index "information_system_crypto_assessment_on_index" on "information_system" ("crypto_assessment_on");`);
    this.addSql(`create index "information_system_status_index" on "information_system" ("status");`);
    this.addSql(`create index "information_system_registered_by_agency_id_index" on "information_system" ("registered_by_agency_id");`);
    this.addSql(`create index "information_system_registered_by_id_index" on "information_system" ("registered_by_id");`);
    this.addSql(`alter table "information_system" add constraint "information_system_owner_id_name_unique" unique ("owner_id", "name");`);

    this.addSql(`create table "system_defect" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "order_id" uuid not null, "system_id" uuid not null, "kind" "system_defect_kind" not null, "cleared_on" date null, "cleared_by_id" uuid null, "clearing_note" text null, constraint "system_defect_pkey" primary key ("id"));`);
    this.addSql(`create index "system_defect_system_id_index" on "system_defect" ("system_id");`);
    this.addSql(`create index "system_defect_cleared_by_id_index" on "system_defect" ("cleared_by_id");`);
    this.addSql(`alter table "system_defect" add constraint "system_defect_order_id_system_id_kind_unique" unique ("order_id", "system_id", "kind");`);

    this.addSql(`create table "information_system_project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "system_id" uuid not null, "project_id" uuid not null, "role" "system_project_role" not null, constraint "information_system_project_pkey" primary key ("id"));`);
    this.addSql(`create index "information_system_project_project_id_index" on "information_system_project" ("project_id");`);
    this.addSql(`alter table "information_system_project" add constraint "information_system_project_system_id_project_id_unique" unique ("system_id", "project_id");`);

    this.addSql(`alter table "information_system" add constraint "information_system_owner_id_foreign" foreign key ("owner_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "information_system" add constraint "information_system_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "information_system" add constraint "information_system_catalog_id_foreign" foreign key ("catalog_id") references "catalog" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "information_system" add constraint "information_system_replaces_id_foreign" foreign key ("replaces_id") references "information_system" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "information_system" add constraint "information_system_registered_by_agency_id_foreign" foreign key ("registered_by_agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "information_system" add constraint "information_system_registered_by_id_foreign" foreign key ("registered_by_id") references "user" ("id") on update cascade;`);

    this.addSql(`alter table "system_defect" add constraint "system_defect_order_id_foreign" foreign key ("order_id") references "rectification_order" ("id") on update cascade;`);
    this.addSql(`alter table "system_defect" add constraint "system_defect_system_id_foreign" foreign key ("system_id") references "information_system" ("id") on update cascade;`);
    this.addSql(`alter table "system_defect" add constraint "system_defect_cleared_by_id_foreign" foreign key ("cleared_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "information_system_project" add constraint "information_system_project_system_id_foreign" foreign key ("system_id") references "information_system" ("id") on update cascade;`);
    this.addSql(`alter table "information_system_project" add constraint "information_system_project_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "information_system" drop constraint "information_system_replaces_id_foreign";`);

    this.addSql(`alter table "system_defect" drop constraint "system_defect_system_id_foreign";`);

    this.addSql(`alter table "information_system_project" drop constraint "information_system_project_system_id_foreign";`);

    this.addSql(`drop table if exists "information_system" cascade;`);

    this.addSql(`drop table if exists "system_defect" cascade;`);

    this.addSql(`drop table if exists "information_system_project" cascade;`);

    this.addSql(`drop type "assessment_result";`);
    this.addSql(`drop type "information_system_status";`);
    this.addSql(`drop type "system_defect_kind";`);
    this.addSql(`drop type "system_project_role";`);
  }

}
