import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Guarantee } from '../guarantees/guarantee.entity';
import { Role } from '../identity/user.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditFilter } from './audit.input';
import { AuditService } from './audit.service';

const AuditEventConnection = Connection(AuditEvent, 'AuditEvent', '監査ログ（新しい順）');

@Resolver()
export class AuditResolver {
  @Authorized(Role.BRANCH_STAFF, Role.ADMIN)
  @Query(() => AuditEventConnection, { description: '監査ログ（新しい順）。管理者はすべて、支店担当者は自支店に関わるもの' })
  auditEvents(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return new AuditService(ctx.em, ctx.user!).list(filter, page);
  }
}

@Resolver(() => Guarantee)
export class GuaranteeAuditResolver {
  @Authorized(Role.BRANCH_STAFF, Role.ADMIN)
  @FieldResolver(() => [AuditEvent], { description: 'この保証契約の監査ログ（新しい順、最大100件。支店担当者と管理者のみ）' })
  auditEvents(@Root() guarantee: Guarantee, @Ctx() ctx: Context) {
    return new AuditService(ctx.em, ctx.user!).forObject(guarantee.id);
  }
}
