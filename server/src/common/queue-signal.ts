import { EventEmitter } from 'node:events';
import type { EventArgs, EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import type { Orm } from '../db/orm';

/**
 * The queues whose rows a worker delivers: the table a commit inserts into, and the PostgreSQL
 * channel its insert trigger notifies (PostgreSQL migration Migration20261130040000).
 */
export const QUEUES = {
  webhooks: { entity: 'WebhookDelivery', channel: 'esurety_webhook_delivery' },
  mail: { entity: 'OutboxMessage', channel: 'esurety_outbox_message' },
} as const;
export type QueueName = keyof typeof QUEUES;

const queueOf = new Map<string, QueueName>(Object.entries(QUEUES).map(([name, q]) => [q.entity, name as QueueName]));

/**
 * The in-process signal (SQLite, one server process): a commit that inserted into a queue tells
 * that queue's worker, after the commit, so that it delivers at once instead of at its next poll.
 * SQLite runs one transaction at a time on the app's connection, so what was inserted since the
 * last commit is what this commit made visible.
 */
export class QueueCommitSubscriber implements EventSubscriber {
  readonly signals = new EventEmitter();
  private readonly inserted = new Set<QueueName>();

  getSubscribedEntities(): string[] {
    return Object.values(QUEUES).map((q) => q.entity);
  }

  afterCreate(args: EventArgs<object>): void {
    const queue = queueOf.get(args.entity.constructor.name);
    if (queue) this.inserted.add(queue);
  }

  afterFlush(args: FlushEventArgs): void {
    if (!args.em.isInTransaction()) this.emitInserted();
  }

  afterTransactionCommit(_args: TransactionEventArgs): void {
    this.emitInserted();
  }

  afterTransactionRollback(_args: TransactionEventArgs): void {
    this.inserted.clear();
  }

  private emitInserted() {
    for (const queue of this.inserted) this.signals.emit(queue);
    this.inserted.clear();
  }
}

/**
 * Calls `listener` soon after a commit that queued something on `queue`: on PostgreSQL whichever
 * server process committed it (LISTEN on a connection of its own, NOTIFY by the insert trigger on
 * commit), on SQLite in this process (QueueCommitSubscriber). Returns the function that stops
 * listening. A lost connection is re-established; the workers' polls cover the gap.
 */
export async function onQueueCommit(orm: Orm, queue: QueueName, listener: () => void): Promise<() => Promise<void>> {
  // ormOptions gives SQLite the subscriber; PostgreSQL has the triggers.
  const subscriber = [...(orm.config.get('subscribers') ?? [])].find((s): s is QueueCommitSubscriber => s instanceof QueueCommitSubscriber);
  if (!subscriber) return listenOnPostgres(orm, QUEUES[queue].channel, listener);
  subscriber.signals.on(queue, listener);
  return async () => void subscriber.signals.off(queue, listener);
}

interface PgClient {
  query(sql: string): Promise<unknown>;
  on(event: string, listener: (message: { channel: string }) => void): void;
  off(event: string, listener: (message: { channel: string }) => void): void;
}

async function listenOnPostgres(orm: Orm, channel: string, listener: () => void): Promise<() => Promise<void>> {
  // A connection of the ORM's pool, kept for LISTEN (a pooled connection would lose it).
  const knexClient = orm.em.getConnection().getKnex().client as {
    acquireConnection(): Promise<PgClient>;
    releaseConnection(connection: PgClient): Promise<void>;
  };
  let connection: PgClient | null = null;
  let stopped = false;
  let detach = () => {};
  const connect = async (): Promise<void> => {
    if (stopped) return;
    try {
      const acquired = await knexClient.acquireConnection();
      const notified = (message: { channel: string }) => {
        if (message.channel === channel) listener();
      };
      const reconnect = () => {
        if (connection !== acquired) return;
        connection = null;
        detach();
        setTimeout(() => void connect(), 1000).unref();
      };
      detach = () => {
        acquired.off('notification', notified);
        acquired.off('error', reconnect);
        acquired.off('end', reconnect);
      };
      acquired.on('notification', notified);
      acquired.on('error', reconnect);
      acquired.on('end', reconnect);
      await acquired.query(`listen ${channel}`);
      connection = acquired;
      listener(); // whatever was queued while not listening
    } catch {
      setTimeout(() => void connect(), 1000).unref();
    }
  };
  await connect();
  return async () => {
    stopped = true;
    const held = connection;
    connection = null;
    if (!held) return;
    detach();
    await held.query(`unlisten ${channel}`).catch(() => {});
    await knexClient.releaseConnection(held).catch(() => {});
  };
}
