import type { EntityManager } from '../../db/orm';
import type { QueueBacklog } from '../../common/metrics';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';

/** The webhook deliveries' backlog (the metrics): waiting, failed, and the oldest waiting. */
export async function webhookBacklog(em: EntityManager): Promise<QueueBacklog> {
  const [pending, failed, oldest] = await Promise.all([
    em.count(WebhookDelivery, { status: WebhookDeliveryStatus.PENDING }),
    em.count(WebhookDelivery, { status: WebhookDeliveryStatus.FAILED }),
    em.findOne(WebhookDelivery, { status: WebhookDeliveryStatus.PENDING }, { orderBy: { createdAt: 'asc' }, fields: ['createdAt'] }),
  ]);
  return { pending, failed, oldestPendingAt: oldest?.createdAt ?? null };
}
