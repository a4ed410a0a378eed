import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions get an id (the API names a session by it, never by its token's hash), the address and
 * the browser that signed in. Existing sessions can't be given one, so they end: everyone signs in
 * again once.
 */
export class Migration20261130032311 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "session";`);
    this.addSql(
      `alter table "session" add column "id" uuid not null, add column "address" varchar(64) null, add column "user_agent" varchar(300) null;`,
    );
    this.addSql(`alter table "session" add constraint "session_id_unique" unique ("id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_id_unique";`);
    this.addSql(`alter table "session" drop column "id", drop column "address", drop column "user_agent";`);
  }
}
