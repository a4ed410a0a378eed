import { Migration } from '@mikro-orm/migrations';

/**
 * 保証料: the rate tables (fee_rate) and the fee statements (fee_statement); webhook deliveries
 * take the two new events FEE_STATEMENT_ISSUED and FEE_STATEMENT_MAILED (SQLite rebuilds the
 * table for its check constraint).
 */
export class Migration20261130032811 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`fee_rate\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, \`effective_from\` date not null, \`bands\` json not null, \`minimum_fee\` integer not null, \`example\` integer not null default false, \`set_by_id\` text null, constraint \`fee_rate_set_by_id_foreign\` foreign key(\`set_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`fee_rate_set_by_id_index\` on \`fee_rate\` (\`set_by_id\`);`);
    this.addSql(`create unique index \`fee_rate_kind_effective_from_unique\` on \`fee_rate\` (\`kind\`, \`effective_from\`);`);
    this.addSql(
      `create table \`fee_statement\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`statement_number\` text not null, \`guarantee_id\` text not null, \`sequence\` integer not null, \`reason\` text check (\`reason\` in ('ISSUE', 'CHANGE', 'CORRECTION', 'CHANGE_CANCELLED', 'REVOCATION')) not null, \`contractor_id\` text not null, \`branch_id\` text not null, \`kind\` text check (\`kind\` in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, \`contract_number\` text not null, \`work_name\` text not null, \`contractor_name\` text not null, \`amount\` bigint not null, \`period_start\` date not null, \`period_end\` date not null, \`period_days\` integer not null, \`rate_effective_from\` date not null, \`rate_bands\` json not null, \`minimum_fee\` integer not null, \`example_rates\` integer not null, \`fee\` bigint not null, \`previously_charged\` bigint not null, \`charge\` bigint not null, \`refund\` bigint not null, \`fee_payment_method\` text check (\`fee_payment_method\` in ('LUMP_SUM')) not null, \`fee_billing_party\` text not null, \`paper_wanted\` integer not null, \`mailed_at\` datetime null, \`mailed_by_id\` text null, \`issued_on\` date not null, constraint \`fee_statement_guarantee_id_foreign\` foreign key(\`guarantee_id\`) references \`guarantee\`(\`id\`) on update cascade, constraint \`fee_statement_contractor_id_foreign\` foreign key(\`contractor_id\`) references \`contractor\`(\`id\`) on update cascade, constraint \`fee_statement_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`fee_statement_mailed_by_id_foreign\` foreign key(\`mailed_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`fee_statement_statement_number_unique\` on \`fee_statement\` (\`statement_number\`);`);
    this.addSql(`create index \`fee_statement_guarantee_id_index\` on \`fee_statement\` (\`guarantee_id\`);`);
    this.addSql(`create index \`fee_statement_contractor_id_index\` on \`fee_statement\` (\`contractor_id\`);`);
    this.addSql(`create index \`fee_statement_branch_id_index\` on \`fee_statement\` (\`branch_id\`);`);
    this.addSql(`create index \`fee_statement_mailed_by_id_index\` on \`fee_statement\` (\`mailed_by_id\`);`);
    this.addSql(`create index \`fee_statement_branch_id_created_at_index\` on \`fee_statement\` (\`branch_id\`, \`created_at\`);`);
    this.addSql(`create index \`fee_statement_contractor_id_created_at_index\` on \`fee_statement\` (\`contractor_id\`, \`created_at\`);`);
    this.addSql(
      `create unique index \`fee_statement_guarantee_id_sequence_unique\` on \`fee_statement\` (\`guarantee_id\`, \`sequence\`);`,
    );
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`redelivery_of\` text null, \`event\` text check (\`event\` in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'BID_BOND_APPLIED', 'BID_BOND_ISSUED', 'BID_BOND_CONVERTED', 'BID_BOND_WITHDRAWN', 'BID_BOND_LAPSED', 'PING', 'FEE_STATEMENT_ISSUED', 'FEE_STATEMENT_MAILED')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`webhook_delivery__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`endpoint_id\`, \`event_id\`, \`redelivery_of\`, \`event\`, \`payload\`, \`status\`, \`attempts\`, \`next_attempt_at\`, \`last_status_code\`, \`last_error\`, \`delivered_at\` from \`webhook_delivery\`;`,
    );
    this.addSql(`drop table \`webhook_delivery\`;`);
    this.addSql(`alter table \`webhook_delivery__temp_alter\` rename to \`webhook_delivery\`;`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_index\` on \`webhook_delivery\` (\`endpoint_id\`);`);
    this.addSql(
      `create index \`webhook_delivery_endpoint_id_created_at_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`,
    );
    this.addSql(`create index \`webhook_delivery_event_id_index\` on \`webhook_delivery\` (\`event_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`fee_statement\`;`);
    this.addSql(`drop table if exists \`fee_rate\`;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`redelivery_of\` text null, \`event\` text check (\`event\` in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'BID_BOND_APPLIED', 'BID_BOND_ISSUED', 'BID_BOND_CONVERTED', 'BID_BOND_WITHDRAWN', 'BID_BOND_LAPSED', 'PING')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`webhook_delivery__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`endpoint_id\`, \`event_id\`, \`redelivery_of\`, \`event\`, \`payload\`, \`status\`, \`attempts\`, \`next_attempt_at\`, \`last_status_code\`, \`last_error\`, \`delivered_at\` from \`webhook_delivery\` where \`event\` not in ('FEE_STATEMENT_ISSUED', 'FEE_STATEMENT_MAILED');`,
    );
    this.addSql(`drop table \`webhook_delivery\`;`);
    this.addSql(`alter table \`webhook_delivery__temp_alter\` rename to \`webhook_delivery\`;`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_index\` on \`webhook_delivery\` (\`endpoint_id\`);`);
    this.addSql(
      `create index \`webhook_delivery_endpoint_id_created_at_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`,
    );
    this.addSql(`create index \`webhook_delivery_event_id_index\` on \`webhook_delivery\` (\`event_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }
}
