import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm';
import { OutboxMessage } from './outbox-message.entity';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Queues an e-mail inside the caller's transaction: it is sent only if that commits. */
export function enqueueMail(tx: EntityManager, mail: Mail): OutboxMessage {
  return tx.create(OutboxMessage, { ...mail, messageId: `<${randomUUID()}@esurety.jp>` });
}
