import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook events have one spelling everywhere: the schema's enum value (GUARANTEE_ISSUED), which
 * the payload's `event` and the X-Esurety-Event header now carry too; 取消 is GUARANTEE_REVOKED.
 * Endpoints' subscriptions and queued deliveries are rewritten.
 */
export class Migration20261130000906 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "webhook_endpoint" set "events" = replace(replace(replace(replace(replace(replace("events"::text, '"guarantee.issued"', '"GUARANTEE_ISSUED"'), '"guarantee.changed"', '"GUARANTEE_CHANGED"'), '"guarantee.corrected"', '"GUARANTEE_CORRECTED"'), '"guarantee.cancelled"', '"GUARANTEE_REVOKED"'), '"application.submitted"', '"APPLICATION_SUBMITTED"'), '"application.returned"', '"APPLICATION_RETURNED"')::jsonb;`,
    );
    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);
    this.addSql(
      `update "webhook_delivery" set "event" = case "event" when 'guarantee.issued' then 'GUARANTEE_ISSUED' when 'guarantee.changed' then 'GUARANTEE_CHANGED' when 'guarantee.corrected' then 'GUARANTEE_CORRECTED' when 'guarantee.cancelled' then 'GUARANTEE_REVOKED' when 'application.submitted' then 'APPLICATION_SUBMITTED' when 'application.returned' then 'APPLICATION_RETURNED' else "event" end, "payload" = jsonb_set("payload", '{event}', to_jsonb(case "event" when 'guarantee.issued' then 'GUARANTEE_ISSUED' when 'guarantee.changed' then 'GUARANTEE_CHANGED' when 'guarantee.corrected' then 'GUARANTEE_CORRECTED' when 'guarantee.cancelled' then 'GUARANTEE_REVOKED' when 'application.submitted' then 'APPLICATION_SUBMITTED' when 'application.returned' then 'APPLICATION_RETURNED' else "event" end));`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('GUARANTEE_ISSUED', 'GUARANTEE_CHANGED', 'GUARANTEE_CORRECTED', 'GUARANTEE_REVOKED', 'APPLICATION_SUBMITTED', 'APPLICATION_RETURNED'));`,
    );
  }
}
