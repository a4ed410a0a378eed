import { Field, InputType } from 'type-graphql';
import { OutboxStatus } from './outbox-message.entity';

@InputType({ description: '送信するメールの一覧の絞り込み（省略した条件は絞り込まない）' })
export class OutboxMessageFilter {
  @Field(() => OutboxStatus, { nullable: true, description: '状態' })
  status?: OutboxStatus | null;

  @Field(() => String, { nullable: true, description: '宛先（部分一致）' })
  to?: string | null;
}
