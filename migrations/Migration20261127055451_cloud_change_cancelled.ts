import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055451_cloud_change_cancelled extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "cloud_change_status" add value if not exists 'CANCELLED' after 'COMPLETED';`);
  }

}
