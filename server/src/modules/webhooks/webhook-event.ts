import { registerEnumType } from 'type-graphql';

/**
 * The events an organisation can subscribe to. One spelling everywhere: the schema's enum value
 * is the payload's `event`, the X-Esurety-Event header and the stored value.
 */
export enum WebhookEvent {
  GUARANTEE_ISSUED = 'GUARANTEE_ISSUED',
  GUARANTEE_CHANGED = 'GUARANTEE_CHANGED',
  GUARANTEE_CORRECTED = 'GUARANTEE_CORRECTED',
  GUARANTEE_REVOKED = 'GUARANTEE_REVOKED',
  APPLICATION_SUBMITTED = 'APPLICATION_SUBMITTED',
  APPLICATION_RETURNED = 'APPLICATION_RETURNED',
  BID_BOND_APPLIED = 'BID_BOND_APPLIED',
  BID_BOND_ISSUED = 'BID_BOND_ISSUED',
  BID_BOND_CONVERTED = 'BID_BOND_CONVERTED',
  BID_BOND_WITHDRAWN = 'BID_BOND_WITHDRAWN',
  BID_BOND_LAPSED = 'BID_BOND_LAPSED',
  /** A test event (pingWebhookEndpoint): sent when asked, not subscribed to. */
  PING = 'PING',
  FEE_STATEMENT_ISSUED = 'FEE_STATEMENT_ISSUED',
  FEE_STATEMENT_MAILED = 'FEE_STATEMENT_MAILED',
}

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'Webhook で通知するイベント（ペイロードの event と X-Esurety-Event ヘッダーも同じ名前）',
  valuesConfig: {
    GUARANTEE_ISSUED: { description: '保証契約が発行された（issueGuarantees）' },
    GUARANTEE_CHANGED: { description: '保証契約が変更された（changeGuarantee・cancelChange）' },
    GUARANTEE_CORRECTED: { description: '発行が訂正された（correctIssuance）' },
    GUARANTEE_REVOKED: { description: '保証契約が取り消された（revokeGuarantee）' },
    APPLICATION_SUBMITTED: { description: '申込が送信された（submitApplication）' },
    APPLICATION_RETURNED: { description: '申込が差し戻された（returnApplication）' },
    BID_BOND_APPLIED: { description: '契約保証予約が申し込まれた（applyBidBond）' },
    BID_BOND_ISSUED: { description: '契約保証予約が発行された（issueBidBond）' },
    BID_BOND_CONVERTED: { description: '契約保証予約が契約保証の申込へ移行された（convertBidBond）' },
    BID_BOND_WITHDRAWN: { description: '契約保証予約が取り下げられた（withdrawBidBond）' },
    BID_BOND_LAPSED: { description: '契約保証予約が入札日を過ぎて失効した（毎時の失効処理）' },
    PING: { description: 'テスト送信（pingWebhookEndpoint）。購読の対象ではなく、頼まれたときだけ送る' },
    FEE_STATEMENT_ISSUED: { description: '保証料計算書が作成された（発行・保証金額または保証期限の変更・取消のとき）' },
    FEE_STATEMENT_MAILED: { description: '紙の保証料計算書が郵送された（markFeeStatementMailed）' },
  },
});
