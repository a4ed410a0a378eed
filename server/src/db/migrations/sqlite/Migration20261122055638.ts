import { Migration } from '@mikro-orm/migrations';

export class Migration20261122055638 extends Migration {
  // Only the new tables (the generator also proposed rebuilding unchanged SQLite tables, whose
  // check constraints it can't read back), and the audit trail's append-only triggers.
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_event\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`actor_id\` text null, \`actor_email\` text null, \`organisation_name\` text null, \`action\` text not null, \`object_type\` text null, \`object_id\` text null, \`outcome\` text not null, \`address\` text null, \`via\` text not null, \`detail\` text null, \`scope_branch_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`audit_event_scope_branch_id_created_at_index\` on \`audit_event\` (\`scope_branch_id\`, \`created_at\`);`);
    this.addSql(`create index \`audit_event_actor_id_created_at_index\` on \`audit_event\` (\`actor_id\`, \`created_at\`);`);
    this.addSql(`create index \`audit_event_object_id_created_at_index\` on \`audit_event\` (\`object_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`api_token\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`user_id\` text not null, \`name\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`last_used_at\` datetime null, \`expires_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);

    this.addSql(
      `create table \`webhook_endpoint\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`organisation_id\` text not null, \`url\` text not null, \`events\` json not null, \`secret_ciphertext\` text not null, \`created_by_id\` text null, constraint \`webhook_endpoint_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`webhook_endpoint_created_by_id_index\` on \`webhook_endpoint\` (\`created_by_id\`);`);
    this.addSql(`create index \`webhook_endpoint_organisation_id_index\` on \`webhook_endpoint\` (\`organisation_id\`);`);

    this.addSql(
      `create table \`webhook_delivery\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event\` text check (\`event\` in ('guarantee.issued', 'guarantee.changed', 'guarantee.corrected', 'guarantee.cancelled', 'application.submitted', 'application.returned')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`webhook_delivery_endpoint_id_index\` on \`webhook_delivery\` (\`endpoint_id\`);`);
    this.addSql(
      `create index \`webhook_delivery_endpoint_id_created_at_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`,
    );
    // The audit trail is append-only: the database refuses to change or remove an event.
    this.addSql(
      `create trigger \`audit_event_no_update\` before update on \`audit_event\` begin select raise(abort, 'audit_event is append-only'); end;`,
    );
    this.addSql(
      `create trigger \`audit_event_no_delete\` before delete on \`audit_event\` begin select raise(abort, 'audit_event is append-only'); end;`,
    );
  }
}
