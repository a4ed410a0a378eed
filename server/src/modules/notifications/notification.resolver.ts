import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Role } from '../identity/user.entity';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxMessageFilter } from './outbox.input';

const OutboxConnection = Connection(OutboxMessage, 'OutboxMessage', '送信するメールの一覧');

@Resolver(() => OutboxMessage)
export class NotificationResolver {
  @Authorized(Role.ADMIN)
  @Query(() => OutboxConnection, { description: '送信するメール（アウトボックス）の一覧（新しい順）。SMTP未設定の環境ではここに残る' })
  outboxMessages(
    @Arg('filter', () => OutboxMessageFilter, { nullable: true }) filter: OutboxMessageFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.outbox.list(filter, page);
  }
}
