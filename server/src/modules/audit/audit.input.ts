import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '監査ログの絞り込み（省略した条件は絞り込まない）' })
export class AuditEventFilter {
  @Field(() => String, {
    nullable: true,
    description: '対象のID（保証契約の監査ログは保証契約のID。存在しない番号の保証確認は保証契約番号）',
  })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: '操作した利用者のID' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '操作（mutation の名前。例: changeGuarantee, revealAuthKey, verifyGuarantee）' })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'この日時以降' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'この日時より前' })
  to?: Date | null;
}
