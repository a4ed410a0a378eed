import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../identity/user.entity';
import {
  CreateOrdererInput,
  CreateOrdererPayload,
  SetOrdererElectronicRuleInput,
  SetOrdererElectronicRulePayload,
  UpdateOrdererInput,
  UpdateOrdererPayload,
} from './orderer-admin.input';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Public } from '../identity/auth-checker';
import { Branch } from './branch.entity';
import { OrdererFilter } from './organisation.input';
import { Orderer } from './orderer.entity';

const OrdererConnection = Connection(Orderer, 'Orderer', '発注者の一覧（名前順）');

@Resolver()
export class OrganisationResolver {
  @Public()
  @Query(() => OrdererConnection, { description: '発注者の一覧（名前順）。filter.acceptsElectronic: true で電子保証対応の発注者' })
  orderers(
    @Arg('filter', () => OrdererFilter, { nullable: true }) filter: OrdererFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organisations.orderers(filter, page);
  }

  /**
   * A plain list, not a connection: the guarantor's branches are a small set fixed by the company
   * (a few dozen at most), which the application form offers whole.
   */
  @Authorized()
  @Query(() => [Branch], { description: '申込送信先に選べる支店の一覧（店番順。少数の固定の一覧なので全件を返す）' })
  branches(@Ctx() ctx: Context) {
    return ctx.services.organisations.branches();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SetOrdererElectronicRulePayload, {
    description:
      '発注者の電子保証の条件（対応の有無、開始日、対象となる工事の条件、請負者が読む説明）を設定する（管理者のみ）。' +
      '保証申込の保存・送信はこの条件で確かめる。送信済みの申込は変わらない（発行時には再確認しない）。' +
      'エラー: 発注者がない NOT_FOUND、対応するのに開始日・条件・説明がない BAD_USER_INPUT（field: input.electronicFrom 等）',
  })
  async setOrdererElectronicRule(
    @Arg('input') input: SetOrdererElectronicRuleInput,
    @Ctx() ctx: Context,
  ): Promise<SetOrdererElectronicRulePayload> {
    return { orderer: await ctx.services.ordererAdmin.setElectronicRule(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateOrdererPayload, {
    description:
      '発注者（例: 松本市）を登録する（管理者のみ）。電子保証の条件は setOrdererElectronicRule で設定するまで「未対応」。' +
      'エラー: BAD_USER_INPUT（field: input.name — 空・100文字超・登録済みの名前, input.certificateTitle）',
  })
  async createOrderer(@Arg('input') input: CreateOrdererInput, @Ctx() ctx: Context): Promise<CreateOrdererPayload> {
    return { orderer: await ctx.services.ordererAdmin.createOrderer(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateOrdererPayload, {
    description:
      '発注者の名前と保証証書の宛名を変更する（管理者のみ。発行済みの証書は変わらない）。' +
      'エラー: 発注者がない NOT_FOUND、BAD_USER_INPUT（field: input.name — 他の発注者の名前, input.certificateTitle）',
  })
  async updateOrderer(@Arg('input') input: UpdateOrdererInput, @Ctx() ctx: Context): Promise<UpdateOrdererPayload> {
    return { orderer: await ctx.services.ordererAdmin.updateOrderer(input.ordererId, input) };
  }
}
