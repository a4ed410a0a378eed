import { Field, ID, InterfaceType } from 'type-graphql';

/** What every organisation a user belongs to has: a branch, a contractor or an orderer. */
@InterfaceType({ description: '利用者が所属する組織（支店・請負者・発注者）' })
export abstract class Organisation {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  name!: string;
}
