import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Role } from '../identity/user.entity';
import { Work } from './work.entity';
import { WorkFilter } from './work.input';

const WorkConnection = Connection(Work, 'Work', '請負工事の一覧');

@Resolver(() => Work)
export class WorkResolver {
  @Authorized(Role.CONTRACTOR)
  @Query(() => WorkConnection, { description: '自社の請負工事（JVの場合は代表者として申し込める工事、新しい順）' })
  works(@Arg('filter', () => WorkFilter, { nullable: true }) filter: WorkFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.works.list(filter, page);
  }
}
