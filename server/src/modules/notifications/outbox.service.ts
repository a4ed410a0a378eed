import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import { OutboxMessage } from './outbox-message.entity';
import type { OutboxMessageFilter } from './outbox.input';

/** Reading the outbox (administrators: without SMTP the mails wait there). */
export class OutboxService {
  constructor(private readonly em: EntityManager) {}

  list(filter: OutboxMessageFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<OutboxMessage>[] = [];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.to?.trim()) conditions.push({ to: { $like: `%${filter.to.trim().toLowerCase()}%` } });
    return paginate(this.em, OutboxMessage, conditions.length ? { $and: conditions } : {}, page);
  }
}
