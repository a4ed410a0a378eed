import { Arg, Args, Authorized, Ctx, Extensions, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requestedFields } from '../../common/requested-fields';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Guarantee } from '../guarantees/guarantee.entity';
import { GuaranteeService } from '../guarantees/guarantee.service';
import { Public } from '../identity/auth-checker';
import { Role } from '../identity/user.entity';
import { VerificationResult } from './verification-result';
import { VerificationService } from './verification.service';

const LedgerConnection = Connection(Guarantee, 'OrdererLedger', '発注者の台帳: 保証確認サービスで確認した、自組織あての保証契約');

@Resolver()
export class VerificationResolver {
  /**
   * Each call is one attempt, charged here, in the resolver: aliases and batches in one request
   * are counted one by one.
   */
  @Public()
  @Extensions({ audit: 'service' })
  @Mutation(() => VerificationResult, {
    // Nullable, so that one refused alias does not stop the others: each is an attempt, charged.
    nullable: true,
    description:
      '保証確認: 保証契約番号と認証キーで保証証書を表示する。試行はすべて記録される。番号が無い場合も認証キーが違う場合も同じ NOT_FOUND（extensions.remainingAttempts）。10回続けて失敗した番号は15分、1日に100回失敗した接続元は翌日まで RATE_LIMITED（extensions.retryAfterSeconds）',
  })
  verifyGuarantee(@Arg('contractNumber') contractNumber: string, @Arg('authKey') authKey: string, @Ctx() ctx: Context) {
    return new VerificationService(ctx.em, ctx.keyring, ctx.limits.verification).verify(contractNumber, authKey, ctx);
  }

  @Authorized(Role.ORDERER)
  @Query(() => LedgerConnection, { description: '発注者の台帳（新しい順）: 確認済みの自組織あての保証契約と状態' })
  ordererLedger(@Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new GuaranteeService(ctx.em, ctx.user!, ctx.keyring, ctx.config).list(null, page, requestedFields(info, ['edges', 'node']));
  }
}
