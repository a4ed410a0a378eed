import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Organisation } from '../organisations/organisation.type';
import { CurrentUser, type SignedInActor } from './actor';
import { Public } from './auth-checker';
import { LoginInput, LoginPayload, LogoutInput, LogoutPayload, UserFilter } from './identity.input';
import { Role, User } from './user.entity';

const UserConnection = Connection(User, 'User', '利用者の一覧（メールアドレス順）');

@Resolver(() => User)
export class IdentityResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'ログイン中の利用者（未ログインなら null）' })
  me(@Ctx() { actor }: Context): User | null {
    return actor.user;
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: '全ての利用者（管理者のみ、メールアドレス順）' })
  users(@Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.identity.listUsers(filter, page);
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      'メールアドレスとパスワードでログインし、セッションを開始する（Cookie esurety_session）。10回続けて失敗したメールアドレスは15分、1日に100回失敗した接続元は翌日まで RATE_LIMITED',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const { user, token, expiresAt } = await ctx.services.identity.login(input.email, input.password, ctx.actor);
    ctx.session.start(token, expiresAt);
    return { user };
  }

  @Authorized()
  @Mutation(() => LogoutPayload, {
    description: 'ログアウトし、このセッション（allSessions: true ならこの利用者のすべてのセッション）を終了する',
  })
  async logout(
    @Arg('input', () => LogoutInput) input: LogoutInput,
    @CurrentUser() actor: SignedInActor,
    @Ctx() ctx: Context,
  ): Promise<LogoutPayload> {
    const endedSessionCount = await ctx.services.identity.logout(actor, ctx.session.token, input);
    ctx.session.end();
    return { user: actor.user, endedSessionCount };
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '所属する組織（管理者は null）' })
  organisation(@Root() user: User): Organisation | null {
    return user.organisation;
  }
}
