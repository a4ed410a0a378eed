import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook events have one spelling everywhere: the schema's enum value (GUARANTEE_ISSUED), which
 * the payload's `event` and the X-Esurety-Event header now carry too; 取消 is GUARANTEE_REVOKED.
 * Endpoints' subscriptions and queued deliveries are rewritten; SQLite rebuilds the table for
 * its check constraint.
 */
export class Migration20261130000905 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update \`webhook_endpoint\` set \`events\` = replace(replace(replace(replace(replace(replace(\`events\`, '"guarantee.issued"', '"GUARANTEE_ISSUED"'), '"guarantee.changed"', '"GUARANTEE_CHANGED"'), '"guarantee.corrected"', '"GUARANTEE_CORRECTED"'), '"guarantee.cancelled"', '"GUARANTEE_REVOKED"'), '"application.submitted"', '"APPLICATION_SUBMITTED"'), '"application.returned"', '"APPLICATION_RETURNED"');`,
    );
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event\` text check (\`event\` in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`webhook_delivery__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`endpoint_id\`, case \`event\` when 'guarantee.issued' then 'GUARANTEE_ISSUED' when 'guarantee.changed' then 'GUARANTEE_CHANGED' when 'guarantee.corrected' then 'GUARANTEE_CORRECTED' when 'guarantee.cancelled' then 'GUARANTEE_REVOKED' when 'application.submitted' then 'APPLICATION_SUBMITTED' when 'application.returned' then 'APPLICATION_RETURNED' else \`event\` end, json_set(\`payload\`, '$.event', case \`event\` when 'guarantee.issued' then 'GUARANTEE_ISSUED' when 'guarantee.changed' then 'GUARANTEE_CHANGED' when 'guarantee.corrected' then 'GUARANTEE_CORRECTED' when 'guarantee.cancelled' then 'GUARANTEE_REVOKED' when 'application.submitted' then 'APPLICATION_SUBMITTED' when 'application.returned' then 'APPLICATION_RETURNED' else \`event\` end), \`status\`, \`attempts\`, \`next_attempt_at\`, \`last_status_code\`, \`last_error\`, \`delivered_at\` from \`webhook_delivery\`;`,
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
  }

  override async down(): Promise<void> {
    this.addSql(
      `update \`webhook_endpoint\` set \`events\` = replace(replace(replace(replace(replace(replace(\`events\`, '"GUARANTEE_ISSUED"', '"guarantee.issued"'), '"GUARANTEE_CHANGED"', '"guarantee.changed"'), '"GUARANTEE_CORRECTED"', '"guarantee.corrected"'), '"GUARANTEE_REVOKED"', '"guarantee.cancelled"'), '"APPLICATION_SUBMITTED"', '"application.submitted"'), '"APPLICATION_RETURNED"', '"application.returned"');`,
    );
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`webhook_delivery__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`event\` text check (\`event\` in ('guarantee.issued', 'guarantee.changed', 'guarantee.corrected', 'guarantee.cancelled', 'application.submitted', 'application.returned')) not null, \`payload\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`webhook_delivery__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`endpoint_id\`, case \`event\` when 'GUARANTEE_ISSUED' then 'guarantee.issued' when 'GUARANTEE_CHANGED' then 'guarantee.changed' when 'GUARANTEE_CORRECTED' then 'guarantee.corrected' when 'GUARANTEE_REVOKED' then 'guarantee.cancelled' when 'APPLICATION_SUBMITTED' then 'application.submitted' when 'APPLICATION_RETURNED' then 'application.returned' else \`event\` end, json_set(\`payload\`, '$.event', case \`event\` when 'GUARANTEE_ISSUED' then 'guarantee.issued' when 'GUARANTEE_CHANGED' then 'guarantee.changed' when 'GUARANTEE_CORRECTED' then 'guarantee.corrected' when 'GUARANTEE_REVOKED' then 'guarantee.cancelled' when 'APPLICATION_SUBMITTED' then 'application.submitted' when 'APPLICATION_RETURNED' then 'application.returned' else \`event\` end), \`status\`, \`attempts\`, \`next_attempt_at\`, \`last_status_code\`, \`last_error\`, \`delivered_at\` from \`webhook_delivery\`;`,
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
  }
}
