import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';

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
