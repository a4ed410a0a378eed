import { Migration } from '@mikro-orm/migrations';

export class Migration20261122040103 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "contractor" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "name" varchar(100) not null, "address" varchar(200) not null, "corporate_number" varchar(13) not null, "representative" varchar(100) not null, constraint "contractor_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "contractor" add constraint "contractor_corporate_number_unique" unique ("corporate_number");`);

    this.addSql(
      `create table "guarantor" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "name" varchar(100) not null, "address" varchar(200) not null, "representative_title" varchar(50) not null, "representative_name" varchar(50) not null, constraint "guarantor_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "branch" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "guarantor_id" uuid not null, "office_code" varchar(5) not null, "name" varchar(50) not null, "address" varchar(200) not null, "tel" varchar(20) not null, "fax" varchar(20) not null, "email" varchar(254) not null, "last_serial" int not null default 0, constraint "branch_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "branch" add constraint "branch_office_code_unique" unique ("office_code");`);

    this.addSql(
      `create table "orderer" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "name" varchar(100) not null, "certificate_title" varchar(100) not null, "accepts_electronic" boolean not null default false, "electronic_from" date null, "electronic_rule" text check ("electronic_rule" in ('WORKS_ALLOWED_BY_ORDERER', 'ANNOUNCED_OR_NOMINATED_FROM')) null, "electronic_rule_description" varchar(500) null, constraint "orderer_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "message_id" varchar(200) not null, "to" varchar(254) not null, "subject" varchar(200) not null, "body" text not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "last_error" text null, constraint "outbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);

    this.addSql(
      `create table "user" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "email" varchar(254) not null, "password_hash" varchar(200) not null, "name" varchar(100) not null, "role" text check ("role" in ('CONTRACTOR', 'BRANCH_STAFF', 'ORDERER', 'ADMIN')) not null, "contractor_id" uuid null, "branch_id" uuid null, "orderer_id" uuid null, constraint "user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "user" add constraint "user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "work" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "name" varchar(200) not null, "location" varchar(200) not null, "orderer_id" uuid not null, "contractor_id" uuid not null, "joint_venture_name" varchar(200) null, "joint_venture_members" jsonb not null, "contract_amount" bigint not null, "contract_date" date not null, "start_date" date not null, "end_date" date not null, "announced_on" date null, "nominated_on" date null, "electronic_allowed_by_orderer" boolean not null default false, constraint "work_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "guarantee_application" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "contractor_id" uuid not null, "work_id" uuid null, "work_draft" jsonb null, "orderer_id" uuid null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ISSUED', 'WITHDRAWN')) not null default 'DRAFT', "destination_branch_id" uuid null, "issuance_notice_wanted" boolean not null default false, "notify_email" varchar(254) null, "contact_department" varchar(100) null, "contact_title" varchar(100) null, "contact_name" varchar(100) null, "contact_phone" varchar(30) null, "message_to_branch" text null, "message_from_branch" text null, "submitted_at" timestamptz null, "returned_at" timestamptz null, "issued_at" timestamptz null, "withdrawn_at" timestamptz null, "version" int not null default 1, constraint "guarantee_application_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "guarantee_application_status_index" on "guarantee_application" ("status");`);

    this.addSql(
      `create table "application_item" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "application_id" uuid not null, "kind" text check ("kind" in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, "certificate_format" text check ("certificate_format" in ('PAPER', 'ELECTRONIC')) null, "current_year_target_amount" bigint null, "amount" bigint null, "deposit_bank" varchar(100) null, "redeposit" boolean null, "fee_payment_method" text check ("fee_payment_method" in ('LUMP_SUM')) not null default 'LUMP_SUM', "fee_billing_party" varchar(100) null, "fee_statement_wanted" boolean null, constraint "application_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "application_item" add constraint "application_item_application_id_kind_unique" unique ("application_id", "kind");`,
    );

    this.addSql(
      `create table "guarantee" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "contract_number" varchar(12) not null, "serial" int not null, "kind" text check ("kind" in ('ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT')) not null, "certificate_format" text check ("certificate_format" in ('PAPER', 'ELECTRONIC')) not null, "status" text check ("status" in ('ACTIVE', 'REVOKED')) not null default 'ACTIVE', "application_id" uuid not null, "work_id" uuid not null, "contractor_id" uuid not null, "orderer_id" uuid not null, "branch_id" uuid not null, "amount" bigint not null, "deadline" date not null, "work_name" varchar(200) not null, "work_start_date" date not null, "work_end_date" date not null, "deposit_bank" varchar(100) null, "auth_key_hmac" varchar(64) null, "auth_key_ciphertext" varchar(200) null, "issued_at" timestamptz not null, "revoked_at" timestamptz null, "revocation_reason" text null, "version" int not null default 1, constraint "guarantee_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "guarantee" add constraint "guarantee_contract_number_unique" unique ("contract_number");`);
    this.addSql(`alter table "guarantee" add constraint "guarantee_application_id_kind_unique" unique ("application_id", "kind");`);
    this.addSql(`alter table "guarantee" add constraint "guarantee_branch_id_serial_unique" unique ("branch_id", "serial");`);

    this.addSql(
      `create table "electronic_issuance" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "guarantee_id" uuid not null, "sequence" int not null, "kind" text check ("kind" in ('NEW', 'CHANGE', 'CORRECTION', 'REVOCATION')) not null, "change_number" int null, "issued_at" timestamptz not null, "certificate" jsonb not null, "hidden_reason" text check ("hidden_reason" in ('CORRECTED', 'CHANGE_CANCELLED')) null, "corrects_id" uuid null, "issued_by_id" uuid null, "note" text null, constraint "electronic_issuance_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "electronic_issuance" add constraint "electronic_issuance_guarantee_id_sequence_unique" unique ("guarantee_id", "sequence");`,
    );

    this.addSql(
      `create table "auth_key_display" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "guarantee_id" uuid not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('SCREEN', 'KEY_NOTICE')) not null, "address" varchar(64) null, constraint "auth_key_display_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "branch" add constraint "branch_guarantor_id_foreign" foreign key ("guarantor_id") references "guarantor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "user" add constraint "user_contractor_id_foreign" foreign key ("contractor_id") references "contractor" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "user" add constraint "user_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "user" add constraint "user_orderer_id_foreign" foreign key ("orderer_id") references "orderer" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "work" add constraint "work_orderer_id_foreign" foreign key ("orderer_id") references "orderer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "work" add constraint "work_contractor_id_foreign" foreign key ("contractor_id") references "contractor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "guarantee_application" add constraint "guarantee_application_contractor_id_foreign" foreign key ("contractor_id") references "contractor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "guarantee_application" add constraint "guarantee_application_work_id_foreign" foreign key ("work_id") references "work" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "guarantee_application" add constraint "guarantee_application_orderer_id_foreign" foreign key ("orderer_id") references "orderer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "guarantee_application" add constraint "guarantee_application_destination_branch_id_foreign" foreign key ("destination_branch_id") references "branch" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "application_item" add constraint "application_item_application_id_foreign" foreign key ("application_id") references "guarantee_application" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "guarantee" add constraint "guarantee_application_id_foreign" foreign key ("application_id") references "guarantee_application" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "guarantee" add constraint "guarantee_work_id_foreign" foreign key ("work_id") references "work" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "guarantee" add constraint "guarantee_contractor_id_foreign" foreign key ("contractor_id") references "contractor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "guarantee" add constraint "guarantee_orderer_id_foreign" foreign key ("orderer_id") references "orderer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "guarantee" add constraint "guarantee_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "electronic_issuance" add constraint "electronic_issuance_guarantee_id_foreign" foreign key ("guarantee_id") references "guarantee" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "electronic_issuance" add constraint "electronic_issuance_corrects_id_foreign" foreign key ("corrects_id") references "electronic_issuance" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "electronic_issuance" add constraint "electronic_issuance_issued_by_id_foreign" foreign key ("issued_by_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "auth_key_display" add constraint "auth_key_display_guarantee_id_foreign" foreign key ("guarantee_id") references "guarantee" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "auth_key_display" add constraint "auth_key_display_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user" drop constraint "user_contractor_id_foreign";`);

    this.addSql(`alter table "work" drop constraint "work_contractor_id_foreign";`);

    this.addSql(`alter table "guarantee_application" drop constraint "guarantee_application_contractor_id_foreign";`);

    this.addSql(`alter table "guarantee" drop constraint "guarantee_contractor_id_foreign";`);

    this.addSql(`alter table "branch" drop constraint "branch_guarantor_id_foreign";`);

    this.addSql(`alter table "user" drop constraint "user_branch_id_foreign";`);

    this.addSql(`alter table "guarantee_application" drop constraint "guarantee_application_destination_branch_id_foreign";`);

    this.addSql(`alter table "guarantee" drop constraint "guarantee_branch_id_foreign";`);

    this.addSql(`alter table "user" drop constraint "user_orderer_id_foreign";`);

    this.addSql(`alter table "work" drop constraint "work_orderer_id_foreign";`);

    this.addSql(`alter table "guarantee_application" drop constraint "guarantee_application_orderer_id_foreign";`);

    this.addSql(`alter table "guarantee" drop constraint "guarantee_orderer_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "electronic_issuance" drop constraint "electronic_issuance_issued_by_id_foreign";`);

    this.addSql(`alter table "auth_key_display" drop constraint "auth_key_display_user_id_foreign";`);

    this.addSql(`alter table "guarantee_application" drop constraint "guarantee_application_work_id_foreign";`);

    this.addSql(`alter table "guarantee" drop constraint "guarantee_work_id_foreign";`);

    this.addSql(`alter table "application_item" drop constraint "application_item_application_id_foreign";`);

    this.addSql(`alter table "guarantee" drop constraint "guarantee_application_id_foreign";`);

    this.addSql(`alter table "electronic_issuance" drop constraint "electronic_issuance_guarantee_id_foreign";`);

    this.addSql(`alter table "auth_key_display" drop constraint "auth_key_display_guarantee_id_foreign";`);

    this.addSql(`alter table "electronic_issuance" drop constraint "electronic_issuance_corrects_id_foreign";`);

    this.addSql(`drop table if exists "contractor" cascade;`);

    this.addSql(`drop table if exists "guarantor" cascade;`);

    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "orderer" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "work" cascade;`);

    this.addSql(`drop table if exists "guarantee_application" cascade;`);

    this.addSql(`drop table if exists "application_item" cascade;`);

    this.addSql(`drop table if exists "guarantee" cascade;`);

    this.addSql(`drop table if exists "electronic_issuance" cascade;`);

    this.addSql(`drop table if exists "auth_key_display" cascade;`);
  }
}
