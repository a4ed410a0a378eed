import { registerEnumType } from 'type-graphql';
import { todayInJapan } from '@esurety/schema';
import { GuaranteeStatus, type Guarantee } from './guarantee.entity';

/** What the verification service says of a certificate. */
export enum GuaranteeValidity {
  /** 有効 */
  VALID = 'VALID',
  /** 取消済み */
  REVOKED = 'REVOKED',
  /** 期限切れ: its 保証期限 has passed. */
  EXPIRED = 'EXPIRED',
}

registerEnumType(GuaranteeValidity, {
  name: 'GuaranteeValidity',
  description: '保証証書の状態（保証確認サービスの表示）',
  valuesConfig: {
    VALID: { description: '有効' },
    REVOKED: { description: '取消済み' },
    EXPIRED: { description: '期限切れ（保証期限を過ぎた）' },
  },
});

/** 取消済み first; otherwise 期限切れ from the day after the 保証期限 (Japan time). */
export function validityOf(guarantee: Pick<Guarantee, 'status' | 'deadline'>, now = new Date()): GuaranteeValidity {
  if (guarantee.status === GuaranteeStatus.REVOKED) return GuaranteeValidity.REVOKED;
  return guarantee.deadline < todayInJapan(now) ? GuaranteeValidity.EXPIRED : GuaranteeValidity.VALID;
}
