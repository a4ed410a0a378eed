import { Migration } from '@mikro-orm/migrations';

/**
 * Orderers' names are unique: contractors pick the orderer by its name, and createOrderer /
 * updateOrderer refuse a name in use (this index decides when two requests race).
 */
export class Migration20261130050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unique index \`orderer_name_unique\` on \`orderer\` (\`name\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`orderer_name_unique\`;`);
  }
}
