import type { EntityManager } from '../../db/orm';
import type { QueueBacklog } from '../../common/metrics';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

/** The outbox's backlog (the metrics, `esurety outbox list`): e-mails waiting, failed, and the oldest waiting. */
export async function outboxBacklog(em: EntityManager): Promise<QueueBacklog> {
  const [pending, failed, oldest] = await Promise.all([
    em.count(OutboxMessage, { status: OutboxStatus.PENDING }),
    em.count(OutboxMessage, { status: OutboxStatus.FAILED }),
    em.findOne(OutboxMessage, { status: OutboxStatus.PENDING }, { orderBy: { createdAt: 'asc' }, fields: ['createdAt'] }),
  ]);
  return { pending, failed, oldestPendingAt: oldest?.createdAt ?? null };
}
