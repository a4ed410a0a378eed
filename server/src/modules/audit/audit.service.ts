import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm';
import { pageCounting, paginate, type PageArgs, type PageSelection } from '../../common/pagination';
import type { SignedInActor } from '../identity/actor';
import { Role } from '../identity/user.entity';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './audit.input';

/** Reading the audit trail: administrators all of it, branch staff what concerns their branch. */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: SignedInActor,
  ) {}

  private scope(): FilterQuery<AuditEvent> {
    if (this.actor.role === Role.ADMIN) return {};
    if (this.actor.role === Role.BRANCH_STAFF) return { scopeBranchId: this.actor.user.branch?.id ?? null };
    return { id: null };
  }

  /** The audit log, newest first; counted as the query's `selection` asks (see pageCounting). */
  list(filter: AuditEventFilter | null | undefined, page: PageArgs, selection?: Pick<PageSelection, 'count' | 'boundedCount'>) {
    const conditions: FilterQuery<AuditEvent>[] = [this.scope()];
    if (filter?.objectId) conditions.push({ objectId: filter.objectId });
    if (filter?.actorId) conditions.push({ actorId: filter.actorId });
    if (filter?.action) conditions.push({ action: filter.action });
    if (filter?.from) conditions.push({ createdAt: { $gte: filter.from } });
    if (filter?.to) conditions.push({ createdAt: { $lt: filter.to } });
    return paginate(this.em, AuditEvent, { $and: conditions }, page, pageCounting(selection));
  }
}
