import { registerEnumType } from 'type-graphql';

/** The events an organisation can subscribe to; the value is the name in the payload. */
export enum WebhookEvent {
  GUARANTEE_ISSUED = 'guarantee.issued',
  GUARANTEE_CHANGED = 'guarantee.changed',
  GUARANTEE_CORRECTED = 'guarantee.corrected',
  GUARANTEE_CANCELLED = 'guarantee.cancelled',
  APPLICATION_SUBMITTED = 'application.submitted',
  APPLICATION_RETURNED = 'application.returned',
}

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'Webhook で通知するイベント（ペイロードの event は guarantee.issued などの名前）',
  valuesConfig: {
    GUARANTEE_ISSUED: { description: 'guarantee.issued: 保証契約が発行された' },
    GUARANTEE_CHANGED: { description: 'guarantee.changed: 変更された（変更・変更取消）' },
    GUARANTEE_CORRECTED: { description: 'guarantee.corrected: 訂正された' },
    GUARANTEE_CANCELLED: { description: 'guarantee.cancelled: 取り消された' },
    APPLICATION_SUBMITTED: { description: 'application.submitted: 申込が送信された' },
    APPLICATION_RETURNED: { description: 'application.returned: 申込が差し戻された' },
  },
});
