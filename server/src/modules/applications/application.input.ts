import { Field, ID, InputType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';
import { CertificateFormat, FeePaymentMethod } from '../guarantees/guarantee-kind';
import { WorkFieldsType } from './work-draft.type';

@InputType({ description: '前払金保証の申込内容' })
export class AdvancePaymentInput {
  @Field(() => CertificateFormat, { nullable: true, description: '保証証書の形式' })
  certificateFormat?: CertificateFormat | null;

  @Field(() => YenScalar, { nullable: true, description: '今年度対象額（出来高予定額又は支払限度額）' })
  currentYearTargetAmount?: number | null;

  @Field(() => YenScalar, { nullable: true, description: '前払金保証金額' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: '預託金融機関（半角で入力しても全角で保存する）' })
  depositBank?: string | null;

  @Field(() => Boolean, { nullable: true, description: '再預託を利用するか' })
  redeposit?: boolean | null;

  @Field(() => FeePaymentMethod, { nullable: true, description: '前払金保証料支払方法' })
  feePaymentMethod?: FeePaymentMethod | null;

  @Field(() => String, { nullable: true, description: '前払金保証料請求先' })
  feeBillingParty?: string | null;

  @Field(() => Boolean, { nullable: true, description: '保証料計算書(紙)を希望するか' })
  feeStatementWanted?: boolean | null;
}

@InputType({ description: '契約保証の申込内容' })
export class ContractGuaranteeInput {
  @Field(() => CertificateFormat, { nullable: true, description: '保証証書の形式' })
  certificateFormat?: CertificateFormat | null;

  @Field(() => YenScalar, { nullable: true, description: '契約保証金額' })
  amount?: number | null;

  @Field(() => FeePaymentMethod, { nullable: true, description: '契約保証料支払方法' })
  feePaymentMethod?: FeePaymentMethod | null;

  @Field(() => String, { nullable: true, description: '契約保証料請求先' })
  feeBillingParty?: string | null;

  @Field(() => Boolean, { nullable: true, description: '保証料計算書(紙)を希望するか' })
  feeStatementWanted?: boolean | null;
}

/**
 * 保証申込の内容. A kind left null is not applied for. Give either `workId` (one of the caller's
 * works) or `work` (a new one).
 */
@InputType({ description: '保証申込の内容' })
export class ApplicationInput {
  @Field(() => ID, { nullable: true, description: '既存の請負工事' })
  workId?: string | null;

  @Field(() => WorkFieldsType, { nullable: true, description: '新しい請負工事の情報' })
  work?: WorkFieldsType | null;

  @Field(() => AdvancePaymentInput, { nullable: true, description: '前払金保証（申し込まない場合は null）' })
  advancePayment?: AdvancePaymentInput | null;

  @Field(() => ContractGuaranteeInput, { nullable: true, description: '契約保証（申し込まない場合は null）' })
  contractGuarantee?: ContractGuaranteeInput | null;

  @Field(() => ID, { nullable: true, description: '申込送信先の支店' })
  destinationBranchId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '電子保証発行完了のお知らせを希望するか' })
  issuanceNoticeWanted?: boolean | null;

  @Field(() => String, { nullable: true, description: 'お知らせの送信先メールアドレス' })
  notifyEmail?: string | null;

  @Field(() => String, { nullable: true, description: '担当部署' })
  contactDepartment?: string | null;

  @Field(() => String, { nullable: true, description: '役職' })
  contactTitle?: string | null;

  @Field(() => String, { nullable: true, description: '担当者名' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: '連絡先電話番号' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'お客様から弊社への連絡事項' })
  messageToBranch?: string | null;
}
