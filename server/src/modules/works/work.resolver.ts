import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Role } from '../identity/user.entity';
import { Work } from './work.entity';
import { WorkService } from './work.service';

const WorkConnection = Connection(Work, 'Work', '請負工事の一覧');

@Resolver(() => Work)
export class WorkResolver {
  @Authorized(Role.CONTRACTOR)
  @Query(() => WorkConnection, { description: '自社の請負工事（JVの場合は代表者として申し込める工事）' })
  works(@Args() page: PageArgs, @Ctx() { em, user }: Context) {
    return new WorkService(em, user!).list(page);
  }
}
