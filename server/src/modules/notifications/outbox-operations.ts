import type { EntityManager } from '../../db/orm';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

/** The newest messages first, of one status if given (`esurety outbox list`). */
export function listOutbox(em: EntityManager, { status, limit = 50 }: { status?: OutboxStatus; limit?: number } = {}) {
  return em.find(OutboxMessage, status ? { status } : {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
}

/**
 * Sends messages again (`esurety outbox retry`): the given ones, or every FAILED one. Each goes
 * back to PENDING with a fresh count of attempts, due now; a SENT message is left alone.
 * Returns how many were queued again.
 */
export async function retryOutbox(em: EntityManager, which: { ids: string[] } | 'FAILED', now = new Date()): Promise<number> {
  const where = which === 'FAILED' ? { status: OutboxStatus.FAILED } : { id: { $in: which.ids }, status: { $ne: OutboxStatus.SENT } };
  return em.nativeUpdate(OutboxMessage, where, { status: OutboxStatus.PENDING, attempts: 0, nextAttemptAt: now });
}
