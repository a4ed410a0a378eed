import { Arg, Args, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, pageSelection } from '../../common/pagination';
import { Role } from '../identity/user.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditEventFilter } from './audit.input';

const AuditEventConnection = Connection(AuditEvent, 'AuditEvent', '監査ログ（新しい順）');

@Resolver()
export class AuditResolver {
  @Authorized(Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => AuditEventConnection, {
    description: '監査ログ（新しい順）。管理者はすべて、支店担当者は自支店に関わるもの。1件の保証契約の監査ログは filter.objectId',
  })
  auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.audit.list(filter, page, pageSelection(info));
  }
}
