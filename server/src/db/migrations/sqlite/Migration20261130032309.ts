import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions get an id (the API names a session by it, never by its token's hash), the address and
 * the browser that signed in. Existing sessions can't be given one, so they end: everyone signs in
 * again once.
 */
export class Migration20261130032309 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from \`session\`;`);
    this.addSql(`alter table \`session\` add column \`id\` text not null;`);
    this.addSql(`alter table \`session\` add column \`address\` text null;`);
    this.addSql(`alter table \`session\` add column \`user_agent\` text null;`);
    this.addSql(`create unique index \`session_id_unique\` on \`session\` (\`id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists \`session_id_unique\`;`);
    this.addSql(`alter table \`session\` drop column \`id\`;`);
    this.addSql(`alter table \`session\` drop column \`address\`;`);
    this.addSql(`alter table \`session\` drop column \`user_agent\`;`);
  }
}
