import { Migration } from '@mikro-orm/migrations';

/** The audit trail read by time range (auditEvents(filter: { occurredFrom, occurredBefore })). */
export class Migration20261202160000_audit_occurred_at_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index if not exists "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_event_occurred_at_index";`);
  }

}
