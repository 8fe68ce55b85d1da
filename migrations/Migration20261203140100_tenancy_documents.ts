import { Migration } from '@mikro-orm/migrations';

/**
 * CM-12: the responsibility letter and the provisioning confirmation form become documents
 * uploaded and attached to the tenancy with their SM3 hash, instead of a reference and a date on
 * the tenancy. Each reference and date recorded so far is kept as a document row without content:
 * history of what was signed, which satisfies no gate. A tenancy already provisioned is past the
 * gate; one still waiting for BDC's notice must have the signed documents uploaded.
 */
export class Migration20261203140100_tenancy_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "cloud_tenancy_document_kind" as enum ('RESPONSIBILITY_LETTER', 'PROVISIONING_CONFIRMATION');`);
    this.addSql(`create table "cloud_tenancy_document" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenancy_id" uuid not null, "kind" "cloud_tenancy_document_kind" not null, "reference" varchar(255) null, "signed_on" date not null, "content_id" uuid null, "sm3" varchar(64) null, "size" int null, "file_name" varchar(255) null, "submitted_by_id" uuid null, constraint "cloud_tenancy_document_pkey" primary key ("id"), constraint cloud_tenancy_document_hash_with_content check ((content_id is null) = (sm3 is null)));`);
    this.addSql(`create index "cloud_tenancy_document_tenancy_id_kind_index" on "cloud_tenancy_document" ("tenancy_id", "kind");`);
    this.addSql(`create index "cloud_tenancy_document_content_id_index" on "cloud_tenancy_document" ("content_id");`);
    this.addSql(`create index "cloud_tenancy_document_submitted_by_id_index" on "cloud_tenancy_document" ("submitted_by_id");`);
    this.addSql(`alter table "cloud_tenancy_document" add constraint "cloud_tenancy_document_tenancy_id_foreign" foreign key ("tenancy_id") references "cloud_tenancy" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_tenancy_document" add constraint "cloud_tenancy_document_content_id_foreign" foreign key ("content_id") references "document_content" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cloud_tenancy_document" add constraint "cloud_tenancy_document_submitted_by_id_foreign" foreign key ("submitted_by_id") references "user" ("id") on update cascade on delete set null;`);

    // What was recorded before uploads: the references and dates, kept as history without content.
    this.addSql(`insert into "cloud_tenancy_document" ("id", "tenancy_id", "kind", "reference", "signed_on")
      select gen_random_uuid(), "id", 'RESPONSIBILITY_LETTER', "responsibility_letter_ref", "responsibility_letter_signed_on"
      from "cloud_tenancy" where "responsibility_letter_signed_on" is not null;`);
    this.addSql(`insert into "cloud_tenancy_document" ("id", "tenancy_id", "kind", "reference", "signed_on")
      select gen_random_uuid(), "id", 'PROVISIONING_CONFIRMATION', "confirmation_form_ref", "confirmation_form_signed_on"
      from "cloud_tenancy" where "confirmation_form_signed_on" is not null;`);

    this.addSql(`alter table "cloud_tenancy" drop column "responsibility_letter_ref", drop column "responsibility_letter_signed_on", drop column "confirmation_form_ref", drop column "confirmation_form_signed_on";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cloud_tenancy" add column "responsibility_letter_ref" varchar(255) null, add column "responsibility_letter_signed_on" date null, add column "confirmation_form_ref" varchar(255) null, add column "confirmation_form_signed_on" date null;`);
    this.addSql(`update "cloud_tenancy" t set "responsibility_letter_ref" = coalesce(d."reference", d."sm3"), "responsibility_letter_signed_on" = d."signed_on"
      from (select distinct on ("tenancy_id") * from "cloud_tenancy_document" where "kind" = 'RESPONSIBILITY_LETTER' order by "tenancy_id", "created_at" desc) d where d."tenancy_id" = t."id";`);
    this.addSql(`update "cloud_tenancy" t set "confirmation_form_ref" = coalesce(d."reference", d."sm3"), "confirmation_form_signed_on" = d."signed_on"
      from (select distinct on ("tenancy_id") * from "cloud_tenancy_document" where "kind" = 'PROVISIONING_CONFIRMATION' order by "tenancy_id", "created_at" desc) d where d."tenancy_id" = t."id";`);
    this.addSql(`drop table if exists "cloud_tenancy_document" cascade;`);
    this.addSql(`drop type "cloud_tenancy_document_kind";`);
  }

}
