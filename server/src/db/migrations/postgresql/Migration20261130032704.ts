import { Migration } from '@mikro-orm/migrations';

/** 利用登録申請: contractors' registration requests, decided by an administrator. */
export class Migration20261130032704 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "contractor_registration" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "name" varchar(100) not null, "address" varchar(200) not null, "corporate_number" varchar(13) not null, "representative" varchar(100) not null, "contact_name" varchar(100) not null, "email" varchar(254) not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REFUSED')) not null default 'PENDING', "decided_at" timestamptz null, "refusal_reason" varchar(1000) null, "contractor_id" uuid null, constraint "contractor_registration_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contractor_registration_status_created_at_index" on "contractor_registration" ("status", "created_at");`);

    this.addSql(
      `alter table "contractor_registration" add constraint "contractor_registration_contractor_id_foreign" foreign key ("contractor_id") references "contractor" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contractor_registration" cascade;`);
  }
}
