import { Text } from '../../common/text-arguments';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ApplicationStatus, GuaranteeApplication } from './guarantee-application.entity';
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
 * 保証申込の内容, the fields of SaveApplicationInput. A kind left null is not applied for. Give
 * either `workId` (one of the caller's works) or `work` (a new one). Not in the schema by itself.
 */
@InputType('ApplicationInput')
export abstract class ApplicationInput {
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

  @Text('multiline')
  @Field(() => String, { nullable: true, description: 'お客様から弊社への連絡事項' })
  messageToBranch?: string | null;
}

@InputType({ description: '申込の下書き保存の入力: 申込の内容（前払金保証・契約保証は申し込まない場合 null）と、更新なら申込と版数' })
export class SaveApplicationInput extends ApplicationInput {
  @Field(() => ID, { nullable: true, description: '更新する申込（省略すると新しい下書きを作る）' })
  applicationId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '更新のとき必須: 読み込んだときの版数（version）。最新でなければ CONFLICT（extensions.current に最新の内容）',
  })
  expectedVersion?: number | null;
}

@InputType({ description: '申込の送信の入力' })
export class SubmitApplicationInput {
  @Field(() => ID, { description: '送信する申込（下書き又は差戻し）' })
  applicationId!: string;
}

@InputType({ description: '申込の取下げの入力' })
export class WithdrawApplicationInput {
  @Field(() => ID, { description: '取り下げる申込（送信済み又は差戻し）' })
  applicationId!: string;
}

@InputType({ description: '申込の差戻しの入力' })
export class ReturnApplicationInput {
  @Field(() => ID, { description: '差し戻す申込（送信済み）' })
  applicationId!: string;

  @Text('multiline')
  @Field({ description: '差戻しの理由: 「弊社からお客様へのお知らせ」に表示する（2000文字以内）' })
  message!: string;
}

@InputType({ description: '下書きの削除の入力' })
export class DeleteApplicationInput {
  @Field(() => ID, { description: '削除する自社の下書き（送信したことのある申込は削除できない: CONFLICT）' })
  applicationId!: string;
}

@ObjectType({ description: '下書きの削除の結果' })
export class DeleteApplicationPayload {
  @Field(() => GuaranteeApplication, { description: '削除した下書き（削除前の内容。もう取得できない）' })
  application!: GuaranteeApplication;
}

@ObjectType({ description: '手続状況ごとの申込の件数' })
export class ApplicationStatusCount {
  @Field(() => ApplicationStatus, { description: '手続状況' })
  status!: ApplicationStatus;

  @Field(() => Int, { description: 'この手続状況の申込の件数（絞り込み条件に合うもの）' })
  count!: number;
}

@ObjectType({ description: '申込の下書き保存の結果' })
export class SaveApplicationPayload {
  @Field(() => GuaranteeApplication, { description: '保存した申込（version が1つ増える）' })
  application!: GuaranteeApplication;
}

@ObjectType({ description: '申込の送信の結果' })
export class SubmitApplicationPayload {
  @Field(() => GuaranteeApplication, { description: '送信した申込（status: SUBMITTED）' })
  application!: GuaranteeApplication;
}

@ObjectType({ description: '申込の取下げの結果' })
export class WithdrawApplicationPayload {
  @Field(() => GuaranteeApplication, { description: '取り下げた申込（status: WITHDRAWN）' })
  application!: GuaranteeApplication;
}

@ObjectType({ description: '申込の差戻しの結果' })
export class ReturnApplicationPayload {
  @Field(() => GuaranteeApplication, { description: '差し戻した申込（status: RETURNED）' })
  application!: GuaranteeApplication;
}

@InputType({ description: '保証申込一覧の絞り込み（省略した条件は絞り込まない）' })
export class GuaranteeApplicationFilter {
  @Field(() => ApplicationStatus, { nullable: true, description: '手続状況' })
  status?: ApplicationStatus | null;

  @Field(() => ID, { nullable: true, description: '発注者' })
  ordererId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'この日以降に送信された申込（日本時間）' })
  submittedFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'この日までに送信された申込（日本時間）' })
  submittedTo?: string | null;
}
