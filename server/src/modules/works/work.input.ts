import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '請負工事一覧の絞り込み（省略した条件は絞り込まない）' })
export class WorkFilter {
  @Field(() => ID, { nullable: true, description: '発注者' })
  ordererId?: string | null;

  @Field(() => String, { nullable: true, description: '工事名（部分一致、全角と半角・〜と～・ハイフンの類・空白の有無を区別しない）' })
  name?: string | null;
}
