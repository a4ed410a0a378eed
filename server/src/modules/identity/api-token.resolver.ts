import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { ApiToken } from './api-token.entity';
import { ApiTokenFilter, CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenInput, RevokeApiTokenPayload } from './api-token.input';

const ApiTokenConnection = Connection(ApiToken, 'ApiToken', 'APIトークンの一覧（新しい順）');

@Resolver()
export class ApiTokenResolver {
  @Authorized()
  @Query(() => ApiTokenConnection, { description: '自分のAPIトークン（失効・期限切れを含む、新しい順）' })
  apiTokens(
    @Arg('filter', () => ApiTokenFilter, { nullable: true }) filter: ApiTokenFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.apiTokens.list(filter, page);
  }

  @Authorized()
  @Mutation(() => CreateApiTokenPayload, {
    description:
      'APIトークンを作る（ログインしたセッションからのみ。トークンでトークンは作れない: FORBIDDEN）。scope（READ_ONLY / READ_WRITE）と1年以内の有効期限は必須。有効なトークンは1人20個まで（超えると CONFLICT）。`Authorization: Bearer <token>` で自分として API を使える（トークンごとに1分あたりの回数制限、RateLimit ヘッダー）',
  })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreateApiTokenPayload> {
    return ctx.services.apiTokens.create(input);
  }

  @Authorized()
  @Mutation(() => RevokeApiTokenPayload, { description: '自分のAPIトークンを失効させる（すぐに使えなくなる）' })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeApiTokenPayload> {
    return { apiToken: await ctx.services.apiTokens.revoke(input.apiTokenId) };
  }
}
