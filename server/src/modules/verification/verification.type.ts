import { Field, InputType, ObjectType } from 'type-graphql';
import { Certificate } from '../guarantees/certificate';
import { ElectronicIssuance } from '../guarantees/electronic-issuance.entity';
import { GuaranteeValidity } from '../guarantees/guarantee-validity';

/** One verification: what the verification service shows for a number and its key. */
@ObjectType({ description: '保証確認（保証確認サービスに表示する保証証書と、確認した日時）' })
export class Verification {
  @Field({ description: '保証契約番号' })
  contractNumber!: string;

  @Field(() => GuaranteeValidity, { description: '状態（有効 / 取消済み / 期限切れ）' })
  validity!: GuaranteeValidity;

  @Field(() => Date, { nullable: true, description: '取消日時（取消済みの場合）' })
  revokedAt!: Date | null;

  @Field(() => Certificate, { description: '現在の保証証書' })
  certificate!: Certificate;

  @Field(() => [ElectronicIssuance], { description: '電子保証情報（履歴）。訂正・変更取消された発行は含めない' })
  issuances!: ElectronicIssuance[];

  @Field({ description: '電子保証発行日時（この保証証書が保証確認サービスに掲載された日時）' })
  publishedAt!: Date;

  @Field({ description: '確認した日時' })
  verifiedAt!: Date;
}

@InputType({ description: '保証確認の入力（「認証キー」のお知らせに書かれた2つの値）' })
export class VerifyGuaranteeInput {
  @Field({ description: '保証契約番号（NNNNN-NNNNNC、全角・空白・ハイフンの有無・ハイフンに似た文字（−、–、ー など）を問わない）' })
  contractNumber!: string;

  @Field({ description: '認証キー（英数字12文字）' })
  authKey!: string;
}

@ObjectType({ description: '保証確認の結果' })
export class VerifyGuaranteePayload {
  @Field(() => Verification, { description: '表示する保証証書' })
  verification!: Verification;
}
