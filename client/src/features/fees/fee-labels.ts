import { formatYen } from '@esurety/schema';
import type { TFunction } from 'i18next';
import type { FeeStatementReason, GuaranteeKind } from '../../gql/graphql';

export const reasonLabel = (t: TFunction, reason: FeeStatementReason) => t(`fees.reason.${reason}`);
export const kindLabel = (t: TFunction, kind: GuaranteeKind) => t(`fees.kind.${kind}`);

/** What the statement asks for or pays back, in words: 「請求 10,849円」「返戻 5,425円」「なし」. */
export function settlementLabel(t: TFunction, s: { charge: number; refund: number }): string {
  if (s.refund > 0) return t('fees.settlement.refund', { amount: formatYen(s.refund) });
  if (s.charge > 0) return t('fees.settlement.charge', { amount: formatYen(s.charge) });
  return t('fees.settlement.none');
}
