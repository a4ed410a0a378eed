import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, paginate } from '../../common/pagination';
import { Role } from '../identity/user.entity';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

const OutboxConnection = Connection(OutboxMessage, 'OutboxMessage', '送信するメールの一覧');

@Resolver(() => OutboxMessage)
export class NotificationResolver {
  @Authorized(Role.ADMIN)
  @Query(() => OutboxConnection, { description: '送信するメール（アウトボックス）の一覧。SMTP未設定の環境ではここに残る' })
  outboxMessages(
    @Arg('status', () => OutboxStatus, { nullable: true }) status: OutboxStatus | null,
    @Args() page: PageArgs,
    @Ctx() { em }: Context,
  ) {
    return paginate(em, OutboxMessage, status ? { status } : {}, page);
  }
}
