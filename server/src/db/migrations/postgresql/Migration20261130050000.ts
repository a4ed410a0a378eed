import { Migration } from '@mikro-orm/migrations';

/**
 * Orderers' names are unique: contractors pick the orderer by its name, and createOrderer /
 * updateOrderer refuse a name in use (this index decides when two requests race).
 */
export class Migration20261130050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "orderer" add constraint "orderer_name_unique" unique ("name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "orderer" drop constraint "orderer_name_unique";`);
  }
}
