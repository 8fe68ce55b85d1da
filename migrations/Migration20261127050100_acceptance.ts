import { Migration } from '@mikro-orm/migrations';

export class Migration20261127050100_acceptance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "sharing_review_status" as enum ('REQUESTED', 'RETURNED', 'CONFIRMED');`);
    this.addSql(`create type "security_test_kind" as enum ('MLPS_TEST', 'RISK_ASSESSMENT', 'CRYPTO_ASSESSMENT', 'SECURITY_TEST');`);
    this.addSql(`create type "security_test_result" as enum ('PASSED', 'PASSED_WITH_ISSUES', 'FAILED');`);
    this.addSql(`create type "finding_kind" as enum ('PROCEDURE_VIOLATION', 'SERIOUS_OVERSPEND', 'POOR_QUALITY', 'LOSS_OR_WASTE', 'SECURITY_INCIDENT', 'OTHER_ACCIDENT', 'SHARING_VIOLATION', 'FUND_MISAPPROPRIATION', 'IMPROPER_OM_FUNDING');`);
    this.addSql(`create type "finding_measure" as enum ('PUBLIC_CRITICISM', 'DISCIPLINE_REFERRAL', 'FINANCIAL_PENALTY', 'RECORDED');`);
    this.addSql(`create type "acceptance_status" as enum ('APPLIED', 'UNDER_ACCEPTANCE', 'DELEGATED', 'AWAITING_REPORT', 'PASSED', 'FAILED');`);
    this.addSql(`create type "acceptance_result" as enum ('PASSED', 'FAILED');`);
    this.addSql(`create type "finding_conclusion" as enum ('MET', 'NOT_MET', 'NOT_APPLICABLE');`);
    this.addSql(`create type "extension_status" as enum ('APPLIED', 'APPROVED', 'REFUSED');`);
    this.addSql(`create table "sharing_review" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "status" "sharing_review_status" not null default 'REQUESTED', "version" int not null default 1, "request_note" text not null, "request_count" int not null default 1, "requested_by_id" uuid not null, "requested_at" timestamptz not null, "findings" text null, "returned_at" timestamptz null, "returned_by_id" uuid null, "confirmed_on" date null, "confirmed_at" timestamptz null, "confirmed_by_id" uuid null, "confirmed_by_name" varchar(255) null, "confirmed_by_agency_id" uuid null, "confirmation" text null, constraint "sharing_review_pkey" primary key ("id"));`);
    this.addSql(`alter table "sharing_review" add constraint "sharing_review_project_id_unique" unique ("project_id");`);

    this.addSql(`create table "security_test" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "kind" "security_test_kind" not null, "tested_on" date not null, "tester" varchar(255) not null, "result" "security_test_result" not null, "mlps_level" smallint null, "report_no" varchar(255) null, "summary" text null, "recorded_by_id" uuid not null, "recorded_by_agency_id" uuid not null, constraint "security_test_pkey" primary key ("id"));`);
    this.addSql(`create index "security_test_project_id_kind_index" on "security_test" ("project_id", "kind");`);

    this.addSql(`create table "project_finding" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "kind" "finding_kind" not null, "measure" "finding_measure" not null, "description" text not null, "responsible" text null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(255) not null, "recorded_by_agency_id" uuid not null, constraint "project_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "project_finding_project_id_created_at_index" on "project_finding" ("project_id", "created_at");`);

    this.addSql(`create table "om_contract" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "supplier_name" varchar(255) not null, "contract_no" varchar(255) null, "warranty_ends_on" date not null, "starts_on" date not null, "ends_on" date not null, "amount" numeric(15,2) null, "recorded_by_id" uuid not null, "recorded_by_agency_id" uuid not null, constraint "om_contract_pkey" primary key ("id"), constraint om_contract_term_positive check (ends_on > starts_on));`);
    this.addSql(`create index "om_contract_project_id_index" on "om_contract" ("project_id");`);

    this.addSql(`create table "acceptance_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "round" int not null, "previous_id" uuid null, "status" "acceptance_status" not null default 'APPLIED', "version" int not null default 1, "organizer_agency_id" uuid not null, "sharing_review_id" uuid not null, "application_note" text null, "applied_by_id" uuid not null, "delegated" boolean not null default false, "delegate_id" uuid null, "assigned_at" timestamptz null, "assignment_note" text null, "result" "acceptance_result" null, "held_on" date null, "failure_reasons" text null, "product_security_conclusion" "finding_conclusion" null, "product_security_note" text null, "cryptography_conclusion" "finding_conclusion" null, "cryptography_note" text null, "energy_efficiency_conclusion" "finding_conclusion" null, "energy_efficiency_note" text null, "decided_at" timestamptz null, "decided_by_id" uuid null, "decided_by_name" varchar(255) null, "decided_by_agency_id" uuid null, "reported_at" timestamptz null, "reported_by_id" uuid null, "report_note" text null, constraint "acceptance_record_pkey" primary key ("id"));`);
    this.addSql(`create index "acceptance_record_organizer_agency_id_status_index" on "acceptance_record" ("organizer_agency_id", "status");`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_project_id_round_unique" unique ("project_id", "round");`);

    this.addSql(`create table "acceptance_extension" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "status" "extension_status" not null default 'APPLIED', "version" int not null default 1, "deciding_agency_id" uuid not null, "reasons" text not null, "previous_due_on" date null, "requested_due_on" date not null, "applied_after_due" boolean not null default false, "applied_by_id" uuid not null, "decided_at" timestamptz null, "decided_by_id" uuid null, "decided_by_name" varchar(255) null, "decision_note" text null, "approved_due_on" date null, constraint "acceptance_extension_pkey" primary key ("id"));`);
    this.addSql(`create index "acceptance_extension_project_id_status_index" on "acceptance_extension" ("project_id", "status");`);

    this.addSql(`alter table "sharing_review" add constraint "sharing_review_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "sharing_review" add constraint "sharing_review_requested_by_id_foreign" foreign key ("requested_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "sharing_review" add constraint "sharing_review_returned_by_id_foreign" foreign key ("returned_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sharing_review" add constraint "sharing_review_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sharing_review" add constraint "sharing_review_confirmed_by_agency_id_foreign" foreign key ("confirmed_by_agency_id") references "agency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "security_test" add constraint "security_test_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "security_test" add constraint "security_test_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "security_test" add constraint "security_test_recorded_by_agency_id_foreign" foreign key ("recorded_by_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "project_finding" add constraint "project_finding_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "project_finding" add constraint "project_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "project_finding" add constraint "project_finding_recorded_by_agency_id_foreign" foreign key ("recorded_by_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "om_contract" add constraint "om_contract_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "om_contract" add constraint "om_contract_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "om_contract" add constraint "om_contract_recorded_by_agency_id_foreign" foreign key ("recorded_by_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_previous_id_foreign" foreign key ("previous_id") references "acceptance_record" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_organizer_agency_id_foreign" foreign key ("organizer_agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_sharing_review_id_foreign" foreign key ("sharing_review_id") references "sharing_review" ("id") on update cascade;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_applied_by_id_foreign" foreign key ("applied_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_delegate_id_foreign" foreign key ("delegate_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_decided_by_id_foreign" foreign key ("decided_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_decided_by_agency_id_foreign" foreign key ("decided_by_agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "acceptance_record" add constraint "acceptance_record_reported_by_id_foreign" foreign key ("reported_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "acceptance_extension" add constraint "acceptance_extension_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "acceptance_extension" add constraint "acceptance_extension_deciding_agency_id_foreign" foreign key ("deciding_agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "acceptance_extension" add constraint "acceptance_extension_applied_by_id_foreign" foreign key ("applied_by_id") references "user" ("id") on update cascade;`);
    this.addSql(`alter table "acceptance_extension" add constraint "acceptance_extension_decided_by_id_foreign" foreign key ("decided_by_id") references "user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "acceptance_record" drop constraint "acceptance_record_sharing_review_id_foreign";`);

    this.addSql(`alter table "acceptance_record" drop constraint "acceptance_record_previous_id_foreign";`);

    this.addSql(`drop table if exists "sharing_review" cascade;`);

    this.addSql(`drop table if exists "security_test" cascade;`);

    this.addSql(`drop table if exists "project_finding" cascade;`);

    this.addSql(`drop table if exists "om_contract" cascade;`);

    this.addSql(`drop table if exists "acceptance_record" cascade;`);

    this.addSql(`drop table if exists "acceptance_extension" cascade;`);

    this.addSql(`drop type "sharing_review_status";`);
    this.addSql(`drop type "security_test_kind";`);
    this.addSql(`drop type "security_test_result";`);
    this.addSql(`drop type "finding_kind";`);
    this.addSql(`drop type "finding_measure";`);
    this.addSql(`drop type "acceptance_status";`);
    this.addSql(`drop type "acceptance_result";`);
    this.addSql(`drop type "finding_conclusion";`);
    this.addSql(`drop type "extension_status";`);
  }

}
