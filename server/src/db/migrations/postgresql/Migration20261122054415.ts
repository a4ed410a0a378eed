import { Migration } from '@mikro-orm/migrations';

export class Migration20261122054415 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "verification_attempt" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "contract_number" varchar(40) not null, "guarantee_id" uuid null, "outcome" text check ("outcome" in ('VERIFIED', 'REJECTED', 'RATE_LIMITED', 'MALFORMED')) not null, "address" varchar(64) null, "user_id" uuid null, constraint "verification_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "verification_attempt_guarantee_id_created_at_index" on "verification_attempt" ("guarantee_id", "created_at");`,
    );

    this.addSql(
      `create table "orderer_view" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "guarantee_id" uuid not null, "first_viewed_at" timestamptz not null, "last_viewed_at" timestamptz not null, "view_count" int not null default 1, constraint "orderer_view_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "orderer_view" add constraint "orderer_view_guarantee_id_unique" unique ("guarantee_id");`);

    this.addSql(
      `alter table "verification_attempt" add constraint "verification_attempt_guarantee_id_foreign" foreign key ("guarantee_id") references "guarantee" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "verification_attempt" add constraint "verification_attempt_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "orderer_view" add constraint "orderer_view_guarantee_id_foreign" foreign key ("guarantee_id") references "guarantee" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "verification_attempt" cascade;`);

    this.addSql(`drop table if exists "orderer_view" cascade;`);
  }
}
