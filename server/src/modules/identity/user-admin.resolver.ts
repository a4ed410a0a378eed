import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  ChangeUserRoleInput,
  ChangeUserRolePayload,
  DisableUserInput,
  DisableUserPayload,
  EnableUserInput,
  EnableUserPayload,
  InviteUserInput,
  InviteUserPayload,
} from './user-admin.input';
import { Role } from './user.entity';

/** The administrator's management of the users of every organisation. */
@Resolver()
export class UserAdminResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => InviteUserPayload, {
    description:
      '利用者を招待する（管理者のみ）。パスワード未設定の利用者を作り、パスワード設定用のワンタイムリンク（7日、一度だけ）をメールで送る。' +
      'パスワード未設定の招待済みの利用者を再度招待すると新しいリンクを送る（以前のリンクは無効）。' +
      'エラー: BAD_USER_INPUT（field: input.email, input.name, input.organisationId — 役割に合わない・見つからない組織）、既に登録済みのアドレス CONFLICT',
  })
  async inviteUser(@Arg('input') input: InviteUserInput, @Ctx() ctx: Context): Promise<InviteUserPayload> {
    return { user: await ctx.services.userAdmin.invite(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ChangeUserRolePayload, {
    description:
      '利用者の役割と所属組織を変更する（管理者のみ）。利用者の全てのセッションとAPIトークンは終了する。' +
      'エラー: 利用者がいない NOT_FOUND、自分自身 BAD_USER_INPUT（field: input.userId）、役割に合わない組織 BAD_USER_INPUT（field: input.organisationId）',
  })
  async changeUserRole(@Arg('input') input: ChangeUserRoleInput, @Ctx() ctx: Context): Promise<ChangeUserRolePayload> {
    return { user: await ctx.services.userAdmin.changeRole(input.userId, input.role, input.organisationId) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DisableUserPayload, {
    description:
      '利用者を無効にする（管理者のみ）。ログインできなくなり、セッションは次のリクエストで終了し、APIトークンは失効し、未使用のワンタイムリンクは無効になる。' +
      '無効な利用者に対しては何も変えない。エラー: 利用者がいない NOT_FOUND、自分自身 BAD_USER_INPUT（field: input.userId）',
  })
  async disableUser(@Arg('input') input: DisableUserInput, @Ctx() ctx: Context): Promise<DisableUserPayload> {
    return { user: await ctx.services.userAdmin.disable(input.userId) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => EnableUserPayload, {
    description: '無効にした利用者を再び有効にする（管理者のみ。失効したAPIトークンは戻らない）。エラー: 利用者がいない NOT_FOUND',
  })
  async enableUser(@Arg('input') input: EnableUserInput, @Ctx() ctx: Context): Promise<EnableUserPayload> {
    return { user: await ctx.services.userAdmin.enable(input.userId) };
  }
}
