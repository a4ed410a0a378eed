import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm';
import type { GuaranteeApplication } from '../applications/guarantee-application.entity';
import type { Guarantee } from '../guarantees/guarantee.entity';
import type { FeeStatement } from '../fees/fee-statement.entity';
import { OrdererView } from '../verification/orderer-view.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEvent } from './webhook-event';

/**
 * Queues `event` for every endpoint of the organisations concerned that subscribed to it, inside
 * the caller's transaction: deliveries exist only if the change commits.
 */
async function enqueue(tx: EntityManager, event: WebhookEvent, organisationIds: string[], data: Record<string, unknown>) {
  const endpoints = await tx.find(WebhookEndpoint, { organisationId: { $in: organisationIds } });
  const occurredAt = new Date().toISOString();
  for (const endpoint of endpoints.filter((e) => e.events.includes(event))) {
    const id = randomUUID();
    tx.create(WebhookDelivery, { id, endpoint, event, payload: { id, event, occurredAt, data } });
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
      contractorName: guarantee.contractor.name,
      ordererName: guarantee.orderer.name,
      branchName: guarantee.branch.name,
      version: guarantee.version,
    },
  });
}

/** An application's event goes to its contractor and the branch it was sent to. */
export async function enqueueApplicationEvent(tx: EntityManager, event: WebhookEvent, application: GuaranteeApplication) {
  await tx.populate(application, ['contractor', 'destinationBranch']);
  const branch = application.destinationBranch;
  await enqueue(tx, event, [application.contractor.id, ...(branch ? [branch.id] : [])], {
    application: {
      id: application.id,
      status: application.status,
      contractorName: application.contractor.name,
      branchName: branch?.name ?? null,
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
