import { Migration } from '@mikro-orm/migrations';

export class Migration20261127044626_projects extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "plan_kind" as enum ('MASTER', 'ANNUAL');`);
    this.addSql(`create type "project_category" as enum ('BUSINESS_SYSTEM', 'RESOURCE_DATABASE', 'SECURITY_INFRASTRUCTURE', 'EGOV_NETWORK', 'EGOV_CLOUD', 'DATA_EXCHANGE_PLATFORM', 'COMMON_SUPPORT_PLATFORM', 'COMMON_APPLICATION', 'STANDARDS', 'OFFICE_EQUIPMENT');`);
    this.addSql(`create type "build_type" as enum ('NEW', 'EXPANSION', 'REBUILD', 'OPERATION');`);
    this.addSql(`create type "network_kind" as enum ('EGOV_EXTRANET', 'DEDICATED_NETWORK');`);
    this.addSql(`create type "funding_source" as enum ('MUNICIPAL_FISCAL', 'COUNTY_FISCAL', 'CENTRAL_OR_PROVINCIAL', 'SPECIAL_BOND', 'OWN_FUNDS', 'OTHER');`);
    this.addSql(`create type "urgency_basis_kind" as enum ('STATE_REQUIREMENT', 'PROVINCIAL_REQUIREMENT', 'CITY_LEADERSHIP_REQUIREMENT', 'MAJOR_STRATEGY', 'NATIONAL_SECURITY', 'PUBLIC_SECURITY', 'SOCIAL_STABILITY');`);
    this.addSql(`create type "project_status" as enum ('DRAFT', 'PROPOSAL_UNDER_REVIEW', 'PROPOSAL_APPROVED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'UNDER_TECH_REVIEW', 'TECH_REVIEW_FAILED', 'TECH_REVIEW_PASSED', 'PROCURED', 'UNDER_CONSTRUCTION', 'REJECTED');`);
    this.addSql(`create type "catalog_status" as enum ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED');`);
    this.addSql(`create type "budget_line_kind" as enum ('SOFTWARE_DEVELOPMENT', 'SYSTEM_INTEGRATION', 'CLOUD_SERVICES', 'DATA_SERVICES', 'SECURITY_AND_CRYPTOGRAPHY', 'TERMINAL_EQUIPMENT', 'SUPERVISION', 'EVALUATION_AND_TESTING', 'OPERATION_AND_MAINTENANCE', 'OTHER', 'COMPUTE_STORAGE_HARDWARE', 'DATA_CENTER_BUILD');`);
    this.addSql(`create type "rectification_reason" as enum ('SHARING_FAILURE', 'DUPLICATE_COLLECTION', 'NOT_IN_SYSTEM_CATALOG', 'CRYPTO_OR_SECURITY');`);
    this.addSql(`create type "rectification_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "participant_role" as enum ('CO_BUILDER');`);
    this.addSql(`create type "document_kind" as enum ('PROPOSAL', 'FEASIBILITY_STUDY', 'PRELIMINARY_DESIGN', 'TECHNICAL_PLAN', 'EXPERT_REVIEW_OPINION', 'DRC_APPROVAL', 'COUNTY_APPROVAL', 'BDC_TECH_OPINION', 'REVIEW_OPINION', 'SUPERVISION_CONTRACT', 'CONSTRUCTION_SUMMARY', 'FINANCIAL_REPORT', 'AUDIT_REPORT', 'INTENSIVE_SHARING_ASSESSMENT', 'SECURITY_RISK_ASSESSMENT', 'CRYPTO_ASSESSMENT', 'OTHER');`);
    this.addSql(`create table "plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" "plan_kind" not null, "year" int not null, "title" varchar(255) not null, "approved_on" date null, constraint "plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "plan" add constraint "plan_kind_year_unique" unique ("kind", "year");`);

    this.addSql(`create table "plan_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "name" varchar(255) not null, "unit_id" uuid not null, "estimated_investment" numeric(15,2) null, constraint "plan_entry_pkey" primary key ("id"));`);

    this.addSql(`create table "project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "name" varchar(255) not null, "description" text null, "construction_unit_id" uuid not null, "division_code" varchar(20) not null, "category" "project_category" not null, "build_type" "build_type" not null, "network" "network_kind" not null, "investment" numeric(15,2) not null, "funding_source" "funding_source" null, "scale" text null, "plan_entry_id" uuid null, "urgency_basis" "urgency_basis_kind" null, "urgency_reference" text null, "implementing_body" varchar(255) null, "project_leader" varchar(255) null, "joint" boolean not null default false, "participant_agency_ids" text[] not null default '{}', "status" "project_status" not null default 'DRAFT', "version" int not null default 1, "year" int not null, "filed_at" timestamptz null, "budget_confirmed_at" timestamptz null, "procurement_method" varchar(255) null, "supplier_name" varchar(255) null, "contract_amount" numeric(15,2) null, "procurement_confirmed_at" timestamptz null, "supervisor_id" uuid null, "supervision_contract_no" varchar(255) null, "supervision_signed_on" date null, "construction_started_at" timestamptz null, constraint "project_pkey" primary key ("id"), constraint project_investment_positive check (investment > 0));`);
    this.addSql(`alter table "project" add constraint "project_code_unique" unique ("code");`);
    this.addSql(`create index "project_construction_unit_id_index" on "project" ("construction_unit_id");`);
    this.addSql(`create index "project_division_code_index" on "project" ("division_code");`);
    this.addSql(`create index "project_status_index" on "project" ("status");`);
    this.addSql(`create index "project_year_index" on "project" ("year");`);
    this.addSql(`create index "project_filed_at_index" on "project" ("filed_at");`);

    this.addSql(`create table "catalog" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "status" "catalog_status" not null default 'DRAFT', "version" int not null default 1, "submitted_at" timestamptz null, constraint "catalog_pkey" primary key ("id"));`);
    this.addSql(`alter table "catalog" add constraint "catalog_project_id_unique" unique ("project_id");`);

    this.addSql(`create table "catalog_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "catalog_id" uuid not null, "resource_name" varchar(255) not null, "resource_code" varchar(255) not null, constraint "catalog_entry_pkey" primary key ("id"));`);

    this.addSql(`create table "budget_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "kind" "budget_line_kind" not null, "description" varchar(255) not null, "amount" numeric(15,2) not null, constraint "budget_line_pkey" primary key ("id"), constraint budget_line_amount_positive check (amount > 0));`);

    this.addSql(`create table "state_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_type" varchar(255) not null, "subject_id" uuid not null, "event" varchar(255) not null, "from_state" varchar(255) not null, "to_state" varchar(255) not null, "actor_id" uuid not null, "actor_agency_id" uuid not null, "note" text null, constraint "state_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "state_transition_subject_type_subject_id_created_at_index" on "state_transition" ("subject_type", "subject_id", "created_at");`);

    this.addSql(`create table "review_opinion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "agency_id" uuid not null, "round" int not null, "invited_by_id" uuid not null, "opinion" text null, "recorded_by_id" uuid null, "recorded_at" timestamptz null, constraint "review_opinion_pkey" primary key ("id"));`);
    this.addSql(`alter table "review_opinion" add constraint "review_opinion_project_id_agency_id_round_unique" unique ("project_id", "agency_id", "round");`);

    this.addSql(`create table "rectification_order" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "unit_id" uuid not null, "reason" "rectification_reason" not null, "description" text not null, "issued_by_agency_id" uuid not null, "issued_by_id" uuid not null, "status" "rectification_status" not null default 'OPEN', "closed_at" timestamptz null, "closed_by_id" uuid null, "closing_note" text null, constraint "rectification_order_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_order_unit_id_status_index" on "rectification_order" ("unit_id", "status");`);

    this.addSql(`create table "project_participant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "agency_id" uuid not null, "role" "participant_role" not null default 'CO_BUILDER', "business_flow" text not null, "data_flow" text not null, "interfaces" text not null, "confirmed_at" timestamptz null, "confirmed_by_id" uuid null, constraint "project_participant_pkey" primary key ("id"));`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_project_id_agency_id_unique" unique ("project_id", "agency_id");`);

    this.addSql(`create table "document_content" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "sm3" varchar(64) not null, "size" int not null, "media_type" varchar(255) not null, "file_name" varchar(255) not null, "data" bytea not null, "uploaded_by_id" uuid not null, constraint "document_content_pkey" primary key ("id"));`);

    this.addSql(`create table "project_document" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "kind" "document_kind" not null, "title" varchar(255) not null, "chapters" text[] not null, "security_statement" text null, "conclusion" text null, "content_id" uuid not null, "sm3" varchar(64) not null, "size" int not null, "file_name" varchar(255) not null, "submitted_by_id" uuid not null, constraint "project_document_pkey" primary key ("id"));`);
    this.addSql(`create index "project_document_project_id_kind_index" on "project_document" ("project_id", "kind");`);

    this.addSql(`alter table "plan_entry" add constraint "plan_entry_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "plan_entry" add constraint "plan_entry_unit_id_foreign" foreign key ("unit_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "project" add constraint "project_construction_unit_id_foreign" foreign key ("construction_unit_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "project" add constraint "project_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade;`);
    this.addSql(`alter table "project" add constraint "project_plan_entry_id_foreign" foreign key ("plan_entry_id") references "plan_entry" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "project" add constraint "project_supervisor_id_foreign" foreign key ("supervisor_id") references "agency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "catalog" add constraint "catalog_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);

    this.addSql(`alter table "catalog_entry" add constraint "catalog_entry_catalog_id_foreign" foreign key ("catalog_id") references "catalog" ("id") on update cascade;`);

    this.addSql(`alter table "budget_line" add constraint "budget_line_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);

    this.addSql(`alter table "state_transition" add constraint "state_transition_actor_id_foreign" foreign key ("actor_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "state_transition" add constraint "state_transition_actor_agency_id_foreign" foreign key ("actor_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "review_opinion" add constraint "review_opinion_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "review_opinion" add constraint "review_opinion_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "review_opinion" add constraint "review_opinion_invited_by_id_foreign" foreign key ("invited_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "review_opinion" add constraint "review_opinion_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rectification_order" add constraint "rectification_order_unit_id_foreign" foreign key ("unit_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "rectification_order" add constraint "rectification_order_issued_by_agency_id_foreign" foreign key ("issued_by_agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "rectification_order" add constraint "rectification_order_issued_by_id_foreign" foreign key ("issued_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "rectification_order" add constraint "rectification_order_closed_by_id_foreign" foreign key ("closed_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project_participant" add constraint "project_participant_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "document_content" add constraint "document_content_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "user" ("id") on update cascade;`);

    this.addSql(`alter table "project_document" add constraint "project_document_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "project_document" add constraint "project_document_content_id_foreign" foreign key ("content_id") references "document_content" ("id") on update cascade;`);
    this.addSql(`alter table "project_document" add constraint "project_document_submitted_by_id_foreign" foreign key ("submitted_by_id") references "user" ("id") on update cascade;`);

    // Filing numbers: one sequence, shared safely by every API process.
    this.addSql(`create sequence "project_code_seq";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "project_code_seq";`);
    this.addSql(`alter table "plan_entry" drop constraint "plan_entry_plan_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_plan_entry_id_foreign";`);

    this.addSql(`alter table "catalog" drop constraint "catalog_project_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_project_id_foreign";`);

    this.addSql(`alter table "review_opinion" drop constraint "review_opinion_project_id_foreign";`);

    this.addSql(`alter table "project_participant" drop constraint "project_participant_project_id_foreign";`);

    this.addSql(`alter table "project_document" drop constraint "project_document_project_id_foreign";`);

    this.addSql(`alter table "catalog_entry" drop constraint "catalog_entry_catalog_id_foreign";`);

    this.addSql(`alter table "project_document" drop constraint "project_document_content_id_foreign";`);

    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "plan_entry" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "catalog" cascade;`);

    this.addSql(`drop table if exists "catalog_entry" cascade;`);

    this.addSql(`drop table if exists "budget_line" cascade;`);

    this.addSql(`drop table if exists "state_transition" cascade;`);

    this.addSql(`drop table if exists "review_opinion" cascade;`);

    this.addSql(`drop table if exists "rectification_order" cascade;`);

    this.addSql(`drop table if exists "project_participant" cascade;`);

    this.addSql(`drop table if exists "document_content" cascade;`);

    this.addSql(`drop table if exists "project_document" cascade;`);

    this.addSql(`drop type "plan_kind";`);
    this.addSql(`drop type "project_category";`);
    this.addSql(`drop type "build_type";`);
    this.addSql(`drop type "network_kind";`);
    this.addSql(`drop type "funding_source";`);
    this.addSql(`drop type "urgency_basis_kind";`);
    this.addSql(`drop type "project_status";`);
    this.addSql(`drop type "catalog_status";`);
    this.addSql(`drop type "budget_line_kind";`);
    this.addSql(`drop type "rectification_reason";`);
    this.addSql(`drop type "rectification_status";`);
    this.addSql(`drop type "participant_role";`);
    this.addSql(`drop type "document_kind";`);
  }

}
