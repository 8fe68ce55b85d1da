import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060805_rate_limit extends Migration {

  override async up(): Promise<void> {
    // Counters of the current window: not worth a WAL record per request, nor keeping after a crash.
    this.addSql(`create unlogged table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit" cascade;`);
  }

}
