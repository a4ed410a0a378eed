import type { TFunction } from 'i18next';
import type { Messages } from '../../app/i18n/messages';

type ActionKey = keyof Messages['audit']['actions'];
type ViaKey = keyof Messages['audit']['viaLabel'];
type ObjectTypeKey = keyof Messages['audit']['objectType'];
type OutcomeKey = keyof Messages['audit']['outcomeLabel'];

/** The actions the server records (the names of the mutations) → catalogue keys. */
const actionKeys: Record<string, ActionKey> = {
  saveApplication: 'saveApplication',
  submitApplication: 'submitApplication',
  withdrawApplication: 'withdrawApplication',
  returnApplication: 'returnApplication',
  issueGuarantees: 'issueGuarantees',
  changeGuarantee: 'changeGuarantee',
  correctIssuance: 'correctIssuance',
  cancelChange: 'cancelChange',
  revokeGuarantee: 'revokeGuarantee',
  revealAuthKey: 'revealAuthKey',
  verifyGuarantee: 'verifyGuarantee',
  login: 'login',
  logout: 'logout',
  createApiToken: 'createApiToken',
  revokeApiToken: 'revokeApiToken',
  registerWebhookEndpoint: 'registerWebhookEndpoint',
  deleteWebhookEndpoint: 'deleteWebhookEndpoint',
  applyBidBond: 'applyBidBond',
  issueBidBond: 'issueBidBond',
  convertBidBond: 'convertBidBond',
  withdrawBidBond: 'withdrawBidBond',
  lapseBidBond: 'lapseBidBond',
  setPassword: 'setPassword',
  requestPasswordReset: 'requestPasswordReset',
  changePassword: 'changePassword',
  revokeSession: 'revokeSession',
  inviteUser: 'inviteUser',
  changeUserRole: 'changeUserRole',
  disableUser: 'disableUser',
  enableUser: 'enableUser',
  requestContractorRegistration: 'requestContractorRegistration',
  approveContractorRegistration: 'approveContractorRegistration',
  refuseContractorRegistration: 'refuseContractorRegistration',
  pauseWebhookEndpoint: 'pauseWebhookEndpoint',
  resumeWebhookEndpoint: 'resumeWebhookEndpoint',
  rotateWebhookSecret: 'rotateWebhookSecret',
  pingWebhookEndpoint: 'pingWebhookEndpoint',
  redeliverWebhookDelivery: 'redeliverWebhookDelivery',
  setFeeRates: 'setFeeRates',
  markFeeStatementMailed: 'markFeeStatementMailed',
};

/** The actions the filter offers, in the order of the procedures. */
export const filterableAuditActions = [
  'saveApplication',
  'submitApplication',
  'withdrawApplication',
  'returnApplication',
  'issueGuarantees',
  'changeGuarantee',
  'correctIssuance',
  'cancelChange',
  'revokeGuarantee',
  'revealAuthKey',
  'verifyGuarantee',
  'login',
  'logout',
  'createApiToken',
  'revokeApiToken',
  'registerWebhookEndpoint',
  'deleteWebhookEndpoint',
  'applyBidBond',
  'issueBidBond',
  'convertBidBond',
  'withdrawBidBond',
  'lapseBidBond',
  'changePassword',
  'requestPasswordReset',
  'revokeSession',
  'inviteUser',
  'changeUserRole',
  'disableUser',
  'enableUser',
  'requestContractorRegistration',
  'approveContractorRegistration',
  'refuseContractorRegistration',
  'pauseWebhookEndpoint',
  'resumeWebhookEndpoint',
  'rotateWebhookSecret',
  'pingWebhookEndpoint',
  'redeliverWebhookDelivery',
  'setFeeRates',
  'markFeeStatementMailed',
] as const;

const viaKeys: readonly string[] = ['SESSION', 'TOKEN', 'ANONYMOUS'] satisfies ViaKey[];
const objectTypeKeys: readonly string[] = [
  'Guarantee',
  'GuaranteeApplication',
  'ElectronicIssuance',
  'ContractNumber',
  'FeeStatement',
  'FeeRate',
  'ApiToken',
  'WebhookEndpoint',
  'WebhookDelivery',
  'User',
  'BidBond',
  'Session',
  'ContractorRegistration',
  'Contractor',
] satisfies ObjectTypeKey[];

/** 操作 in words: 申込の送信, 認証キーの表示, …; an action this client does not know yet is shown as recorded. */
export function auditActionLabel(t: TFunction, action: string): string {
  const key = Object.hasOwn(actionKeys, action) ? actionKeys[action] : undefined;
  return key ? t(`audit.actions.${key}`) : action;
}

/** 経路: 画面 / APIトークン / 未ログイン. */
export function auditViaLabel(t: TFunction, via: string): string {
  return viaKeys.includes(via) ? t(`audit.viaLabel.${via as ViaKey}`) : via;
}

/** 対象の種類: 保証契約, 保証申込, …; unknown types as recorded. */
export function auditObjectTypeLabel(t: TFunction, objectType: string): string {
  return objectTypeKeys.includes(objectType) ? t(`audit.objectType.${objectType as ObjectTypeKey}`) : objectType;
}

const outcomeKeys: readonly string[] = [
  'SUCCESS',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] satisfies OutcomeKey[];

/** 結果: 成功, or what the error code means; unknown codes as recorded. */
export function auditOutcomeLabel(t: TFunction, outcome: string): string {
  return outcomeKeys.includes(outcome) ? t(`audit.outcomeLabel.${outcome as OutcomeKey}`) : outcome;
}
