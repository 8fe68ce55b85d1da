import { Migration } from '@mikro-orm/migrations';

/**
 * Every statement that writes a user, an agency or a division notifies `principal_changed`
 * (delivered at commit, once per transaction and payload): the API processes drop the signed-in
 * users they keep (src/identity/principal-cache.ts), whoever made the change.
 */
export class Migration20261206120000_principal_change_notify extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "notify_principal_change"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('principal_changed', tg_table_name);
        return null;
      end $$;`);
    for (const table of ['user', 'agency', 'division']) {
      this.addSql(`create trigger "${table}_principal_change" after insert or update or delete or truncate on "${table}"
        for each statement execute function "notify_principal_change"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['user', 'agency', 'division']) this.addSql(`drop trigger if exists "${table}_principal_change" on "${table}";`);
    this.addSql(`drop function if exists "notify_principal_change"();`);
  }
}
