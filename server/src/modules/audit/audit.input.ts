import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '監査ログの絞り込み' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: '対象のID' })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: '操作した利用者のID' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '操作（例: changeGuarantee, authKey.display, guarantee.verify）' })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'この日時以降' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'この日時より前' })
  to?: Date | null;
}
