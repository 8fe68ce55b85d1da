import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152513_tenancy_user_department extends Migration {

  override async up(): Promise<void> {
    // CM-10, CM-7: the county department whose system a county tenancy is, copied onto its changes
    // and incidents. Rows filed before keep null: the e-government authority that filed them keeps
    // acting for their user.
    this.addSql(`alter table "cloud_tenancy" add column "user_department_id" uuid null;`);
    this.addSql(`alter table "cloud_tenancy" add constraint "cloud_tenancy_user_department_id_foreign" foreign key ("user_department_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "cloud_tenancy_user_department_id_index" on "cloud_tenancy" ("user_department_id");`);

    this.addSql(`alter table "cloud_incident" add column "user_department_id" uuid null;`);
    this.addSql(`alter table "cloud_incident" add constraint "cloud_incident_user_department_id_foreign" foreign key ("user_department_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "cloud_incident_user_department_id_index" on "cloud_incident" ("user_department_id");`);

    this.addSql(`alter table "cloud_change_request" add column "user_department_id" uuid null;`);
    this.addSql(`alter table "cloud_change_request" add constraint "cloud_change_request_user_department_id_foreign" foreign key ("user_department_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "cloud_change_request_user_department_id_index" on "cloud_change_request" ("user_department_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cloud_change_request" drop constraint "cloud_change_request_user_department_id_foreign";`);

    this.addSql(`alter table "cloud_incident" drop constraint "cloud_incident_user_department_id_foreign";`);

    this.addSql(`alter table "cloud_tenancy" drop constraint "cloud_tenancy_user_department_id_foreign";`);

    this.addSql(`drop index "cloud_change_request_user_department_id_index";`);
    this.addSql(`alter table "cloud_change_request" drop column "user_department_id";`);

    this.addSql(`drop index "cloud_incident_user_department_id_index";`);
    this.addSql(`alter table "cloud_incident" drop column "user_department_id";`);

    this.addSql(`drop index "cloud_tenancy_user_department_id_index";`);
    this.addSql(`alter table "cloud_tenancy" drop column "user_department_id";`);
  }

}
