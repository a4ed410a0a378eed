import { Migration } from '@mikro-orm/migrations';

/**
 * Integrators (issue 12): Idempotency-Key records; API tokens get a scope (existing ones keep
 * what they could do: READ_WRITE) and a required expiry of at most a year (existing ones without
 * one, or with a later one, end a year from now); webhook endpoints can be paused, rotate their
 * secret with an overlap and are deleted softly; deliveries carry the event's id (an existing
 * delivery's event id is its own id, which its payload already carries) and the PING event.
 * SQLite rebuilds api_token and webhook_delivery for their new not-null columns and checks.
 */
export class Migration20261130032014 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`idempotency_key\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`scope\` text not null, \`key\` text not null, \`request_hash\` text not null, \`status\` text check (\`status\` in ('IN_PROGRESS', 'COMPLETED')) not null default 'IN_PROGRESS', \`response_ciphertext\` text null, \`expires_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`idempotency_key_expires_at_index\` on \`idempotency_key\` (\`expires_at\`);`);
    this.addSql(`create unique index \`idempotency_key_scope_key_unique\` on \`idempotency_key\` (\`scope\`, \`key\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`api_token__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`user_id\` text not null, \`name\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`last_used_at\` datetime null, \`scope\` text check (\`scope\` in ('READ_ONLY', 'READ_WRITE')) not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`api_token__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`user_id\`, \`name\`, \`token_hash\`, \`prefix\`, \`last_used_at\`, 'READ_WRITE', min(coalesce(\`expires_at\`, (strftime('%s', 'now') + 31536000) * 1000), (strftime('%s', 'now') + 31536000) * 1000), \`revoked_at\` from \`api_token\`;`,
    );
    this.addSql(`drop table \`api_token\`;`);
    this.addSql(`alter table \`api_token__temp_alter\` rename to \`api_token\`;`);
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);

    this.addSql(`alter table \`webhook_endpoint\` add column \`previous_secret_ciphertext\` text null;`);
    this.addSql(`alter table \`webhook_endpoint\` add column \`previous_secret_expires_at\` datetime null;`);
    this.addSql(`alter table \`webhook_endpoint\` add column \`paused_at\` datetime null;`);
    this.addSql(`alter table \`webhook_endpoint\` add column \`deleted_at\` datetime null;`);

    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`redelivery_of\` text null, \`event\` text check (\`event\` in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'PING')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`webhook_delivery__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`endpoint_id\`, \`id\`, null, \`event\`, \`payload\`, \`status\`, \`attempts\`, \`next_attempt_at\`, \`last_status_code\`, \`last_error\`, \`delivered_at\` from \`webhook_delivery\`;`,
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
    this.addSql(`drop table if exists \`idempotency_key\`;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`api_token__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`user_id\` text not null, \`name\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`last_used_at\` datetime null, \`expires_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`api_token__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`user_id\`, \`name\`, \`token_hash\`, \`prefix\`, \`last_used_at\`, \`expires_at\`, \`revoked_at\` from \`api_token\`;`,
    );
    this.addSql(`drop table \`api_token\`;`);
    this.addSql(`alter table \`api_token__temp_alter\` rename to \`api_token\`;`);
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);

    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event\` text check (\`event\` in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`webhook_delivery__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`endpoint_id\`, \`event\`, \`payload\`, \`status\`, \`attempts\`, \`next_attempt_at\`, \`last_status_code\`, \`last_error\`, \`delivered_at\` from \`webhook_delivery\` where \`event\` <> 'PING';`,
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
    this.addSql(`pragma foreign_keys = on;`);
    // Soft-deleted endpoints were deleted before: delete them (their deliveries go with them).
    this.addSql(`delete from \`webhook_endpoint\` where \`deleted_at\` is not null;`);
    this.addSql(`alter table \`webhook_endpoint\` drop column \`previous_secret_ciphertext\`;`);
    this.addSql(`alter table \`webhook_endpoint\` drop column \`previous_secret_expires_at\`;`);
    this.addSql(`alter table \`webhook_endpoint\` drop column \`paused_at\`;`);
    this.addSql(`alter table \`webhook_endpoint\` drop column \`deleted_at\`;`);
  }
}
