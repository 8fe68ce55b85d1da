import { Migration } from '@mikro-orm/migrations';

/**
 * PM-7.2, PM-8.1: from 10M the feasibility study's approval is followed by the preliminary
 * design's. Projects already approved keep their state and history: only new states are added.
 */
export class Migration20261202150000_preliminary_design_approval extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "project_status" add value if not exists 'FEASIBILITY_APPROVED' after 'RETURNED';`);
    this.addSql(`alter type "project_status" add value if not exists 'DESIGN_UNDER_REVIEW' after 'FEASIBILITY_APPROVED';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop a value of an enum type; the values stay unused.
  }

}
