import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ForbiddenError } from '../../common/errors';
import { ApiToken } from './api-token.entity';
import { ApiTokenService } from './api-token.service';

@ObjectType({ description: '作成したAPIトークン' })
class CreatedApiToken {
  @Field({ description: 'トークンの値（この応答でだけ返す。保存されるのはハッシュのみ）' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@Resolver()
export class ApiTokenResolver {
  @Authorized()
  @Query(() => [ApiToken], { description: '自分のAPIトークン（失効したものを含む、新しい順）' })
  apiTokens(@Ctx() { em, user }: Context) {
    return new ApiTokenService(em).list(user!);
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, {
    description:
      'APIトークンを作る（ログインしたセッションからのみ。トークンでトークンは作れない）。`Authorization: Bearer <token>` で自分として API を使える',
  })
  createApiToken(
    @Arg('name') name: string,
    @Arg('expiresAt', () => Date, { nullable: true, description: '有効期限（省略すると無期限）' }) expiresAt: Date | null,
    @Ctx() { em, user, apiToken }: Context,
  ) {
    if (apiToken) throw new ForbiddenError('APIトークンでは新しいトークンを作れません。画面からログインして作成してください。');
    return new ApiTokenService(em).create(user!, name, expiresAt);
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: '自分のAPIトークンを失効させる' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context) {
    return new ApiTokenService(em).revoke(user!, id);
  }
}
