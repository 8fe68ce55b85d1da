import { Migration } from '@mikro-orm/migrations';

export class Migration20261127050015_catalogs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "resource_format_class" as enum ('ELECTRONIC_FILE', 'SPREADSHEET', 'DATABASE', 'IMAGE', 'STREAMING_MEDIA', 'SELF_DESCRIBING', 'OTHER');`);
    this.addSql(`create type "sharing_type" as enum ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED');`);
    this.addSql(`create type "sharing_method" as enum ('PLATFORM_INTERFACE', 'PLATFORM_DATABASE', 'PLATFORM_FILE', 'MEDIUM');`);
    this.addSql(`create type "open_type" as enum ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_OPEN');`);
    this.addSql(`create type "update_cycle" as enum ('REAL_TIME', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'IRREGULAR');`);
    this.addSql(`create type "catalog_usage_outcome" as enum ('EFFECTIVE', 'QUALITY_ISSUE', 'NOT_OBTAINED');`);
    this.addSql(`create table "catalog_usage" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "entry_id" uuid not null, "consumer_agency_id" uuid not null, "recorded_by_id" uuid not null, "purpose" text not null, "outcome" "catalog_usage_outcome" not null, "issue" text null, "used_on" date not null, constraint "catalog_usage_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_usage_consumer_agency_id_index" on "catalog_usage" ("consumer_agency_id");`);
    this.addSql(`create index "catalog_usage_entry_id_created_at_index" on "catalog_usage" ("entry_id", "created_at");`);

    this.addSql(`alter table "catalog_usage" add constraint "catalog_usage_entry_id_foreign" foreign key ("entry_id") references "catalog_entry" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_usage" add constraint "catalog_usage_consumer_agency_id_foreign" foreign key ("consumer_agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_usage" add constraint "catalog_usage_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade;`);

    this.addSql(`alter table "catalog" add column "published_at" timestamptz null, add column "published_by_id" uuid null, add column "returned_at" timestamptz null, add column "findings" jsonb not null default '[]';`);
    this.addSql(`alter table "catalog" add constraint "catalog_published_by_id_foreign" foreign key ("published_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "catalog_entry" add column "class_code" varchar(1) not null, add column "item_code" varchar(2) not null, add column "category_code" varchar(3) not null, add column "subcategory_code" varchar(12) null, add column "provider_id" uuid not null, add column "provider_code" varchar(40) not null, add column "abstract" text not null, add column "format_class" "resource_format_class" not null, add column "format_type" varchar(40) not null, add column "information_items" jsonb not null default '[]', add column "sharing_type" "sharing_type" not null, add column "sharing_condition" text null, add column "not_shared_basis" text null, add column "sharing_method" "sharing_method" null, add column "restricted_to_organizations" text[] not null default '{}', add column "open_type" "open_type" not null, add column "open_condition" text null, add column "update_cycle" "update_cycle" not null, add column "publish_date" date null, add column "related_resource_codes" text[] not null default '{}', add column "registered_on_exchange" boolean not null default false;`);
    this.addSql(`alter table "catalog_entry" alter column "resource_name" type varchar(200) using ("resource_name"::varchar(200));`);
    this.addSql(`alter table "catalog_entry" alter column "resource_code" type varchar(60) using ("resource_code"::varchar(60));`);
    this.addSql(`alter table "catalog_entry" add constraint "catalog_entry_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on update cascade;`);
    this.addSql(`create index "catalog_entry_sharing_type_index" on "catalog_entry" ("sharing_type");`);
    this.addSql(`create index "catalog_entry_provider_id_index" on "catalog_entry" ("provider_id");`);
    this.addSql(`alter table "catalog_entry" add constraint "catalog_entry_catalog_resource_code_unique" unique ("catalog_id", "resource_code");`);
    this.addSql(`alter table "catalog_entry" add constraint catalog_entry_shared_not_restricted check(sharing_type = 'NOT_SHARED' or cardinality(restricted_to_organizations) = 0);`);
    this.addSql(`alter table "catalog_entry" add constraint catalog_entry_not_shared_has_basis check(sharing_type <> 'NOT_SHARED' or not_shared_basis is not null);`);
    this.addSql(`alter table "catalog_entry" add constraint catalog_entry_conditional_has_condition check(sharing_type <> 'CONDITIONAL' or sharing_condition is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_usage" cascade;`);

    this.addSql(`alter table "catalog" drop constraint "catalog_published_by_id_foreign";`);

    this.addSql(`alter table "catalog_entry" drop constraint "catalog_entry_provider_id_foreign";`);

    this.addSql(`alter table "catalog" drop column "published_at", drop column "published_by_id", drop column "returned_at", drop column "findings";`);

    this.addSql(`drop index "catalog_entry_sharing_type_index";`);
    this.addSql(`drop index "catalog_entry_provider_id_index";`);
    this.addSql(`alter table "catalog_entry" drop constraint "catalog_entry_catalog_resource_code_unique";`);
    this.addSql(`alter table "catalog_entry" drop constraint catalog_entry_shared_not_restricted;`);
    this.addSql(`alter table "catalog_entry" drop constraint catalog_entry_not_shared_has_basis;`);
    this.addSql(`alter table "catalog_entry" drop constraint catalog_entry_conditional_has_condition;`);
    this.addSql(`alter table "catalog_entry" drop column "class_code", drop column "item_code", drop column "category_code", drop column "subcategory_code", drop column "provider_id", drop column "provider_code", drop column "abstract", drop column "format_class", drop column "format_type", drop column "information_items", drop column "sharing_type", drop column "sharing_condition", drop column "not_shared_basis", drop column "sharing_method", drop column "restricted_to_organizations", drop column "open_type", drop column "open_condition", drop column "update_cycle", drop column "publish_date", drop column "related_resource_codes", drop column "registered_on_exchange";`);

    this.addSql(`alter table "catalog_entry" alter column "resource_name" type varchar(255) using ("resource_name"::varchar(255));`);
    this.addSql(`alter table "catalog_entry" alter column "resource_code" type varchar(255) using ("resource_code"::varchar(255));`);

    this.addSql(`drop type "resource_format_class";`);
    this.addSql(`drop type "sharing_type";`);
    this.addSql(`drop type "sharing_method";`);
    this.addSql(`drop type "open_type";`);
    this.addSql(`drop type "update_cycle";`);
    this.addSql(`drop type "catalog_usage_outcome";`);
  }

}
