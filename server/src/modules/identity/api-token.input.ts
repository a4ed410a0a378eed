import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiToken, ApiTokenScope } from './api-token.entity';

@InputType({ description: 'APIトークンの作成の入力' })
export class CreateApiTokenInput {
  @Field({ description: '名前（用途、100文字以内）' })
  name!: string;

  @Field(() => ApiTokenScope, { description: '権限: READ_ONLY（query だけ）か READ_WRITE' })
  scope!: ApiTokenScope;

  @Field(() => Date, { description: '有効期限（必須、現在より後で1年後まで）' })
  expiresAt!: Date;
}

@ObjectType({ description: 'APIトークンの作成の結果' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { description: '作成したAPIトークン' })
  apiToken!: ApiToken;

  @Field({ description: 'トークンの値（この応答でだけ返す。保存されるのはハッシュのみ）' })
  token!: string;
}

@InputType({ description: 'APIトークンの失効の入力' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: '失効させる自分のAPIトークン' })
  apiTokenId!: string;
}

@ObjectType({ description: 'APIトークンの失効の結果' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { description: '失効したAPIトークン' })
  apiToken!: ApiToken;
}

@InputType({ description: 'APIトークン一覧の絞り込み（省略した条件は絞り込まない）' })
export class ApiTokenFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: 使えるもの（失効・期限切れでない）だけ、false: 使えないものだけ' })
  active?: boolean | null;
}
