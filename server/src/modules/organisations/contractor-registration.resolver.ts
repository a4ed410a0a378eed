import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Public } from '../identity/auth-checker';
import { Role } from '../identity/user.entity';
import { ContractorRegistration } from './contractor-registration.entity';
import {
  ApproveContractorRegistrationInput,
  ApproveContractorRegistrationPayload,
  ContractorFilter,
  ContractorRegistrationFilter,
  RefuseContractorRegistrationInput,
  RefuseContractorRegistrationPayload,
  RequestContractorRegistrationInput,
  RequestContractorRegistrationPayload,
} from './contractor-registration.input';
import { Contractor } from './contractor.entity';

const ContractorRegistrationConnection = Connection(ContractorRegistration, 'ContractorRegistration', '利用登録申請の一覧（新しい順）');
const ContractorConnection = Connection(Contractor, 'Contractor', '請負者の一覧（名前順）');

@Resolver()
export class ContractorRegistrationResolver {
  @Public()
  @Mutation(() => RequestContractorRegistrationPayload, {
    description:
      '請負者（建設会社）が利用登録を申請する（ログイン不要）。受付のメールを担当者に送り、管理者が承認すると担当者を招待する。' +
      'エラー: 入力の誤り BAD_USER_INPUT（field: input.name 等。法人番号の検査用数字が合わない input.corporateNumber）、' +
      '法人番号が登録済みの請負者又は審査中の申請のもの CONFLICT、同じ接続元から10分間に5回（PUBLIC_REQUESTS_PER_TEN_MINUTES）を超えた RATE_LIMITED（extensions.retryAfterSeconds）',
  })
  async requestContractorRegistration(
    @Arg('input') input: RequestContractorRegistrationInput,
    @Ctx() ctx: Context,
  ): Promise<RequestContractorRegistrationPayload> {
    await ctx.limits.publicRequests.spend(`requestContractorRegistration:${ctx.actor.address}`);
    return { contractorRegistration: await ctx.services.contractorRegistrations.request(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApproveContractorRegistrationPayload, {
    description:
      '利用登録申請を承認する（管理者のみ）。請負者を登録し、担当者を請負者の利用者として招待する（パスワード設定用のリンクをメールで送る）。' +
      'エラー: 申請がない NOT_FOUND、承認・不承認済み又は法人番号・メールアドレスが登録済み CONFLICT',
  })
  async approveContractorRegistration(
    @Arg('input') input: ApproveContractorRegistrationInput,
    @Ctx() ctx: Context,
  ): Promise<ApproveContractorRegistrationPayload> {
    const { registration, contractor } = await ctx.services.contractorRegistrations.approve(input.contractorRegistrationId);
    return { contractorRegistration: registration, contractor };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RefuseContractorRegistrationPayload, {
    description:
      '利用登録申請を不承認にする（管理者のみ）。理由を担当者にメールで伝える。' +
      'エラー: 申請がない NOT_FOUND、理由がない BAD_USER_INPUT（field: input.reason）、承認・不承認済み CONFLICT',
  })
  async refuseContractorRegistration(
    @Arg('input') input: RefuseContractorRegistrationInput,
    @Ctx() ctx: Context,
  ): Promise<RefuseContractorRegistrationPayload> {
    return { contractorRegistration: await ctx.services.contractorRegistrations.refuse(input.contractorRegistrationId, input.reason) };
  }

  @Authorized(Role.ADMIN)
  @Query(() => ContractorRegistrationConnection, { description: '利用登録申請（管理者のみ、新しい順）' })
  contractorRegistrations(
    @Arg('filter', () => ContractorRegistrationFilter, { nullable: true }) filter: ContractorRegistrationFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contractorRegistrations.list(filter, page);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ContractorConnection, { description: '登録済みの請負者（管理者のみ、名前順）' })
  contractors(
    @Arg('filter', () => ContractorFilter, { nullable: true }) filter: ContractorFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contractorRegistrations.contractors(filter, page);
  }
}
