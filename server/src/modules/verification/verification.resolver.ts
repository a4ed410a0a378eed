import { Arg, Args, Authorized, Ctx, Extensions, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, pageSelection } from '../../common/pagination';
import { Guarantee } from '../guarantees/guarantee.entity';
import { GuaranteeFilter } from '../guarantees/guarantee.input';
import { Public } from '../identity/auth-checker';
import { Role } from '../identity/user.entity';
import { VerifyGuaranteeInput, VerifyGuaranteePayload } from './verification.type';

const LedgerConnection = Connection(Guarantee, 'OrdererLedger', '発注者の台帳: 保証確認サービスで確認した、自組織あての保証契約');

@Resolver()
export class VerificationResolver {
  /**
   * Each call is one attempt, charged here, in the resolver: aliases in one request are counted
   * one by one. The payload is nullable (the one exception to `XxxPayload!`): a refused attempt
   * answers null for its own alias only, so every alias is run, charged and recorded.
   */
  @Public()
  @Extensions({ audit: 'service' })
  @Mutation(() => VerifyGuaranteePayload, {
    nullable: true,
    description:
      '保証確認: 保証契約番号と認証キーで保証証書を表示する。試行はすべて記録される。番号が無い場合も認証キーが違う場合も同じ NOT_FOUND（extensions.remainingAttempts）。10回続けて失敗した番号は15分、1日に100回失敗した接続元は翌日まで RATE_LIMITED（extensions.retryAfterSeconds）。失敗した試行の結果は null（別名で並べた他の試行は続けて行われ、それぞれ数えられる）',
  })
  async verifyGuarantee(
    @Arg('input', () => VerifyGuaranteeInput) input: VerifyGuaranteeInput,
    @Ctx() ctx: Context,
  ): Promise<VerifyGuaranteePayload> {
    return { verification: await ctx.services.verification.verify(input.contractNumber, input.authKey) };
  }

  @Authorized(Role.ORDERER)
  @Query(() => LedgerConnection, {
    description: '発注者の台帳（新しい順）: 確認済みの自組織あての保証契約と状態。filter は guarantees と同じ',
  })
  ordererLedger(
    @Arg('filter', () => GuaranteeFilter, { nullable: true }) filter: GuaranteeFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.guarantees.list(filter, page, pageSelection(info));
  }
}
