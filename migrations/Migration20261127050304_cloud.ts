import { Migration } from '@mikro-orm/migrations';

export class Migration20261127050304_cloud extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "cloud_service_category" as enum ('COMPUTE', 'STORAGE', 'NETWORK', 'SECURITY', 'PLATFORM');`);
    this.addSql(`create type "fee_statement_status" as enum ('ISSUED', 'SETTLED');`);
    this.addSql(`create type "cloud_tenancy_status" as enum ('APPLIED', 'RETURNED', 'APPROVED', 'QUOTA_FIXED', 'PROVISIONING', 'PROVISIONED', 'IN_SERVICE', 'EXIT_REQUESTED', 'EXITING', 'DECOMMISSIONED');`);
    this.addSql(`create type "cloud_exit_reason" as enum ('REQUESTED', 'LATE_DEPLOYMENT');`);
    this.addSql(`create type "cloud_incident_status" as enum ('OPEN', 'RESOLVED');`);
    this.addSql(`create type "incident_responsibility" as enum ('PROVIDER', 'USER', 'BDC', 'SHARED');`);
    this.addSql(`create type "cloud_change_kind" as enum ('EXPANSION', 'REDUCTION', 'ADJUSTMENT');`);
    this.addSql(`create type "cloud_change_status" as enum ('SUBMITTED', 'RETURNED', 'APPROVED', 'QUOTA_FIXED', 'PROVISIONING', 'COMPLETED');`);
    this.addSql(`create table "cloud_service_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "name" varchar(255) not null, "unit" varchar(20) not null, "category" "cloud_service_category" not null, "description" text null, "active" boolean not null default true, constraint "cloud_service_item_pkey" primary key ("id"));`);
    this.addSql(`alter table "cloud_service_item" add constraint "cloud_service_item_code_unique" unique ("code");`);

    this.addSql(`create table "cloud_zone" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "name" varchar(255) not null, "network" varchar(255) not null, "provider_id" uuid not null, "certified_mlps_level" smallint not null, "active" boolean not null default true, constraint "cloud_zone_pkey" primary key ("id"));`);
    this.addSql(`alter table "cloud_zone" add constraint "cloud_zone_code_unique" unique ("code");`);

    this.addSql(`create table "fee_statement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "payer_id" uuid not null, "division_code" varchar(20) not null, "month" varchar(7) not null, "period_start" date not null, "period_end" date not null, "total" numeric(15,2) not null, "status" "fee_statement_status" not null default 'ISSUED', "version" int not null default 1, "issued_by_id" uuid not null, "issued_on" date not null, "settled_by_id" uuid null, "settled_on" date null, "settlement_ref" varchar(255) null, constraint "fee_statement_pkey" primary key ("id"));`);
    this.addSql(`create index "fee_statement_payer_id_index" on "fee_statement" ("payer_id");`);
    this.addSql(`alter table "fee_statement" add constraint "fee_statement_tenant_id_month_unique" unique ("tenant_id", "month");`);

    this.addSql(`create table "cloud_tenancy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "system_name" varchar(255) not null, "system_description" text null, "tenant_id" uuid not null, "filed_by_id" uuid not null, "filed_by_user_id" uuid not null, "division_code" varchar(20) not null, "project_id" uuid null, "zone_id" uuid not null, "provider_id" uuid null, "mlps_level" smallint not null, "migration" boolean not null default false, "migrated_system_name" varchar(255) null, "migrated_system_description" text null, "contact_name" varchar(255) not null, "contact_phone" varchar(40) not null, "status" "cloud_tenancy_status" not null default 'APPLIED', "version" int not null default 1, "applied_on" date not null, "return_reasons" text null, "approved_on" date null, "expert_review_on" date null, "experts" text[] not null default '{}', "expert_conclusion" text null, "responsibility_letter_ref" varchar(255) null, "responsibility_letter_signed_on" date null, "confirmation_form_ref" varchar(255) null, "confirmation_form_signed_on" date null, "provider_notified_on" date null, "provisioning_due_on" date null, "provisioned_on" date null, "deployment_due_on" date null, "tested_on" date null, "security_preassessment_ref" varchar(255) null, "cutover_on" date null, "old_system_retained_until" date null, "deployed_on" date null, "exit_reason" "cloud_exit_reason" null, "exit_note" text null, "exit_requested_on" date null, "exit_approved_on" date null, "exit_transition_due_on" date null, "data_cleared_on" date null, "data_cleared_by_id" uuid null, "resources_reclaimed_on" date null, "resources_reclaimed_by_id" uuid null, "decommissioned_on" date null, constraint "cloud_tenancy_pkey" primary key ("id"), constraint cloud_tenancy_mlps_level_range check (mlps_level >= 1 and mlps_level <= 5));`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_code_unique" unique ("code");`);
    this.addSql(`create index "cloud_tenancy_tenant_id_index" on "cloud_tenancy" ("tenant_id");`);
    this.addSql(`create index "cloud_tenancy_filed_by_id_index" on "cloud_tenancy" ("filed_by_id");`);
    this.addSql(`create index "cloud_tenancy_division_code_index" on "cloud_tenancy" ("division_code");`);
    this.addSql(`create index "cloud_tenancy_provider_id_index" on "cloud_tenancy" ("provider_id");`);
    this.addSql(`create index "cloud_tenancy_status_index" on "cloud_tenancy" ("status");`);
    this.addSql(`create index "cloud_tenancy_deployment_due_on_index" on "cloud_tenancy" ("deployment_due_on");`);

    this.addSql(`create table "fee_statement_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "statement_id" uuid not null, "tenancy_id" uuid not null, "item_id" uuid not null, "quantity" int not null, "unit_price" numeric(12,2) not null, "first_day" date not null, "last_day" date not null, "days" int not null, "days_in_month" int not null, "amount" numeric(15,2) not null, constraint "fee_statement_line_pkey" primary key ("id"));`);

    this.addSql(`create table "cloud_tenancy_resource" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenancy_id" uuid not null, "item_id" uuid not null, "requested_quantity" int not null, "quota_quantity" int null, constraint "cloud_tenancy_resource_pkey" primary key ("id"), constraint cloud_tenancy_resource_quantities check (requested_quantity >= 0 and (quota_quantity is null or quota_quantity >= 0)));`);
    this.addSql(`alter table "cloud_tenancy_resource" add constraint "cloud_tenancy_resource_tenancy_id_item_id_unique" unique ("tenancy_id", "item_id");`);

    this.addSql(`create table "cloud_service_price" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" uuid not null, "unit_price" numeric(12,2) not null, "effective_from" date not null, "set_by_id" uuid null, "set_by_agency_id" uuid null, constraint "cloud_service_price_pkey" primary key ("id"));`);
    this.addSql(`alter table "cloud_service_price" add constraint "cloud_service_price_item_id_effective_from_unique" unique ("item_id", "effective_from");`);

    this.addSql(`create table "cloud_provider_assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "period" varchar(7) not null, "score" smallint not null, "availability_percent" numeric(5,2) null, "findings" text not null, "assessed_by_id" uuid not null, "assessed_by_agency_id" uuid not null, constraint "cloud_provider_assessment_pkey" primary key ("id"), constraint cloud_provider_assessment_score check (score >= 0 and score <= 100));`);
    this.addSql(`alter table "cloud_provider_assessment" add constraint "cloud_provider_assessment_provider_id_period_unique" unique ("provider_id", "period");`);

    this.addSql(`create table "cloud_incident" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenancy_id" uuid not null, "tenant_id" uuid not null, "filed_by_id" uuid not null, "provider_id" uuid null, "division_code" varchar(20) not null, "reported_by_agency_id" uuid not null, "reported_by_id" uuid not null, "occurred_at" timestamptz not null, "description" text not null, "status" "cloud_incident_status" not null default 'OPEN', "responsibility" "incident_responsibility" null, "resolution" text null, "resolved_at" timestamptz null, "resolved_by_id" uuid null, constraint "cloud_incident_pkey" primary key ("id"));`);
    this.addSql(`create index "cloud_incident_tenancy_id_index" on "cloud_incident" ("tenancy_id");`);

    this.addSql(`create table "cloud_change_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenancy_id" uuid not null, "kind" "cloud_change_kind" not null, "status" "cloud_change_status" not null default 'SUBMITTED', "version" int not null default 1, "tenant_id" uuid not null, "filed_by_id" uuid not null, "provider_id" uuid null, "division_code" varchar(20) not null, "requested_by_id" uuid not null, "requested_by_agency_id" uuid not null, "reason" text not null, "submitted_on" date not null, "return_reasons" text null, "approved_on" date null, "expert_review_on" date null, "experts" text[] not null default '{}', "expert_conclusion" text null, "provider_notified_on" date null, "provisioning_due_on" date null, "completed_on" date null, constraint "cloud_change_request_pkey" primary key ("id"));`);
    this.addSql(`create index "cloud_change_request_tenancy_id_index" on "cloud_change_request" ("tenancy_id");`);
    this.addSql(`create index "cloud_change_request_status_index" on "cloud_change_request" ("status");`);

    this.addSql(`create table "cloud_quota_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenancy_id" uuid not null, "item_id" uuid not null, "quantity" int not null, "effective_from" date not null, "effective_to" date null, "change_request_id" uuid null, constraint "cloud_quota_line_pkey" primary key ("id"), constraint cloud_quota_line_period check (quantity > 0 and (effective_to is null or effective_to > effective_from)));`);
    this.addSql(`create index "cloud_quota_line_tenancy_id_effective_to_index" on "cloud_quota_line" ("tenancy_id", "effective_to");`);

    this.addSql(`create table "cloud_change_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "change_request_id" uuid not null, "item_id" uuid not null, "original_quantity" int not null, "requested_quantity" int not null, "decided_quantity" int null, constraint "cloud_change_line_pkey" primary key ("id"), constraint cloud_change_line_quantities check (original_quantity >= 0 and requested_quantity >= 0 and (decided_quantity is null or decided_quantity >= 0)));`);
    this.addSql(`alter table "cloud_change_line" add constraint "cloud_change_line_change_request_id_item_id_unique" unique ("change_request_id", "item_id");`);

    this.addSql(`create table "working_calendar_year" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "year" int not null, "holidays" text[] not null, "workdays" text[] not null, "source" text not null, "published_by_id" uuid null, "published_by_agency_id" uuid null, constraint "working_calendar_year_pkey" primary key ("id"));`);
    this.addSql(`alter table "working_calendar_year" add constraint "working_calendar_year_year_unique" unique ("year");`);

    this.addSql(`alter table "cloud_zone" add constraint "cloud_zone_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "fee_statement" add constraint "fee_statement_tenant_id_foreign" foreign key ("tenant_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "fee_statement" add constraint "fee_statement_payer_id_foreign" foreign key ("payer_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "fee_statement" add constraint "fee_statement_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade;`);
    this.addSql(`alter table "fee_statement" add constraint "fee_statement_issued_by_id_foreign" foreign key ("issued_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "fee_statement" add constraint "fee_statement_settled_by_id_foreign" foreign key ("settled_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_tenant_id_foreign" foreign key ("tenant_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_filed_by_id_foreign" foreign key ("filed_by_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_filed_by_user_id_foreign" foreign key ("filed_by_user_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_zone_id_foreign" foreign key ("zone_id") references "cloud_zone" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_data_cleared_by_id_foreign" foreign key ("data_cleared_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_resources_reclaimed_by_id_foreign" foreign key ("resources_reclaimed_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "fee_statement_line" add constraint "fee_statement_line_statement_id_foreign" foreign key ("statement_id") references "fee_statement" ("id") on update cascade;`);
    this.addSql(`alter table "fee_statement_line" add constraint "fee_statement_line_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade;`);
    this.addSql(`alter table "fee_statement_line" add constraint "fee_statement_line_item_id_foreign" foreign key ("item_id") references "cloud_service_item" ("id") on update cascade;`);

    this.addSql(`alter table "cloud_tenancy_resource" add constraint "cloud_tenancy_resource_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_tenancy_resource" add constraint "cloud_tenancy_resource_item_id_foreign" foreign key ("item_id") references "cloud_service_item" ("id") on update cascade;`);

    this.addSql(`alter table "cloud_service_price" add constraint "cloud_service_price_item_id_foreign" foreign key ("item_id") references "cloud_service_item" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_service_price" add constraint "cloud_service_price_set_by_id_foreign" foreign key ("set_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cloud_service_price" add constraint "cloud_service_price_set_by_agency_id_foreign" foreign key ("set_by_agency_id") references "agency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cloud_provider_assessment" add constraint "cloud_provider_assessment_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_provider_assessment" add constraint "cloud_provider_assessment_assessed_by_id_foreign" foreign key ("assessed_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_provider_assessment" add constraint "cloud_provider_assessment_assessed_by_agency_id_foreign" foreign key ("assessed_by_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_tenant_id_foreign" foreign key ("tenant_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_filed_by_id_foreign" foreign key ("filed_by_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_reported_by_agency_id_foreign" foreign key ("reported_by_agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_reported_by_id_foreign" foreign key ("reported_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_resolved_by_id_foreign" foreign key ("resolved_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_tenant_id_foreign" foreign key ("tenant_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_filed_by_id_foreign" foreign key ("filed_by_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade;`);
    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_requested_by_id_foreign" foreign key ("requested_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_requested_by_agency_id_foreign" foreign key ("requested_by_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "cloud_quota_line" add constraint "cloud_quota_line_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_quota_line" add constraint "cloud_quota_line_item_id_foreign" foreign key ("item_id") references "cloud_service_item" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_quota_line" add constraint "cloud_quota_line_change_request_id_foreign" foreign key ("change_request_id") references "cloud_change_request" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cloud_change_line" add constraint "cloud_change_line_change_request_id_foreign" foreign key ("change_request_id") references "cloud_change_request" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_change_line" add constraint "cloud_change_line_item_id_foreign" foreign key ("item_id") references "cloud_service_item" ("id") on update cascade;`);

    this.addSql(`alter table "working_calendar_year" add constraint "working_calendar_year_published_by_id_foreign" foreign key ("published_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "working_calendar_year" add constraint "working_calendar_year_published_by_agency_id_foreign" foreign key ("published_by_agency_id") references "agency" ("id") on update cascade on delete set null;`);

    // Filing numbers of tenancies (YZ-<year>-<n>); the ORM does not manage sequences.
    this.addSql(`create sequence if not exists "cloud_tenancy_code_seq";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "fee_statement_line" drop constraint "fee_statement_line_item_id_foreign";`);

    this.addSql(`alter table "cloud_tenancy_resource" drop constraint "cloud_tenancy_resource_item_id_foreign";`);

    this.addSql(`alter table "cloud_service_price" drop constraint "cloud_service_price_item_id_foreign";`);

    this.addSql(`alter table "cloud_quota_line" drop constraint "cloud_quota_line_item_id_foreign";`);

    this.addSql(`alter table "cloud_change_line" drop constraint "cloud_change_line_item_id_foreign";`);

    this.addSql(`alter table "cloud_tenancy" drop constraint "cloud_tenancy_zone_id_foreign";`);

    this.addSql(`alter table "fee_statement_line" drop constraint "fee_statement_line_statement_id_foreign";`);

    this.addSql(`alter table "fee_statement_line" drop constraint "fee_statement_line_tenancy_id_foreign";`);

    this.addSql(`alter table "cloud_tenancy_resource" drop constraint "cloud_tenancy_resource_tenancy_id_foreign";`);

    this.addSql(`alter table "cloud_incident" drop constraint "cloud_incident_tenancy_id_foreign";`);

    this.addSql(`alter table "cloud_change_request" drop constraint "cloud_change_request_tenancy_id_foreign";`);

    this.addSql(`alter table "cloud_quota_line" drop constraint "cloud_quota_line_tenancy_id_foreign";`);

    this.addSql(`alter table "cloud_quota_line" drop constraint "cloud_quota_line_change_request_id_foreign";`);

    this.addSql(`alter table "cloud_change_line" drop constraint "cloud_change_line_change_request_id_foreign";`);

    this.addSql(`drop table if exists "cloud_service_item" cascade;`);

    this.addSql(`drop table if exists "cloud_zone" cascade;`);

    this.addSql(`drop table if exists "fee_statement" cascade;`);

    this.addSql(`drop table if exists "cloud_tenancy" cascade;`);

    this.addSql(`drop table if exists "fee_statement_line" cascade;`);

    this.addSql(`drop table if exists "cloud_tenancy_resource" cascade;`);

    this.addSql(`drop table if exists "cloud_service_price" cascade;`);

    this.addSql(`drop table if exists "cloud_provider_assessment" cascade;`);

    this.addSql(`drop table if exists "cloud_incident" cascade;`);

    this.addSql(`drop table if exists "cloud_change_request" cascade;`);

    this.addSql(`drop table if exists "cloud_quota_line" cascade;`);

    this.addSql(`drop table if exists "cloud_change_line" cascade;`);

    this.addSql(`drop table if exists "working_calendar_year" cascade;`);

    this.addSql(`drop type "cloud_service_category";`);
    this.addSql(`drop type "fee_statement_status";`);
    this.addSql(`drop type "cloud_tenancy_status";`);
    this.addSql(`drop type "cloud_exit_reason";`);
    this.addSql(`drop type "cloud_incident_status";`);
    this.addSql(`drop type "incident_responsibility";`);
    this.addSql(`drop type "cloud_change_kind";`);
    this.addSql(`drop type "cloud_change_status";`);

    this.addSql(`drop sequence if exists "cloud_tenancy_code_seq";`);
  }

}
