import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { Role } from '../identity/user.entity';
import { FeeRate } from './fee-rate.entity';
import { FeeStatement } from './fee-statement.entity';
import {
  FeeRateFilter,
  FeeStatementFilter,
  MarkFeeStatementMailedInput,
  MarkFeeStatementMailedPayload,
  SetFeeRatesInput,
  SetFeeRatesPayload,
} from './fee.input';

const FeeStatementConnection = Connection(FeeStatement, 'FeeStatement', '保証料計算書の一覧');
const FeeRateConnection = Connection(FeeRate, 'FeeRate', '保証料率表の一覧');

@Resolver(() => FeeStatement)
export class FeeResolver {
  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => FeeStatementConnection, {
    description: '保証料計算書一覧（新しい順）。請負者は自社の、支店担当者は自支店の計算書。発注者は使えない（FORBIDDEN）',
  })
  feeStatements(
    @Arg('filter', () => FeeStatementFilter, { nullable: true }) filter: FeeStatementFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fees.list(filter, page);
  }

  @Authorized(Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => FeeStatement, { description: '保証料計算書（見られないものは NOT_FOUND）' })
  feeStatement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.fees.get(id);
  }

  @Authorized(Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => FeeRateConnection, { description: '保証料率表の一覧（新しく設定した順）。料率は例示のデモ値（docs/fees.md）' })
  feeRates(
    @Arg('filter', () => FeeRateFilter, { nullable: true }) filter: FeeRateFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fees.rates(filter, page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SetFeeRatesPayload, {
    description:
      '保証料率表を設定する（保証種類ごと、適用開始日は今日以降）。同じ種類・日付の表は置き換え、既に計算に使われていれば CONFLICT。区分や料率の誤りは BAD_USER_INPUT（field: input.bands.N.upTo など）',
  })
  async setFeeRates(@Arg('input', () => SetFeeRatesInput) input: SetFeeRatesInput, @Ctx() ctx: Context): Promise<SetFeeRatesPayload> {
    return { feeRate: await ctx.services.fees.setRates(input) };
  }

  @Authorized(Role.BRANCH_STAFF)
  @Mutation(() => MarkFeeStatementMailedPayload, {
    description: '自支店の保証料計算書の紙を郵送したことを記録する。紙を希望されていなければ BAD_USER_INPUT、記録済みなら CONFLICT',
  })
  async markFeeStatementMailed(
    @Arg('input', () => MarkFeeStatementMailedInput) input: MarkFeeStatementMailedInput,
    @Ctx() ctx: Context,
  ): Promise<MarkFeeStatementMailedPayload> {
    return { feeStatement: await ctx.services.fees.markMailed(input.feeStatementId) };
  }

  @FieldResolver(() => String, { description: '保証料計算書 PDF のURL（ログインして取得。見られる人は一覧と同じ）' })
  pdfUrl(@Root() statement: FeeStatement) {
    return `/documents/fee-statements/${statement.id}/fee-statement.pdf`;
  }

  @FieldResolver(() => ID, { description: '保証契約の id' })
  guaranteeId(@Root() statement: FeeStatement) {
    return statement.guarantee.id;
  }
}
