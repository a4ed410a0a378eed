import { OptimisticLockError } from '@mikro-orm/core';
import { todayInJapan } from '@esurety/schema';
import { ConflictError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { recordAudit } from '../audit/audit';
import { actorOf } from '../identity/actor';
import { WebhookEvent } from '../webhooks/webhook-event';
import { enqueueBidBondEvent } from '../webhooks/webhook-events';
import { BidBond, BidBondStatus } from './bid-bond.entity';

/** The audit trail's actor for what the server does by itself, on its schedule. */
const SCHEDULER = actorOf(null, null, 'scheduler');

/**
 * 失効: every open reservation (申込中 or 予約済み) whose bid date is before today in Japan
 * (`now` is the clock, a parameter for tests) lapses, each with its webhook event and an audit
 * event `lapseBidBond`. The server runs it every hour; several servers may run it at once, as a
 * reservation changed by another in the meantime is left to it (optimistic lock per row).
 * Returns the number of reservations that lapsed.
 */
export async function lapseOverdueBidBonds(em: EntityManager, now = new Date()): Promise<number> {
  const today = todayInJapan(now);
  const overdue = await em
    .fork()
    .find(BidBond, { status: { $in: [BidBondStatus.APPLIED, BidBondStatus.ISSUED] }, bidDate: { $lt: today } }, { fields: ['id'] });
  const lapsed: BidBond[] = [];
  for (const { id } of overdue) {
    const bidBond = await em
      .fork()
      .transactional(async (tx) => {
        const current = await tx.findOne(BidBond, { id }, { populate: ['contractor', 'orderer', 'destinationBranch'] });
        if (!current?.isOpen() || !current.isPastBidDate(today)) return null;
        current.lapse(today, now);
        await enqueueBidBondEvent(tx, WebhookEvent.BID_BOND_LAPSED, current);
        return current;
      })
      .catch((error: unknown) => {
        // Changed meanwhile (withdrawn, converted, lapsed by another server): not this run's to lapse.
        if (error instanceof OptimisticLockError || error instanceof ConflictError) return null;
        throw error;
      });
    if (bidBond) lapsed.push(bidBond);
  }
  await recordAudit(
    em,
    SCHEDULER,
    lapsed.map((b) => ({
      action: 'lapseBidBond',
      outcome: 'SUCCESS',
      objectType: 'BidBond',
      objectId: b.id,
      branchId: b.destinationBranch.id,
    })),
  );
  return lapsed.length;
}
