import { Migration } from '@mikro-orm/migrations';

/**
 * 保証料: the rate tables (fee_rate) and the fee statements (fee_statement); webhook deliveries
 * take the two new events FEE_STATEMENT_ISSUED and FEE_STATEMENT_MAILED.
 */
export class Migration20261130032812 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "fee_rate" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "kind" text check ("kind" in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, "effective_from" date not null, "bands" jsonb not null, "minimum_fee" int not null, "example" boolean not null default false, "set_by_id" uuid null, constraint "fee_rate_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "fee_rate" add constraint "fee_rate_kind_effective_from_unique" unique ("kind", "effective_from");`);

    this.addSql(
      `create table "fee_statement" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "statement_number" varchar(20) not null, "guarantee_id" uuid not null, "sequence" int not null, "reason" text check ("reason" in ('ISSUE', 'CHANGE', 'CORRECTION', 'CHANGE_CANCELLED', 'REVOCATION')) not null, "contractor_id" uuid not null, "branch_id" uuid not null, "kind" text check ("kind" in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, "contract_number" varchar(12) not null, "work_name" varchar(200) not null, "contractor_name" varchar(200) not null, "amount" bigint not null, "period_start" date not null, "period_end" date not null, "period_days" int not null, "rate_effective_from" date not null, "rate_bands" jsonb not null, "minimum_fee" int not null, "example_rates" boolean not null, "fee" bigint not null, "previously_charged" bigint not null, "charge" bigint not null, "refund" bigint not null, "fee_payment_method" text check ("fee_payment_method" in ('LUMP_SUM')) not null, "fee_billing_party" varchar(100) not null, "paper_wanted" boolean not null, "mailed_at" timestamptz null, "mailed_by_id" uuid null, "issued_on" date not null, constraint "fee_statement_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "fee_statement" add constraint "fee_statement_statement_number_unique" unique ("statement_number");`);
    this.addSql(`create index "fee_statement_branch_id_created_at_index" on "fee_statement" ("branch_id", "created_at");`);
    this.addSql(`create index "fee_statement_contractor_id_created_at_index" on "fee_statement" ("contractor_id", "created_at");`);
    this.addSql(
      `alter table "fee_statement" add constraint "fee_statement_guarantee_id_sequence_unique" unique ("guarantee_id", "sequence");`,
    );

    this.addSql(
      `alter table "fee_rate" add constraint "fee_rate_set_by_id_foreign" foreign key ("set_by_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "fee_statement" add constraint "fee_statement_guarantee_id_foreign" foreign key ("guarantee_id") references "guarantee" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fee_statement" add constraint "fee_statement_contractor_id_foreign" foreign key ("contractor_id") references "contractor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fee_statement" add constraint "fee_statement_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fee_statement" add constraint "fee_statement_mailed_by_id_foreign" foreign key ("mailed_by_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'BID_BOND_APPLIED', 'BID_BOND_ISSUED', 'BID_BOND_CONVERTED', 'BID_BOND_WITHDRAWN', 'BID_BOND_LAPSED', 'PING', 'FEE_STATEMENT_ISSUED', 'FEE_STATEMENT_MAILED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "webhook_delivery" where "event" in ('FEE_STATEMENT_ISSUED', 'FEE_STATEMENT_MAILED');`);
    this.addSql(`drop table if exists "fee_rate" cascade;`);

    this.addSql(`drop table if exists "fee_statement" cascade;`);

    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'BID_BOND_APPLIED', 'BID_BOND_ISSUED', 'BID_BOND_CONVERTED', 'BID_BOND_WITHDRAWN', 'BID_BOND_LAPSED', 'PING'));`,
    );
  }
}
