import { Migration } from '@mikro-orm/migrations';

export class Migration20261202145657_deployment_extension extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cloud_tenancy" add column "deployment_extension_requested_on" date null, add column "deployment_extension_requested_days" smallint null, add column "deployment_extension_reasons" text null, add column "deployment_extended_days" smallint not null default 0, add column "old_system_retired_on" date null, add column "old_system_retired_by_id" uuid null;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_old_system_retired_by_id_foreign" foreign key ("old_system_retired_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "cloud_tenancy_old_system_retired_by_id_index" on "cloud_tenancy" ("old_system_retired_by_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cloud_tenancy" drop constraint "cloud_tenancy_old_system_retired_by_id_foreign";`);

    this.addSql(`drop index "cloud_tenancy_old_system_retired_by_id_index";`);
    this.addSql(`alter table "cloud_tenancy" drop column "deployment_extension_requested_on", drop column "deployment_extension_requested_days", drop column "deployment_extension_reasons", drop column "deployment_extended_days", drop column "old_system_retired_on", drop column "old_system_retired_by_id";`);
  }

}
