import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../identity/user.entity';
import {
  CreateBranchInput,
  CreateBranchPayload,
  UpdateBranchInput,
  UpdateBranchPayload,
  UpdateGuarantorInput,
  UpdateGuarantorPayload,
} from './guarantor-admin.input';
import { Guarantor } from './guarantor.entity';

@Resolver()
export class GuarantorAdminResolver {
  @Authorized()
  @Query(() => Guarantor, { nullable: true, description: '保証事業会社（全ての保証証書に記載する。未登録なら null）' })
  guarantor(@Ctx() ctx: Context) {
    return ctx.services.guarantorAdmin.guarantor();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateGuarantorPayload, {
    description:
      '保証事業会社の商号・本店所在地・代表者を設定する（管理者のみ。未登録なら登録する）。以後に発行する証書に記載され、発行済みの証書は変わらない。' +
      'エラー: BAD_USER_INPUT（field: input.name 等）',
  })
  async updateGuarantor(@Arg('input') input: UpdateGuarantorInput, @Ctx() ctx: Context): Promise<UpdateGuarantorPayload> {
    return { guarantor: await ctx.services.guarantorAdmin.updateGuarantor(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateBranchPayload, {
    description:
      '保証事業会社の支店を登録する（管理者のみ）。エラー: BAD_USER_INPUT（field: input.officeCode — 5桁の数字, input.tel 等）、店番が使用済み CONFLICT',
  })
  async createBranch(@Arg('input') input: CreateBranchInput, @Ctx() ctx: Context): Promise<CreateBranchPayload> {
    return { branch: await ctx.services.guarantorAdmin.createBranch(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateBranchPayload, {
    description:
      '支店の名称・所在地・TEL・FAX・メールアドレスを変更する（管理者のみ。店番は保証契約番号の一部なので変えられない）。' +
      'エラー: 支店がない NOT_FOUND、BAD_USER_INPUT（field: input.officeCode — 違う店番, input.tel 等）',
  })
  async updateBranch(@Arg('input') input: UpdateBranchInput, @Ctx() ctx: Context): Promise<UpdateBranchPayload> {
    return { branch: await ctx.services.guarantorAdmin.updateBranch(input.branchId, input) };
  }
}
