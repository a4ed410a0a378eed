import { Migration } from '@mikro-orm/migrations';

export class Migration20261122055639 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "actor_id" varchar(36) null, "actor_email" varchar(254) null, "organisation_name" varchar(200) null, "action" varchar(64) not null, "object_type" varchar(40) null, "object_id" varchar(64) null, "outcome" varchar(32) not null, "address" varchar(64) null, "via" varchar(16) not null, "detail" varchar(254) null, "scope_branch_id" varchar(36) null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_scope_branch_id_created_at_index" on "audit_event" ("scope_branch_id", "created_at");`);
    this.addSql(`create index "audit_event_actor_id_created_at_index" on "audit_event" ("actor_id", "created_at");`);
    this.addSql(`create index "audit_event_object_id_created_at_index" on "audit_event" ("object_id", "created_at");`);

    this.addSql(
      `create table "api_token" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "user_id" uuid not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "prefix" varchar(12) not null, "last_used_at" timestamptz null, "expires_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "organisation_id" varchar(36) not null, "url" varchar(500) not null, "events" jsonb not null, "secret_ciphertext" varchar(200) not null, "created_by_id" uuid null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_endpoint_organisation_id_index" on "webhook_endpoint" ("organisation_id");`);

    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null, "endpoint_id" uuid not null, "event" text check ("event" in ('guarantee.issued', 'guarantee.changed', 'guarantee.corrected', 'guarantee.cancelled', 'application.submitted', 'application.returned')) not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_status_code" int null, "last_error" varchar(1000) null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);

    this.addSql(
      `alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_created_by_id_foreign" foreign key ("created_by_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`,
    );
    // The audit trail is append-only: the database refuses to change or remove an event.
    this.addSql(
      `create function "audit_event_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only'; end; $$;`,
    );
    this.addSql(
      `create trigger "audit_event_no_change" before update or delete on "audit_event" for each row execute function "audit_event_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists "audit_event_append_only"();`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }
}
