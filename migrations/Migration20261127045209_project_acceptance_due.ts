import { Migration } from '@mikro-orm/migrations';

export class Migration20261127045209_project_acceptance_due extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "project_status" add value if not exists 'ACCEPTED' after 'UNDER_CONSTRUCTION';`);

    this.addSql(`alter table "project" add column "acceptance_due_on" date null;`);
    this.addSql(`create index "project_acceptance_due_on_index" on "project" ("acceptance_due_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "project_acceptance_due_on_index";`);
    this.addSql(`alter table "project" drop column "acceptance_due_on";`);
  }

}
