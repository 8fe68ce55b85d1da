import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055416_rectification_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "rectification_order" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rectification_order" drop column "version";`);
  }

}
