import { registerEnumType } from 'type-graphql';

/** 保証種類 */
export enum GuaranteeKind {
  /** 前払金保証 */
  ADVANCE_PAYMENT = 'ADVANCE_PAYMENT',
  /** 中間前払金保証 */
  INTERMEDIATE_ADVANCE_PAYMENT = 'INTERMEDIATE_ADVANCE_PAYMENT',
  /** 契約保証 */
  CONTRACT = 'CONTRACT',
}

/** 保証証書の形式 */
export enum CertificateFormat {
  /** 証書(紙) */
  PAPER = 'PAPER',
  /** 電子保証(認証キーを含む) */
  ELECTRONIC = 'ELECTRONIC',
}

/** 保証料支払方法 */
export enum FeePaymentMethod {
  /** 一括納付 */
  LUMP_SUM = 'LUMP_SUM',
}

registerEnumType(GuaranteeKind, {
  name: 'GuaranteeKind',
  description: '保証種類',
  valuesConfig: {
    ADVANCE_PAYMENT: { description: '前払金保証' },
    INTERMEDIATE_ADVANCE_PAYMENT: { description: '中間前払金保証' },
    CONTRACT: { description: '契約保証' },
  },
});

registerEnumType(CertificateFormat, {
  name: 'CertificateFormat',
  description: '保証証書の形式',
  valuesConfig: {
    PAPER: { description: '証書(紙)' },
    ELECTRONIC: { description: '電子保証(認証キーを含む)' },
  },
});

registerEnumType(FeePaymentMethod, {
  name: 'FeePaymentMethod',
  description: '保証料支払方法',
  valuesConfig: { LUMP_SUM: { description: '一括納付' } },
});
