import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import { FeeRate } from './fee-rate.entity';
import { FeeStatement, FeeStatementReason } from './fee-statement.entity';

@InputType({ description: '保証料率の区分の入力' })
export class FeeRateBandInput {
  @Field(() => YenScalar, { nullable: true, description: 'この区分の上限（円、以下）。最後の区分は null（上限なし）' })
  upTo?: number | null;

  @Field(() => Int, { description: '料率: 保証金額100万円あたりの年額（円、0〜1,000,000）' })
  ratePerMillion!: number;
}

@InputType({ description: '保証料率表の設定の入力（同じ保証種類・適用開始日の表は置き換える）' })
export class SetFeeRatesInput {
  @Field(() => GuaranteeKind, { description: '保証種類（商品）' })
  kind!: GuaranteeKind;

  @Field(() => LocalDateResolver, { description: '適用開始日（日本時間の今日以降）' })
  effectiveFrom!: string;

  @Field(() => [FeeRateBandInput], { description: '保証金額の区分ごとの料率（小さい順、1〜20行。最後の区分は上限なし）' })
  bands!: FeeRateBandInput[];

  @Field(() => Int, { description: '最低保証料（円、0以上）' })
  minimumFee!: number;
}

@ObjectType({ description: '保証料率表の設定の結果' })
export class SetFeeRatesPayload {
  @Field(() => FeeRate, { description: '設定した保証料率表' })
  feeRate!: FeeRate;
}

@InputType({ description: '紙の保証料計算書の郵送の記録の入力' })
export class MarkFeeStatementMailedInput {
  @Field(() => ID, { description: '自支店の保証料計算書（紙を希望されたもの）' })
  feeStatementId!: string;
}

@ObjectType({ description: '紙の保証料計算書の郵送の記録の結果' })
export class MarkFeeStatementMailedPayload {
  @Field(() => FeeStatement, { description: '郵送を記録した保証料計算書（mailedAt が入る）' })
  feeStatement!: FeeStatement;
}

@InputType({ description: '保証料計算書一覧の検索条件（省略した条件は絞り込まない）' })
export class FeeStatementFilter {
  @Field(() => ID, { nullable: true, description: '保証契約' })
  guaranteeId?: string | null;

  @Field(() => FeeStatementReason, { nullable: true, description: '作成の理由' })
  reason?: FeeStatementReason | null;

  @Field(() => Boolean, { nullable: true, description: 'true: 紙を希望され、まだ郵送していないものだけ。false: それ以外だけ' })
  mailingPending?: boolean | null;
}

@InputType({ description: '保証料率表一覧の検索条件' })
export class FeeRateFilter {
  @Field(() => GuaranteeKind, { nullable: true, description: '保証種類' })
  kind?: GuaranteeKind | null;
}
