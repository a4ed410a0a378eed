import { Migration } from '@mikro-orm/migrations';

/**
 * Integrators (issue 12): Idempotency-Key records; API tokens get a scope (existing ones keep
 * what they could do: READ_WRITE) and a required expiry of at most a year (existing ones without
 * one, or with a later one, end a year from now); webhook endpoints can be paused, rotate their
 * secret with an overlap and are deleted softly; deliveries carry the event's id (an existing
 * delivery's event id is its own id, which its payload already carries) and the PING event.
 */
export class Migration20261130032019 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "scope" varchar(80) not null, "key" varchar(255) not null, "request_hash" varchar(64) not null, "status" text check ("status" in ('IN_PROGRESS', 'COMPLETED')) not null default 'IN_PROGRESS', "response_ciphertext" text null, "expires_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idempotency_key_expires_at_index" on "idempotency_key" ("expires_at");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_scope_key_unique" unique ("scope", "key");`);

    this.addSql(
      `alter table "api_token" add column "scope" text check ("scope" in ('READ_ONLY', 'READ_WRITE')) not null default 'READ_WRITE';`,
    );
    this.addSql(`alter table "api_token" alter column "scope" drop default;`);
    this.addSql(
      `update "api_token" set "expires_at" = least(coalesce("expires_at", now() + interval '365 days'), now() + interval '365 days');`,
    );
    this.addSql(`alter table "api_token" alter column "expires_at" set not null;`);

    this.addSql(
      `alter table "webhook_endpoint" add column "previous_secret_ciphertext" varchar(200) null, add column "previous_secret_expires_at" timestamptz null, add column "paused_at" timestamptz null, add column "deleted_at" timestamptz null;`,
    );

    this.addSql(`alter table "webhook_delivery" add column "event_id" uuid null, add column "redelivery_of" uuid null;`);
    this.addSql(`update "webhook_delivery" set "event_id" = "id";`);
    this.addSql(`alter table "webhook_delivery" alter column "event_id" set not null;`);
    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED', 'PING'));`,
    );
    this.addSql(`create index "webhook_delivery_event_id_index" on "webhook_delivery" ("event_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
    this.addSql(`alter table "api_token" drop column "scope";`);
    this.addSql(`alter table "api_token" alter column "expires_at" drop not null;`);
    this.addSql(`delete from "webhook_delivery" where "event" = 'PING';`);
    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED'));`,
    );
    this.addSql(`drop index "webhook_delivery_event_id_index";`);
    this.addSql(`alter table "webhook_delivery" drop column "event_id", drop column "redelivery_of";`);
    // Soft-deleted endpoints were deleted before: delete them (their deliveries go with them).
    this.addSql(`delete from "webhook_endpoint" where "deleted_at" is not null;`);
    this.addSql(
      `alter table "webhook_endpoint" drop column "previous_secret_ciphertext", drop column "previous_secret_expires_at", drop column "paused_at", drop column "deleted_at";`,
    );
  }
}
