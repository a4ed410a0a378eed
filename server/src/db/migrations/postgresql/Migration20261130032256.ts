import { Migration } from '@mikro-orm/migrations';

/**
 * 契約保証予約（入札ボンド）: the bid_bond table, each branch's counter of 予約番号, and the
 * webhook events of a bid bond's changes.
 */
export class Migration20261130032256 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "bid_bond" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "contractor_id" uuid not null, "orderer_id" uuid not null, "work_name" varchar(200) not null, "bid_date" date not null, "expected_contract_amount" bigint not null, "destination_branch_id" uuid not null, "status" text check ("status" in ('APPLIED', 'ISSUED', 'CONVERTED', 'WITHDRAWN', 'LAPSED')) not null default 'APPLIED', "bid_bond_number" varchar(20) null, "application_id" uuid null, "issued_at" timestamptz null, "converted_at" timestamptz null, "withdrawn_at" timestamptz null, "lapsed_at" timestamptz null, "version" int not null default 1, constraint "bid_bond_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "bid_bond_bid_date_index" on "bid_bond" ("bid_date");`);
    this.addSql(`create index "bid_bond_status_index" on "bid_bond" ("status");`);
    this.addSql(`alter table "bid_bond" add constraint "bid_bond_bid_bond_number_unique" unique ("bid_bond_number");`);

    this.addSql(
      `alter table "bid_bond" add constraint "bid_bond_contractor_id_foreign" foreign key ("contractor_id") references "contractor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bid_bond" add constraint "bid_bond_orderer_id_foreign" foreign key ("orderer_id") references "orderer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bid_bond" add constraint "bid_bond_destination_branch_id_foreign" foreign key ("destination_branch_id") references "branch" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bid_bond" add constraint "bid_bond_application_id_foreign" foreign key ("application_id") references "guarantee_application" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);

    this.addSql(`alter table "branch" add column "last_bid_bond_serial" int not null default 0;`);

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'BID_BOND_APPLIED', 'BID_BOND_ISSUED', 'BID_BOND_CONVERTED', 'BID_BOND_WITHDRAWN', 'BID_BOND_LAPSED', 'PING'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bid_bond" cascade;`);

    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);

    this.addSql(`alter table "branch" drop column "last_bid_bond_serial";`);

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'PING'));`,
    );
  }
}
