import { Migration } from '@mikro-orm/migrations';

export class Migration20261127061940_construction_period extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "project" add column "construction_months" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project" drop column "construction_months";`);
  }

}
