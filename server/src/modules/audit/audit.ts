import type { EntityManager } from '../../db/orm';
import type { Actor } from '../identity/actor';
import { Role, type User } from '../identity/user.entity';
import { AuditEvent } from './audit-event.entity';
import { recordableText } from '../../common/client-address';

export interface AuditEntry {
  action: string;
  outcome: string;
  objectType?: string | null;
  objectId?: string | null;
  /** The branch the object belongs to, if any: its staff may read the event. */
  branchId?: string | null;
  detail?: string | null;
}

/**
 * Appends audit events. They are written on a connection of their own, after the action's
 * transaction has ended, so that a refused or failed action is recorded too. What a request
 * typed (an object id, a detail) is recorded as text that any database stores (recordableText).
 */
export async function recordAudit(em: EntityManager, actor: Actor, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const fork = em.fork();
  addAuditEvents(fork, actor, entries);
  await fork.flush();
}

/**
 * Adds audit events to `em`'s unit of work, to be written with the rest of it: for an action whose
 * own record and audit event must be one transaction (a verification's attempt, view and event).
 */
export function addAuditEvents(em: EntityManager, actor: Actor, entries: AuditEntry[]): void {
  const { user } = actor;
  for (const entry of entries) {
    em.create(AuditEvent, {
      actorId: user?.id ?? null,
      actorEmail: user?.email ?? null,
      organisationName: user?.organisation ? organisationName(user) : null,
      action: recordableText(entry.action, 64),
      objectType: entry.objectType ?? null,
      objectId: entry.objectId == null ? null : recordableText(entry.objectId, 64),
      outcome: entry.outcome,
      address: actor.address,
      via: actor.via,
      detail: entry.detail == null ? null : recordableText(entry.detail, 254),
      scopeBranchId: entry.branchId ?? (user?.role === Role.BRANCH_STAFF ? (user.branch?.id ?? null) : null),
    });
  }
}

function organisationName(user: User): string {
  const organisation = user.organisation!;
  if (user.role === Role.BRANCH_STAFF && user.branch) return `${user.branch.guarantor.name} ${user.branch.name}`;
  return organisation.name;
}
