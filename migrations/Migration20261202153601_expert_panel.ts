import { Migration } from '@mikro-orm/migrations';

export class Migration20261202153601_expert_panel extends Migration {

  override async up(): Promise<void> {
    // CM-11: the expert panel BDC names and the opinions its experts record. Reviews recorded before
    // keep their typed-in `experts` and an empty panel.
    this.addSql(`alter table "cloud_tenancy" add column "expert_panel_ids" text[] not null default '{}', add column "expert_panel" jsonb not null default '[]';`);

    this.addSql(`alter table "cloud_change_request" add column "expert_panel_ids" text[] not null default '{}', add column "expert_panel" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cloud_change_request" drop column "expert_panel_ids", drop column "expert_panel";`);

    this.addSql(`alter table "cloud_tenancy" drop column "expert_panel_ids", drop column "expert_panel";`);
  }

}
