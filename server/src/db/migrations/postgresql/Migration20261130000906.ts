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

  override async down(): Promise<void> {
    this.addSql(
      `update "webhook_endpoint" set "events" = replace(replace(replace(replace(replace(replace("events"::text, '"GUARANTEE_ISSUED"', '"guarantee.issued"'), '"GUARANTEE_CHANGED"', '"guarantee.changed"'), '"GUARANTEE_CORRECTED"', '"guarantee.corrected"'), '"GUARANTEE_REVOKED"', '"guarantee.cancelled"'), '"APPLICATION_SUBMITTED"', '"application.submitted"'), '"APPLICATION_RETURNED"', '"application.returned"')::jsonb;`,
    );
    this.addSql(`alter table "webhook_delivery" drop constraint if exists "webhook_delivery_event_check";`);
    this.addSql(
      `update "webhook_delivery" set "event" = case "event" when 'GUARANTEE_ISSUED' then 'guarantee.issued' when 'GUARANTEE_CHANGED' then 'guarantee.changed' when 'GUARANTEE_CORRECTED' then 'guarantee.corrected' when 'GUARANTEE_REVOKED' then 'guarantee.cancelled' when 'APPLICATION_SUBMITTED' then 'application.submitted' when 'APPLICATION_RETURNED' then 'application.returned' else "event" end, "payload" = jsonb_set("payload", '{event}', to_jsonb(case "event" when 'GUARANTEE_ISSUED' then 'guarantee.issued' when 'GUARANTEE_CHANGED' then 'guarantee.changed' when 'GUARANTEE_CORRECTED' then 'guarantee.corrected' when 'GUARANTEE_REVOKED' then 'guarantee.cancelled' when 'APPLICATION_SUBMITTED' then 'application.submitted' when 'APPLICATION_RETURNED' then 'application.returned' else "event" end));`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_check" check("event" in ('guarantee.issued', 'guarantee.changed', 'guarantee.corrected', 'guarantee.cancelled', 'application.submitted', 'application.returned'));`,
    );
  }
}
