import { Migration } from '@mikro-orm/migrations';

export class Migration20261202153104_zone_certificates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cloud_zone_certificate" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "zone_id" uuid not null, "certifying_body" varchar(255) not null, "number" varchar(80) not null, "mlps_level" smallint not null, "scope" text not null, "issued_on" date not null, "expires_on" date not null, "recorded_by_id" uuid null, constraint "cloud_zone_certificate_pkey" primary key ("id"));`);
    this.addSql(`create index "cloud_zone_certificate_zone_id_index" on "cloud_zone_certificate" ("zone_id");`);
    this.addSql(`create index "cloud_zone_certificate_expires_on_index" on "cloud_zone_certificate" ("expires_on");`);
    this.addSql(`create index "cloud_zone_certificate_recorded_by_id_index" on "cloud_zone_certificate" ("recorded_by_id");`);
    this.addSql(`alter table "cloud_zone_certificate" add constraint "cloud_zone_certificate_zone_id_number_unique" unique ("zone_id", "number");`);

    this.addSql(`alter table "cloud_zone_certificate" add constraint "cloud_zone_certificate_zone_id_foreign" foreign key ("zone_id") references "cloud_zone" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_zone_certificate" add constraint "cloud_zone_certificate_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cloud_zone_certificate" cascade;`);
  }

}
