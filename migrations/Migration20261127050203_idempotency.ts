import { Migration } from '@mikro-orm/migrations';

export class Migration20261127050203_idempotency extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotent_request" ("user_id" uuid not null, "key" varchar(100) not null, "request_hash" varchar(64) not null, "status_code" int null, "response" text null, "created_at" timestamptz not null default now(), constraint "idempotent_request_pkey" primary key ("user_id", "key"));`);
    this.addSql(`create index "idempotent_request_created_at_index" on "idempotent_request" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotent_request" cascade;`);
  }

}
