import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { BidBond, BidBondStatus } from './bid-bond.entity';

@InputType({ description: '契約保証予約（入札ボンド）の申込の入力' })
export class ApplyBidBondInput {
  @Field(() => ID, { description: '発注者（発注者一覧から選択）' })
  ordererId!: string;

  @Field({ description: '工事名（200文字以内）' })
  workName!: string;

  @Field(() => LocalDateResolver, { description: '入札日（日本時間、今日以降）' })
  bidDate!: string;

  @Field(() => YenScalar, { description: '契約予定金額。1円以上の整数（円）' })
  expectedContractAmount!: number;

  @Field(() => ID, { description: '申込送信先の支店' })
  destinationBranchId!: string;
}

@InputType({ description: '契約保証予約の発行の入力' })
export class IssueBidBondInput {
  @Field(() => ID, { description: '発行する予約（申込中）' })
  bidBondId!: string;
}

@InputType({ description: '契約保証予約の契約保証申込への移行の入力' })
export class ConvertBidBondInput {
  @Field(() => ID, { description: '移行する予約（予約済み、入札日まで）' })
  bidBondId!: string;
}

@InputType({ description: '契約保証予約の取下げの入力' })
export class WithdrawBidBondInput {
  @Field(() => ID, { description: '取り下げる予約（申込中又は予約済み）' })
  bidBondId!: string;
}

@ObjectType({ description: '契約保証予約の申込の結果' })
export class ApplyBidBondPayload {
  @Field(() => BidBond, { description: '申し込んだ予約（status: APPLIED）' })
  bidBond!: BidBond;
}

@ObjectType({ description: '契約保証予約の発行の結果' })
export class IssueBidBondPayload {
  @Field(() => BidBond, { description: '発行した予約（status: ISSUED、bidBondNumber あり）' })
  bidBond!: BidBond;
}

@ObjectType({ description: '契約保証予約の移行の結果' })
export class ConvertBidBondPayload {
  @Field(() => BidBond, { description: '移行した予約（status: CONVERTED）' })
  bidBond!: BidBond;

  @Field(() => GuaranteeApplication, { description: '作成した契約保証の申込（下書き。残りの項目を請負者が入力して送信する）' })
  application!: GuaranteeApplication;
}

@ObjectType({ description: '契約保証予約の取下げの結果' })
export class WithdrawBidBondPayload {
  @Field(() => BidBond, { description: '取り下げた予約（status: WITHDRAWN）' })
  bidBond!: BidBond;
}

@InputType({ description: '契約保証予約一覧の絞り込み（省略した条件は絞り込まない）' })
export class BidBondFilter {
  @Field(() => BidBondStatus, { nullable: true, description: '状態' })
  status?: BidBondStatus | null;

  @Field(() => ID, { nullable: true, description: '発注者' })
  ordererId?: string | null;
}
