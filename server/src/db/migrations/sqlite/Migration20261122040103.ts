import { Migration } from '@mikro-orm/migrations';

export class Migration20261122040103 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`contractor\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`name\` text not null, \`address\` text not null, \`corporate_number\` text not null, \`representative\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`contractor_corporate_number_unique\` on \`contractor\` (\`corporate_number\`);`);

    this.addSql(
      `create table \`guarantor\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`name\` text not null, \`address\` text not null, \`representative_title\` text not null, \`representative_name\` text not null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`branch\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`guarantor_id\` text not null, \`office_code\` text not null, \`name\` text not null, \`address\` text not null, \`tel\` text not null, \`fax\` text not null, \`email\` text not null, \`last_serial\` integer not null default 0, constraint \`branch_guarantor_id_foreign\` foreign key(\`guarantor_id\`) references \`guarantor\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`branch_guarantor_id_index\` on \`branch\` (\`guarantor_id\`);`);
    this.addSql(`create unique index \`branch_office_code_unique\` on \`branch\` (\`office_code\`);`);

    this.addSql(
      `create table \`orderer\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`name\` text not null, \`certificate_title\` text not null, \`accepts_electronic\` integer not null default false, \`electronic_from\` date null, \`electronic_rule\` text check (\`electronic_rule\` in ('WORKS_ALLOWED_BY_ORDERER', 'ANNOUNCED_OR_NOMINATED_FROM')) null, \`electronic_rule_description\` text null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`outbox_message\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`message_id\` text not null, \`to\` text not null, \`subject\` text not null, \`body\` text not null, \`status\` text check (\`status\` in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`sent_at\` datetime null, \`last_error\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_message_status_next_attempt_at_index\` on \`outbox_message\` (\`status\`, \`next_attempt_at\`);`);

    this.addSql(
      `create table \`user\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`email\` text not null, \`password_hash\` text not null, \`name\` text not null, \`role\` text check (\`role\` in ('CONTRACTOR', 'BRANCH_STAFF', 'ORDERER', 'ADMIN')) not null, \`contractor_id\` text null, \`branch_id\` text null, \`orderer_id\` text null, constraint \`user_contractor_id_foreign\` foreign key(\`contractor_id\`) references \`contractor\`(\`id\`) on delete set null on update cascade, constraint \`user_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on delete set null on update cascade, constraint \`user_orderer_id_foreign\` foreign key(\`orderer_id\`) references \`orderer\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`user_email_unique\` on \`user\` (\`email\`);`);
    this.addSql(`create index \`user_contractor_id_index\` on \`user\` (\`contractor_id\`);`);
    this.addSql(`create index \`user_branch_id_index\` on \`user\` (\`branch_id\`);`);
    this.addSql(`create index \`user_orderer_id_index\` on \`user\` (\`orderer_id\`);`);

    this.addSql(
      `create table \`session\` (\`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete cascade on update cascade, primary key (\`token_hash\`));`,
    );
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);
    this.addSql(`create index \`session_expires_at_index\` on \`session\` (\`expires_at\`);`);

    this.addSql(
      `create table \`work\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`name\` text not null, \`location\` text not null, \`orderer_id\` text not null, \`contractor_id\` text not null, \`joint_venture_name\` text null, \`joint_venture_members\` json not null, \`contract_amount\` bigint not null, \`contract_date\` date not null, \`start_date\` date not null, \`end_date\` date not null, \`announced_on\` date null, \`nominated_on\` date null, \`electronic_allowed_by_orderer\` integer not null default false, constraint \`work_orderer_id_foreign\` foreign key(\`orderer_id\`) references \`orderer\`(\`id\`) on update cascade, constraint \`work_contractor_id_foreign\` foreign key(\`contractor_id\`) references \`contractor\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`work_orderer_id_index\` on \`work\` (\`orderer_id\`);`);
    this.addSql(`create index \`work_contractor_id_index\` on \`work\` (\`contractor_id\`);`);

    this.addSql(
      `create table \`guarantee_application\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`contractor_id\` text not null, \`work_id\` text null, \`work_draft\` json null, \`orderer_id\` text null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ISSUED', 'WITHDRAWN')) not null default 'DRAFT', \`destination_branch_id\` text null, \`issuance_notice_wanted\` integer not null default false, \`notify_email\` text null, \`contact_department\` text null, \`contact_title\` text null, \`contact_name\` text null, \`contact_phone\` text null, \`message_to_branch\` text null, \`message_from_branch\` text null, \`submitted_at\` datetime null, \`returned_at\` datetime null, \`issued_at\` datetime null, \`withdrawn_at\` datetime null, \`version\` integer not null default 1, constraint \`guarantee_application_contractor_id_foreign\` foreign key(\`contractor_id\`) references \`contractor\`(\`id\`) on update cascade, constraint \`guarantee_application_work_id_foreign\` foreign key(\`work_id\`) references \`work\`(\`id\`) on delete set null on update cascade, constraint \`guarantee_application_orderer_id_foreign\` foreign key(\`orderer_id\`) references \`orderer\`(\`id\`) on delete set null on update cascade, constraint \`guarantee_application_destination_branch_id_foreign\` foreign key(\`destination_branch_id\`) references \`branch\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`guarantee_application_contractor_id_index\` on \`guarantee_application\` (\`contractor_id\`);`);
    this.addSql(`create index \`guarantee_application_work_id_index\` on \`guarantee_application\` (\`work_id\`);`);
    this.addSql(`create index \`guarantee_application_orderer_id_index\` on \`guarantee_application\` (\`orderer_id\`);`);
    this.addSql(`create index \`guarantee_application_status_index\` on \`guarantee_application\` (\`status\`);`);
    this.addSql(
      `create index \`guarantee_application_destination_branch_id_index\` on \`guarantee_application\` (\`destination_branch_id\`);`,
    );

    this.addSql(
      `create table \`application_item\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`application_id\` text not null, \`kind\` text check (\`kind\` in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, \`certificate_format\` text check (\`certificate_format\` in ('PAPER', 'ELECTRONIC')) null, \`current_year_target_amount\` bigint null, \`amount\` bigint null, \`deposit_bank\` text null, \`redeposit\` integer null, \`fee_payment_method\` text check (\`fee_payment_method\` in ('LUMP_SUM')) not null default 'LUMP_SUM', \`fee_billing_party\` text null, \`fee_statement_wanted\` integer null, constraint \`application_item_application_id_foreign\` foreign key(\`application_id\`) references \`guarantee_application\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`application_item_application_id_index\` on \`application_item\` (\`application_id\`);`);
    this.addSql(
      `create unique index \`application_item_application_id_kind_unique\` on \`application_item\` (\`application_id\`, \`kind\`);`,
    );

    this.addSql(
      `create table \`guarantee\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`contract_number\` text not null, \`serial\` integer not null, \`kind\` text check (\`kind\` in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, \`certificate_format\` text check (\`certificate_format\` in ('PAPER', 'ELECTRONIC')) not null, \`status\` text check (\`status\` in ('ACTIVE', 'REVOKED')) not null default 'ACTIVE', \`application_id\` text not null, \`work_id\` text not null, \`contractor_id\` text not null, \`orderer_id\` text not null, \`branch_id\` text not null, \`amount\` bigint not null, \`deadline\` date not null, \`work_name\` text not null, \`work_start_date\` date not null, \`work_end_date\` date not null, \`deposit_bank\` text null, \`auth_key_hmac\` text null, \`auth_key_ciphertext\` text null, \`issued_at\` datetime not null, \`revoked_at\` datetime null, \`revocation_reason\` text null, \`version\` integer not null default 1, constraint \`guarantee_application_id_foreign\` foreign key(\`application_id\`) references \`guarantee_application\`(\`id\`) on update cascade, constraint \`guarantee_work_id_foreign\` foreign key(\`work_id\`) references \`work\`(\`id\`) on update cascade, constraint \`guarantee_contractor_id_foreign\` foreign key(\`contractor_id\`) references \`contractor\`(\`id\`) on update cascade, constraint \`guarantee_orderer_id_foreign\` foreign key(\`orderer_id\`) references \`orderer\`(\`id\`) on update cascade, constraint \`guarantee_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`guarantee_contract_number_unique\` on \`guarantee\` (\`contract_number\`);`);
    this.addSql(`create index \`guarantee_application_id_index\` on \`guarantee\` (\`application_id\`);`);
    this.addSql(`create index \`guarantee_work_id_index\` on \`guarantee\` (\`work_id\`);`);
    this.addSql(`create index \`guarantee_contractor_id_index\` on \`guarantee\` (\`contractor_id\`);`);
    this.addSql(`create index \`guarantee_orderer_id_index\` on \`guarantee\` (\`orderer_id\`);`);
    this.addSql(`create index \`guarantee_branch_id_index\` on \`guarantee\` (\`branch_id\`);`);
    this.addSql(`create unique index \`guarantee_application_id_kind_unique\` on \`guarantee\` (\`application_id\`, \`kind\`);`);
    this.addSql(`create unique index \`guarantee_branch_id_serial_unique\` on \`guarantee\` (\`branch_id\`, \`serial\`);`);

    this.addSql(
      `create table \`electronic_issuance\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`guarantee_id\` text not null, \`sequence\` integer not null, \`kind\` text check (\`kind\` in ('NEW', 'CHANGE', 'CORRECTION', 'REVOCATION')) not null, \`change_number\` integer null, \`issued_at\` datetime not null, \`certificate\` json not null, \`hidden_reason\` text check (\`hidden_reason\` in ('CORRECTED', 'CHANGE_CANCELLED')) null, \`corrects_id\` text null, \`issued_by_id\` text null, \`note\` text null, constraint \`electronic_issuance_guarantee_id_foreign\` foreign key(\`guarantee_id\`) references \`guarantee\`(\`id\`) on delete cascade on update cascade, constraint \`electronic_issuance_corrects_id_foreign\` foreign key(\`corrects_id\`) references \`electronic_issuance\`(\`id\`) on delete set null on update cascade, constraint \`electronic_issuance_issued_by_id_foreign\` foreign key(\`issued_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`electronic_issuance_guarantee_id_index\` on \`electronic_issuance\` (\`guarantee_id\`);`);
    this.addSql(`create index \`electronic_issuance_corrects_id_index\` on \`electronic_issuance\` (\`corrects_id\`);`);
    this.addSql(`create index \`electronic_issuance_issued_by_id_index\` on \`electronic_issuance\` (\`issued_by_id\`);`);
    this.addSql(
      `create unique index \`electronic_issuance_guarantee_id_sequence_unique\` on \`electronic_issuance\` (\`guarantee_id\`, \`sequence\`);`,
    );

    this.addSql(
      `create table \`auth_key_display\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`guarantee_id\` text not null, \`user_id\` text not null, \`purpose\` text check (\`purpose\` in ('SCREEN', 'KEY_NOTICE')) not null, \`address\` text null, constraint \`auth_key_display_guarantee_id_foreign\` foreign key(\`guarantee_id\`) references \`guarantee\`(\`id\`) on delete cascade on update cascade, constraint \`auth_key_display_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`auth_key_display_guarantee_id_index\` on \`auth_key_display\` (\`guarantee_id\`);`);
    this.addSql(`create index \`auth_key_display_user_id_index\` on \`auth_key_display\` (\`user_id\`);`);
  }
}
