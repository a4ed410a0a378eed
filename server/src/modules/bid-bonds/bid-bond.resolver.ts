import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { Role } from '../identity/user.entity';
import { BidBond } from './bid-bond.entity';
import {
  ApplyBidBondInput,
  ApplyBidBondPayload,
  BidBondFilter,
  ConvertBidBondInput,
  ConvertBidBondPayload,
  IssueBidBondInput,
  IssueBidBondPayload,
  WithdrawBidBondInput,
  WithdrawBidBondPayload,
} from './bid-bond.input';

const BidBondConnection = Connection(BidBond, 'BidBond', '契約保証予約（入札ボンド）の一覧');

@Resolver(() => BidBond)
export class BidBondResolver {
  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => BidBondConnection, {
    description: '契約保証予約（入札ボンド）の一覧（新しい順）。請負者は自社の予約、支店担当者は自支店に送信された予約',
  })
  bidBonds(
    @Arg('filter', () => BidBondFilter, { nullable: true }) filter: BidBondFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.bidBonds.list(filter, page);
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => ApplyBidBondPayload, {
    description:
      '入札前に契約保証予約（入札ボンド）を申し込む。入札日が過去、金額が1円以上の整数でない等は BAD_USER_INPUT（extensions.field に項目）',
  })
  async applyBidBond(@Arg('input', () => ApplyBidBondInput) input: ApplyBidBondInput, @Ctx() ctx: Context): Promise<ApplyBidBondPayload> {
    return { bidBond: await ctx.services.bidBonds.apply(input) };
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => IssueBidBondPayload, { description: '自支店に送信された申込中の予約に予約番号を付けて発行する（申込中以外は CONFLICT）' })
  async issueBidBond(@Arg('input', () => IssueBidBondInput) input: IssueBidBondInput, @Ctx() ctx: Context): Promise<IssueBidBondPayload> {
    return { bidBond: await ctx.services.bidBonds.issue(input.bidBondId) };
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => ConvertBidBondPayload, {
    description:
      '落札した予約を契約保証の申込（下書き）へ移行する。発注者・工事名・契約予定金額（請負金額）・申込送信先を引き継ぐ。予約済みで入札日までの予約に限る（それ以外は CONFLICT）',
  })
  async convertBidBond(
    @Arg('input', () => ConvertBidBondInput) input: ConvertBidBondInput,
    @Ctx() ctx: Context,
  ): Promise<ConvertBidBondPayload> {
    return ctx.services.bidBonds.convert(input.bidBondId);
  }

  @Authorized(Role.CONTRACTOR)
  @Mutation(() => WithdrawBidBondPayload, {
    description: '予約を取り下げる（失注したときなど。申込中又は予約済みに限る。それ以外は CONFLICT）',
  })
  async withdrawBidBond(
    @Arg('input', () => WithdrawBidBondInput) input: WithdrawBidBondInput,
    @Ctx() ctx: Context,
  ): Promise<WithdrawBidBondPayload> {
    return { bidBond: await ctx.services.bidBonds.withdraw(input.bidBondId) };
  }

  @FieldResolver(() => GuaranteeApplication, {
    nullable: true,
    description: '移行した契約保証の申込（移行したとき）。支店担当者には、その申込が自支店に送信されるまで null',
  })
  application(@Root() bidBond: BidBond, @Ctx() ctx: Context) {
    return ctx.services.bidBonds.visibleApplication(bidBond);
  }
}
