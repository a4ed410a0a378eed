import { Text } from '../../common/text-arguments';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Public } from './auth-checker';
import { User } from './user.entity';

@InputType({ description: 'ワンタイムリンクによるパスワードの設定' })
export class SetPasswordInput {
  @Field({ description: 'リンク（/set-password#token=…）のトークン' })
  token!: string;

  @Text('secret')
  @Field({ description: '新しいパスワード（12〜256文字。同じ文字だけ、推測されやすいもの、メールアドレスと同じものは不可）' })
  password!: string;
}

@ObjectType({ description: 'パスワードを設定した結果' })
export class SetPasswordPayload {
  @Field(() => User, { description: 'パスワードを設定した利用者（このあと通常どおりログインする）' })
  user!: User;
}

@Resolver()
export class PasswordTokenResolver {
  @Public()
  @Mutation(() => SetPasswordPayload, {
    description:
      'ワンタイムリンク（管理者の初回設定・招待・再設定）のトークンでパスワードを設定する。リンクは一度だけ使え、期限（初回設定24時間、招待7日、再設定1時間）を過ぎると使えない。' +
      '設定すると利用者の他のリンクは無効になり、全てのセッションが終了する。ログインはしない。' +
      'エラー: パスワードが基準を満たさない BAD_USER_INPUT（field: input.password）、リンクが不明・使用済み・期限切れ BAD_USER_INPUT（field: input.token、どれかは区別しない）',
  })
  async setPassword(@Arg('input') input: SetPasswordInput, @Ctx() { services }: Context): Promise<SetPasswordPayload> {
    const user = await services.passwordTokens.setPassword(input.token, input.password);
    return { user };
  }
}
