import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm';
import { paginate, type PageArgs } from '../../common/pagination';
import { Role, type User } from '../identity/user.entity';
import { AuditEvent } from './audit-event.entity';
import type { AuditFilter } from './audit.input';

/** Reading the audit trail: administrators all of it, branch staff what concerns their branch. */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: User,
  ) {}

  private scope(): FilterQuery<AuditEvent> {
    if (this.user.role === Role.ADMIN) return {};
    if (this.user.role === Role.BRANCH_STAFF) return { scopeBranchId: this.user.branch!.id };
    return { id: null };
  }

  list(filter: AuditFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<AuditEvent>[] = [this.scope()];
    if (filter?.objectId) conditions.push({ objectId: filter.objectId });
    if (filter?.actorId) conditions.push({ actorId: filter.actorId });
    if (filter?.action) conditions.push({ action: filter.action });
    if (filter?.from) conditions.push({ createdAt: { $gte: filter.from } });
    if (filter?.to) conditions.push({ createdAt: { $lt: filter.to } });
    return paginate(this.em, AuditEvent, { $and: conditions }, page);
  }

  /** The latest events about one object, newest first. */
  forObject(objectId: string, limit = 100): Promise<AuditEvent[]> {
    return this.em.find(AuditEvent, { $and: [this.scope(), { objectId }] }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit });
  }
}
