import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';
import { CertificateFormat, GuaranteeKind } from './guarantee-kind';

/** What 変更 and 訂正 may change: the amount, the deadline, the work's name and period. */
@InputType({ description: '保証契約の変更・訂正の内容（変えない項目は省略）' })
export class GuaranteeTermsInput {
  @Field(() => YenScalar, { nullable: true, description: '保証金額' })
  amount?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '保証期限' })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: '工事名' })
  workName?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '工期（着工日）' })
  workStartDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '工期（完成日）' })
  workEndDate?: string | null;

  @Field(() => String, { nullable: true, description: '預託金融機関（前払金保証、訂正のみ）' })
  depositBank?: string | null;
}

/** 保証契約一覧の検索条件. */
@InputType({ description: '保証契約一覧の検索条件（省略した条件は絞り込まない）' })
export class GuaranteeFilter {
  @Field(() => GuaranteeKind, { nullable: true, description: '保証種類' })
  kind?: GuaranteeKind | null;

  @Field(() => CertificateFormat, { nullable: true, description: '保証証書の形式（電子保証(認証キー)タブは ELECTRONIC）' })
  certificateFormat?: CertificateFormat | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '発行日（から）' })
  issuedFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '発行日（まで）' })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: '工事名（部分一致）' })
  workName?: string | null;

  @Field(() => ID, { nullable: true, description: '発注者' })
  ordererId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '保証契約番号（ピンポイント検索。大文字小文字・全角・空白・ハイフンの有無を問わない）',
  })
  contractNumber?: string | null;
}
