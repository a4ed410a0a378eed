import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
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
}
