import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { isCurrentSession } from './account.service';
import {
  ChangePasswordInput,
  ChangePasswordPayload,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  RevokeSessionInput,
  RevokeSessionPayload,
  SessionFilter,
} from './account.input';
import { CurrentUser, type SignedInActor } from './actor';
import { Public } from './auth-checker';
import { PASSWORD_TOKEN_TTL_MS } from './password-token.service';
import { PasswordTokenPurpose } from './password-token.entity';
import { Session } from './session.entity';
import { normaliseEmail } from './user.entity';

const SessionConnection = Connection(Session, 'Session', 'ログイン中の端末の一覧（新しい順）');

/** The signed-in user's own account: password, reset by e-mail, sessions. */
@Resolver(() => Session)
export class AccountResolver {
  @Authorized()
  @Query(() => SessionConnection, { description: 'ログイン中の利用者の有効なセッション（ログイン中の端末、新しい順）' })
  sessions(
    @Arg('filter', () => SessionFilter, { nullable: true }) filter: SessionFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.sessions(filter, page, ctx.session.token);
  }

  @FieldResolver(() => Boolean, { description: 'このリクエストのセッション（この端末）か' })
  current(@Root() session: Session, @Ctx() ctx: Context): boolean {
    return isCurrentSession(session, ctx.session.token);
  }

  @Authorized()
  @Mutation(() => ChangePasswordPayload, {
    description:
      '現在のパスワードを確認してパスワードを変更する。この端末以外のセッションは終了し、未使用のワンタイムリンクは無効になる。' +
      'エラー: 現在のパスワードが違う BAD_USER_INPUT（field: input.currentPassword。ログインの失敗と同じく数え、続くと RATE_LIMITED）、' +
      '新しいパスワードが基準を満たさない・現在と同じ BAD_USER_INPUT（field: input.newPassword）',
  })
  async changePassword(
    @Arg('input') input: ChangePasswordInput,
    @CurrentUser() _actor: SignedInActor,
    @Ctx() ctx: Context,
  ): Promise<ChangePasswordPayload> {
    const user = await ctx.services.account.changePassword(input.currentPassword, input.newPassword, ctx.session.token);
    return { user };
  }

  @Public()
  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'パスワードを忘れた利用者に、再設定用のワンタイムリンク（1時間、一度だけ）をメールで送る。登録の有無・無効化の有無にかかわらず同じ結果を返す（どのアドレスが登録されているかは分からない）。' +
      '同じアカウントへの1分以内の再依頼ではメールを送らない。リンクは setPassword で使う。' +
      'エラー: 同じ接続元から10分間に5回（PUBLIC_REQUESTS_PER_TEN_MINUTES）を超えた RATE_LIMITED（extensions.retryAfterSeconds）',
  })
  async requestPasswordReset(@Arg('input') input: RequestPasswordResetInput, @Ctx() ctx: Context): Promise<RequestPasswordResetPayload> {
    await ctx.limits.publicRequests.spend(`requestPasswordReset:${ctx.actor.address}`);
    await ctx.services.passwordTokens.requestReset(input.email, ctx.config.publicUrl);
    return {
      passwordResetRequest: {
        email: normaliseEmail(input.email).slice(0, 254),
        linkValidMinutes: PASSWORD_TOKEN_TTL_MS[PasswordTokenPurpose.RESET] / 60_000,
      },
    };
  }

  @Authorized()
  @Mutation(() => RevokeSessionPayload, {
    description:
      '自分のセッションの一つを終了する（その端末は次のリクエストでログアウトされる）。エラー: 自分の有効なセッションでない NOT_FOUND',
  })
  async revokeSession(@Arg('input') input: RevokeSessionInput, @Ctx() ctx: Context): Promise<RevokeSessionPayload> {
    const session = await ctx.services.account.revokeSession(input.sessionId);
    if (isCurrentSession(session, ctx.session.token)) ctx.session.end();
    return { session };
  }
}
