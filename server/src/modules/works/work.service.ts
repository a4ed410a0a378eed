import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/pagination';
import { containsAsRead } from '../../common/text-search';
import type { EntityManager } from '../../db/orm';
import type { SignedInActor } from '../identity/actor';
import { Role } from '../identity/user.entity';
import { Work } from './work.entity';
import type { WorkFilter } from './work.input';

export class WorkService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: SignedInActor,
  ) {}

  /** The contractor's own works (for a JV, those it represents), newest first. */
  list(filter: WorkFilter | null | undefined, page: PageArgs) {
    const contractor = this.actor.role === Role.CONTRACTOR ? this.actor.user.contractor : null;
    const conditions: FilterQuery<Work>[] = [{ contractor: contractor?.id ?? null }];
    if (filter?.ordererId) conditions.push({ orderer: filter.ordererId });
    if (filter?.name?.trim()) conditions.push(containsAsRead('nameKey', filter.name));
    return paginate(this.em, Work, { $and: conditions }, page, { populate: ['orderer'] });
  }
}
