import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm';
import type { GuaranteeApplication } from '../applications/guarantee-application.entity';
import type { BidBond } from '../bid-bonds/bid-bond.entity';
import type { Guarantee } from '../guarantees/guarantee.entity';
import type { FeeStatement } from '../fees/fee-statement.entity';
import { OrdererView } from '../verification/orderer-view.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEvent } from './webhook-event';

/**
 * The version of the payload's shape (`apiVersion` in every payload): a date, changed only when a
 * field is removed or changes meaning; fields may be added without a new version.
 */
export const WEBHOOK_API_VERSION = '2026-11-30';

/** A payload: the event's id (one per event, the same for every endpoint), its name and data. */
export function webhookPayload(eventId: string, event: WebhookEvent, data: Record<string, unknown>, occurredAt = new Date()) {
  return { id: eventId, event, apiVersion: WEBHOOK_API_VERSION, occurredAt: occurredAt.toISOString(), data };
}

/**
 * Queues `event` for every active endpoint of the organisations concerned that subscribed to it,
 * inside the caller's transaction: deliveries exist only if the change commits. Every delivery
 * of one event carries the same event id; a paused or deleted endpoint gets nothing.
 */
async function enqueue(tx: EntityManager, event: WebhookEvent, organisationIds: string[], data: Record<string, unknown>) {
  const endpoints = await tx.find(WebhookEndpoint, { organisationId: { $in: organisationIds }, pausedAt: null, deletedAt: null });
  const eventId = randomUUID();
  const payload = webhookPayload(eventId, event, data);
  for (const endpoint of endpoints.filter((e) => e.events.includes(event))) {
    tx.create(WebhookDelivery, { endpoint, eventId, event, payload });
  }
}

/**
 * A guarantee's event, with its terms after the change, goes to its contractor and its branch,
 * and to its orderer once the orderer has verified it (before that, the guarantee is not the
 * orderer's to know about).
 */
export async function enqueueGuaranteeEvent(tx: EntityManager, event: WebhookEvent, guarantee: Guarantee) {
  // Write the change first (still inside the transaction): the payload carries the version after
  // it, the one the receiver must send as expectedVersion, which the flush increments.
  await tx.flush();
  const organisations = [guarantee.contractor.id, guarantee.branch.id];
  if (await tx.count(OrdererView, { guarantee })) organisations.push(guarantee.orderer.id);
  await enqueue(tx, event, organisations, {
    guarantee: {
      id: guarantee.id,
      contractNumber: guarantee.contractNumber,
      kind: guarantee.kind,
      certificateFormat: guarantee.certificateFormat,
      status: guarantee.status,
      amount: guarantee.amount,
      deadline: guarantee.deadline,
      workName: guarantee.workName,
      applicationId: guarantee.application.id,
      contractorId: guarantee.contractor.id,
      contractorName: guarantee.contractor.name,
      ordererId: guarantee.orderer.id,
      ordererName: guarantee.orderer.name,
      branchId: guarantee.branch.id,
      branchName: guarantee.branch.name,
      version: guarantee.version,
    },
  });
}

/** An application's event goes to its contractor and the branch it was sent to. */
export async function enqueueApplicationEvent(tx: EntityManager, event: WebhookEvent, application: GuaranteeApplication) {
  await tx.populate(application, ['contractor', 'destinationBranch', 'orderer']);
  const branch = application.destinationBranch;
  const orderer = application.orderer;
  await enqueue(tx, event, [application.contractor.id, ...(branch ? [branch.id] : [])], {
    application: {
      id: application.id,
      status: application.status,
      contractorId: application.contractor.id,
      contractorName: application.contractor.name,
      ordererId: orderer?.id ?? null,
      ordererName: orderer?.name ?? null,
      branchId: branch?.id ?? null,
      branchName: branch?.name ?? null,
    },
  });
}

/** A bid bond's event goes to its contractor and its branch (never to the orderer). */
export async function enqueueBidBondEvent(tx: EntityManager, event: WebhookEvent, bidBond: BidBond) {
  await tx.populate(bidBond, ['contractor', 'destinationBranch', 'orderer']);
  await enqueue(tx, event, [bidBond.contractor.id, bidBond.destinationBranch.id], {
    bidBond: {
      id: bidBond.id,
      bidBondNumber: bidBond.bidBondNumber ?? null,
      status: bidBond.status,
      workName: bidBond.workName,
      bidDate: bidBond.bidDate,
      expectedContractAmount: bidBond.expectedContractAmount,
      contractorName: bidBond.contractor.name,
      ordererName: bidBond.orderer.name,
      branchName: bidBond.destinationBranch.name,
      applicationId: bidBond.application?.id ?? null,
    },
  });
}
/** A fee statement's event goes to the guarantee's contractor and branch (never to the orderer). */
export async function enqueueFeeStatementEvent(tx: EntityManager, event: WebhookEvent, statement: FeeStatement) {
  await enqueue(tx, event, [statement.contractor.id, statement.branch.id], {
    feeStatement: {
      id: statement.id,
      statementNumber: statement.statementNumber,
      guaranteeId: statement.guarantee.id,
      contractNumber: statement.contractNumber,
      kind: statement.kind,
      reason: statement.reason,
      amount: statement.amount,
      periodStart: statement.periodStart,
      periodEnd: statement.periodEnd,
      fee: statement.fee,
      charge: statement.charge,
      refund: statement.refund,
      feeBillingParty: statement.feeBillingParty,
      paperWanted: statement.paperWanted,
      mailedAt: statement.mailedAt?.toISOString() ?? null,
    },
  });
}
