import { Migration } from '@mikro-orm/migrations';

/**
 * A commit that queues a webhook delivery or an e-mail notifies the delivery workers of every
 * server process (LISTEN in common/queue-signal.ts): NOTIFY from a trigger is sent when the
 * transaction commits, and not at all if it rolls back. SQLite needs none (one process, told in
 * process).
 */
export class Migration20261130040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create function "esurety_notify_queue"() returns trigger language plpgsql as $$ begin perform pg_notify(TG_ARGV[0], ''); return null; end $$;`,
    );
    this.addSql(
      `create trigger "webhook_delivery_notify" after insert on "webhook_delivery" for each statement execute function "esurety_notify_queue"('esurety_webhook_delivery');`,
    );
    this.addSql(
      `create trigger "outbox_message_notify" after insert on "outbox_message" for each statement execute function "esurety_notify_queue"('esurety_outbox_message');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "outbox_message_notify" on "outbox_message";`);
    this.addSql(`drop trigger "webhook_delivery_notify" on "webhook_delivery";`);
    this.addSql(`drop function "esurety_notify_queue"();`);
  }
}
