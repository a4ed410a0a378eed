import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Public } from './auth-checker';
import { Organisation } from '../organisations/organisation.type';
import { IdentityService } from './identity.service';
import { SESSION_COOKIE } from './session-token';
import { Role, User } from './user.entity';
import { clientAddress } from '../../common/client-address';

@Resolver(() => User)
export class IdentityResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'ログイン中の利用者（未ログインなら null）' })
  me(@Ctx() { user }: Context): User | null {
    return user;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: '全ての利用者（管理者のみ）' })
  users(@Ctx() { em, config }: Context): Promise<User[]> {
    return new IdentityService(em, config.sessionTtlMs).listUsers();
  }

  @Public()
  @Mutation(() => User, { description: 'メールアドレスとパスワードでログインし、セッションを開始する' })
  async login(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() { em, req, res, config, limits }: Context,
  ): Promise<User> {
    const service = new IdentityService(em, config.sessionTtlMs);
    const { user, token, expiresAt } = await service.login(email, password, limits.login, clientAddress(req));
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
    return user;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'ログアウトし、セッションを終了する' })
  async logout(@Ctx() { em, res, sessionToken, config }: Context): Promise<boolean> {
    if (sessionToken) await new IdentityService(em, config.sessionTtlMs).logout(sessionToken);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '所属する組織（管理者は null）' })
  organisation(@Root() user: User): Organisation | null {
    return user.organisation;
  }
}
