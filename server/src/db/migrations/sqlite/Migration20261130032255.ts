import { Migration } from '@mikro-orm/migrations';

/**
 * 契約保証予約（入札ボンド）: the bid_bond table, each branch's counter of 予約番号, and the
 * webhook events of a bid bond's changes (SQLite rebuilds webhook_delivery for its check constraint, keeping the columns and the PING event of Migration20261130032014).
 */
export class Migration20261130032255 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`bid_bond\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`contractor_id\` text not null, \`orderer_id\` text not null, \`work_name\` text not null, \`bid_date\` date not null, \`expected_contract_amount\` bigint not null, \`destination_branch_id\` text not null, \`status\` text check (\`status\` in ('APPLIED', 'ISSUED', 'CONVERTED', 'WITHDRAWN', 'LAPSED')) not null default 'APPLIED', \`bid_bond_number\` text null, \`application_id\` text null, \`issued_at\` datetime null, \`converted_at\` datetime null, \`withdrawn_at\` datetime null, \`lapsed_at\` datetime null, \`version\` integer not null default 1, constraint \`bid_bond_contractor_id_foreign\` foreign key(\`contractor_id\`) references \`contractor\`(\`id\`) on update cascade, constraint \`bid_bond_orderer_id_foreign\` foreign key(\`orderer_id\`) references \`orderer\`(\`id\`) on update cascade, constraint \`bid_bond_destination_branch_id_foreign\` foreign key(\`destination_branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`bid_bond_application_id_foreign\` foreign key(\`application_id\`) references \`guarantee_application\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`bid_bond_contractor_id_index\` on \`bid_bond\` (\`contractor_id\`);`);
    this.addSql(`create index \`bid_bond_orderer_id_index\` on \`bid_bond\` (\`orderer_id\`);`);
    this.addSql(`create index \`bid_bond_bid_date_index\` on \`bid_bond\` (\`bid_date\`);`);
    this.addSql(`create index \`bid_bond_destination_branch_id_index\` on \`bid_bond\` (\`destination_branch_id\`);`);
    this.addSql(`create index \`bid_bond_status_index\` on \`bid_bond\` (\`status\`);`);
    this.addSql(`create unique index \`bid_bond_bid_bond_number_unique\` on \`bid_bond\` (\`bid_bond_number\`);`);
    this.addSql(`create index \`bid_bond_application_id_index\` on \`bid_bond\` (\`application_id\`);`);
    this.addSql(`alter table \`branch\` add column \`last_bid_bond_serial\` integer not null default 0;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`redelivery_of\` text null, \`event\` text check (\`event\` in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'BID_BOND_APPLIED', 'BID_BOND_ISSUED', 'BID_BOND_CONVERTED', 'BID_BOND_WITHDRAWN', 'BID_BOND_LAPSED', 'PING')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
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
    this.addSql(`delete from \`webhook_delivery\` where \`event\` like 'BID_BOND_%';`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`redelivery_of\` text null, \`event\` text check (\`event\` in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'PING')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
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
    this.addSql(`drop table if exists \`bid_bond\`;`);
    this.addSql(`alter table \`branch\` drop column \`last_bid_bond_serial\`;`);
  }
}
