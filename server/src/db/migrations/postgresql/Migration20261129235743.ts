import { Migration } from '@mikro-orm/migrations';

export class Migration20261129235743 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_token" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('SET_PASSWORD', 'INVITATION', 'RESET')) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "password_token" add constraint "password_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_token_user_id_purpose_index" on "password_token" ("user_id", "purpose");`);

    this.addSql(
      `alter table "password_token" add constraint "password_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "user" add column "disabled_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_token" cascade;`);

    this.addSql(`alter table "user" drop column "disabled_at";`);
  }
}
