import { Migration } from '@mikro-orm/migrations';

export class Migration20261127043942_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "audit_outcome" as enum ('ALLOWED', 'REFUSED');`);
    this.addSql(`create type "division_kind" as enum ('CITY', 'DISTRICT', 'COUNTY', 'COUNTY_CITY', 'ZONE');`);
    this.addSql(`create type "agency_kind" as enum ('DRC', 'FINANCE', 'AUDIT', 'NSC', 'BDC', 'GOV_OFFICE', 'PARTY_OFFICE', 'DEPARTMENT', 'COUNTY_GOV', 'COUNTY_EGOV', 'CLOUD_PROVIDER', 'SUPERVISOR', 'EXPERT');`);
    this.addSql(`create table "audit_event" ("id" uuid not null, "seq" bigint not null, "occurred_at" timestamptz not null, "request_id" varchar(255) not null, "actor_user_id" uuid null, "actor_username" varchar(255) null, "actor_agency_id" uuid null, "service_client" varchar(255) null, "action" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" uuid null, "outcome" "audit_outcome" not null, "error_code" varchar(255) null, "rule" varchar(255) null, "changes" jsonb not null, "policy_version" varchar(255) not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_seq_unique" unique ("seq");`);
    this.addSql(`create index "audit_event_actor_user_id_index" on "audit_event" ("actor_user_id");`);
    this.addSql(`create index "audit_event_subject_id_index" on "audit_event" ("subject_id");`);

    this.addSql(`create table "division" ("code" varchar(20) not null, "name" varchar(255) not null, "name_en" varchar(255) not null, "kind" "division_kind" not null, constraint "division_pkey" primary key ("code"));`);

    this.addSql(`create table "agency" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "name" varchar(255) not null, "name_en" varchar(255) not null, "kind" "agency_kind" not null, "county_code" varchar(20) null, "parent_id" uuid null, constraint "agency_pkey" primary key ("id"));`);
    this.addSql(`alter table "agency" add constraint "agency_code_unique" unique ("code");`);
    this.addSql(`create index "agency_kind_index" on "agency" ("kind");`);

    this.addSql(`create table "user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "username" varchar(80) not null, "display_name" varchar(255) not null, "agency_id" uuid not null, "roles" text[] not null, "active" boolean not null default true, constraint "user_pkey" primary key ("id"));`);
    this.addSql(`alter table "user" add constraint "user_username_unique" unique ("username");`);

    this.addSql(`alter table "agency" add constraint "agency_county_code_foreign" foreign key ("county_code") references "division" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "agency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user" add constraint "user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    // PM-18: the audit trail is append-only. The hash chain detects an edit; this refuses one.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only (PM-18)' using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(`create trigger audit_event_no_change before update or delete on "audit_event" for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_no_change on "audit_event";`);
    this.addSql(`drop trigger if exists audit_event_no_truncate on "audit_event";`);
    this.addSql(`drop function if exists audit_event_append_only();`);
    this.addSql(`alter table "agency" drop constraint "agency_county_code_foreign";`);

    this.addSql(`alter table "agency" drop constraint "agency_parent_id_foreign";`);

    this.addSql(`alter table "user" drop constraint "user_agency_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "division" cascade;`);

    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "user" cascade;`);

    this.addSql(`drop type "audit_outcome";`);
    this.addSql(`drop type "division_kind";`);
    this.addSql(`drop type "agency_kind";`);
  }

}
