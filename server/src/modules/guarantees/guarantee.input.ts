import { Text } from '../../common/text-arguments';
import { FeeStatement } from '../fees/fee-statement.entity';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { Guarantee } from './guarantee.entity';
import { CertificateFormat, GuaranteeKind } from './guarantee-kind';
import { GuaranteeValidity } from './guarantee-validity';

/** What 変更 and 訂正 may change: the amount, the deadline, the work's name and period (not in the schema by itself). */
@InputType('GuaranteeTermsInput')
export abstract class GuaranteeTermsInput {
  @Field(() => YenScalar, { nullable: true, description: '保証金額（請負金額以下）' })
  amount?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '保証期限' })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: '工事名' })
  workName?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '工期（着工日）' })
  workStartDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '工期（完成日）' })
  workEndDate?: string | null;
}

@InputType({ description: '申込の発行の入力' })
export class IssueGuaranteesInput {
  @Field(() => ID, { description: '発行する申込（自支店に送信されたもの）' })
  applicationId!: string;
}

@InputType({ description: '保証契約の変更（変更 N）の入力: 変える項目だけを指定する' })
export class ChangeGuaranteeInput extends GuaranteeTermsInput {
  @Field(() => ID, { description: '変更する保証契約' })
  guaranteeId!: string;

  @Field(() => Int, { description: '読み込んだときの版数（version）。最新でなければ CONFLICT（extensions.current に最新の内容）' })
  expectedVersion!: number;
}

@InputType({ description: '最新の発行の訂正の入力: 正しい値にする項目だけを指定する' })
export class CorrectIssuanceInput extends GuaranteeTermsInput {
  @Field(() => ID, { description: '訂正する発行（最新のもの）' })
  issuanceId!: string;

  @Field(() => String, { nullable: true, description: '預託金融機関（前払金保証のみ。半角で入力しても全角で保存する）' })
  depositBank?: string | null;
}

@InputType({ description: '変更取消の入力' })
export class CancelChangeInput {
  @Field(() => ID, { description: '取り消す変更の発行（最新のもの）' })
  issuanceId!: string;
}

@InputType({ description: '保証契約の取消の入力' })
export class RevokeGuaranteeInput {
  @Field(() => ID, { description: '取り消す保証契約' })
  guaranteeId!: string;

  @Text('multiline')
  @Field({ description: '取消の理由（2000文字以内）' })
  reason!: string;
}

@InputType({ description: '認証キーの表示の入力' })
export class RevealAuthKeyInput {
  @Field(() => ID, { description: '自社の電子保証の保証契約' })
  guaranteeId!: string;
}

@ObjectType({ description: '申込の発行の結果' })
export class IssueGuaranteesPayload {
  @Field(() => GuaranteeApplication, { description: '発行した申込（status: ISSUED）' })
  application!: GuaranteeApplication;

  @Field(() => [Guarantee], { description: '発行した保証契約（申し込まれた保証種類ごとに1件）' })
  guarantees!: Guarantee[];
  @Field(() => [FeeStatement], { description: '作成した保証料計算書（保証契約ごとに1件）' })
  feeStatements!: FeeStatement[];
}

@ObjectType({ description: '保証契約の変更の結果' })
export class ChangeGuaranteePayload {
  @Field(() => Guarantee, { description: '変更した保証契約（version が増える）' })
  guarantee!: Guarantee;
  @Field(() => [FeeStatement], { description: '作成した保証料計算書（保証金額か保証期限が変わったときだけ1件、変わらなければ空）' })
  feeStatements!: FeeStatement[];
}

@ObjectType({ description: '発行の訂正の結果' })
export class CorrectIssuancePayload {
  @Field(() => Guarantee, { description: '訂正した保証契約' })
  guarantee!: Guarantee;
  @Field(() => [FeeStatement], { description: '作成した保証料計算書（保証金額か保証期限が変わったときだけ1件、変わらなければ空）' })
  feeStatements!: FeeStatement[];
}

@ObjectType({ description: '変更取消の結果' })
export class CancelChangePayload {
  @Field(() => Guarantee, { description: '一つ前の内容に戻った保証契約' })
  guarantee!: Guarantee;
  @Field(() => [FeeStatement], { description: '作成した保証料計算書（保証金額か保証期限が変わったときだけ1件、変わらなければ空）' })
  feeStatements!: FeeStatement[];
}

@ObjectType({ description: '保証契約の取消の結果' })
export class RevokeGuaranteePayload {
  @Field(() => Guarantee, { description: '取り消した保証契約（status: REVOKED）' })
  guarantee!: Guarantee;
  @Field(() => [FeeStatement], {
    description: '作成した保証料計算書（取消で返戻する保証料、またはないことを示す1件。保証料の記録がない保証契約では空）',
  })
  feeStatements!: FeeStatement[];
}

@ObjectType({ description: '認証キーの表示の結果（表示は記録される）' })
export class RevealAuthKeyPayload {
  @Field(() => Guarantee, { description: '保証契約' })
  guarantee!: Guarantee;

  @Field({ description: '認証キー（英数字12文字）' })
  authKey!: string;
}

/** 保証契約一覧の検索条件. */
@InputType({ description: '保証契約一覧の検索条件（省略した条件は絞り込まない）' })
export class GuaranteeFilter {
  @Field(() => GuaranteeKind, { nullable: true, description: '保証種類' })
  kind?: GuaranteeKind | null;

  @Field(() => CertificateFormat, { nullable: true, description: '保証証書の形式（電子保証(認証キー)タブは ELECTRONIC）' })
  certificateFormat?: CertificateFormat | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '発行日（から、日本時間）' })
  issuedFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '発行日（まで、日本時間）' })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: '工事名（部分一致、全角と半角・〜と～・ハイフンの類・空白の有無を区別しない）' })
  workName?: string | null;

  @Field(() => ID, { nullable: true, description: '発注者' })
  ordererId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '保証契約番号（ピンポイント検索、大文字小文字・全角・空白・ハイフンの有無・ハイフンに似た文字（−、–、ー など）を問わない）',
  })
  contractNumber?: string | null;

  @Field(() => ID, { nullable: true, description: '請負者（保証契約者）。請負者自身には自社のみ' })
  contractorId?: string | null;

  @Field(() => String, { nullable: true, description: '請負者の商号又は名称（部分一致）' })
  contractorName?: string | null;

  @Field(() => GuaranteeValidity, {
    nullable: true,
    description: '状態（有効 / 取消済み / 期限切れ。期限切れは保証期限の翌日から、日本時間）',
  })
  validity?: GuaranteeValidity | null;
}
