import { Migration } from '@mikro-orm/migrations';

/**
 * PM-16.3: a project records its competent department (项目主管部门), and a public institution the
 * bureau it belongs to (its projects' default). Existing projects get none: nothing is guessed for
 * them; their units name it with projectUpdate while the filing is editable.
 */
export class Migration20261202152000_competent_department extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "agency" add column "competent_department_id" uuid null;`);
    this.addSql(`alter table "agency" add constraint "agency_competent_department_id_foreign" foreign key ("competent_department_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "agency_competent_department_id_index" on "agency" ("competent_department_id");`);
    this.addSql(`alter table "project" add column "competent_department_id" uuid null;`);
    this.addSql(`alter table "project" add constraint "project_competent_department_id_foreign" foreign key ("competent_department_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "project_competent_department_id_index" on "project" ("competent_department_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project" drop constraint "project_competent_department_id_foreign";`);
    this.addSql(`alter table "project" drop column "competent_department_id";`);
    this.addSql(`alter table "agency" drop constraint "agency_competent_department_id_foreign";`);
    this.addSql(`alter table "agency" drop column "competent_department_id";`);
  }

}
