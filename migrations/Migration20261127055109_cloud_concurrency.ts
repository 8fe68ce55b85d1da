import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055109_cloud_concurrency extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cloud_incident" add column "version" int not null default 1;`);

    // At most one open quota line per tenancy and item (see CloudQuotaLine): an exclusion constraint,
    // deferred to commit, declared on the entity by its SQL (MikroORM has no partial unique index).
    this.addSql(`alter table "cloud_quota_line" add constraint "cloud_quota_line_one_open_per_item" exclude using btree ("tenancy_id" with =, "item_id" with =) where ("effective_to" is null) deferrable initially deferred;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cloud_incident" drop column "version";`);

    this.addSql(`alter table "cloud_quota_line" drop constraint "cloud_quota_line_one_open_per_item";`);
  }

}
