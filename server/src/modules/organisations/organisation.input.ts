import { Field, InputType } from 'type-graphql';

@InputType({ description: '発注者一覧の絞り込み（省略した条件は絞り込まない）' })
export class OrdererFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: 電子保証に対応している発注者だけ、false: 対応していない発注者だけ' })
  acceptsElectronic?: boolean | null;

  @Field(() => String, { nullable: true, description: '発注者名（部分一致）' })
  name?: string | null;
}
