import { Migration } from '@mikro-orm/migrations';

export class Migration20261202154645_project_expert_panel extends Migration {

  override async up(): Promise<void> {
    // PM-8.2: the technical review's expert panel and its experts' own opinions. Reviews recorded
    // before keep their attached opinion document and an empty panel.
    this.addSql(`alter table "project" add column "expert_panel_ids" text[] not null default '{}', add column "expert_panel" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project" drop column "expert_panel_ids", drop column "expert_panel";`);
  }

}
