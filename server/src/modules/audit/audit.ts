import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm';
import type { PlainStatement } from '../../db/plain-statements';
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
  for (const entry of entries) fork.create(AuditEvent, auditEventData(actor, entry));
  await fork.flush();
}

/** The audit_event columns auditEventInsert writes, in the order of its values. */
const INSERT_AUDIT_EVENT = `insert into audit_event (id, created_at, updated_at, actor_id, actor_email, organisation_name, action,
  object_type, object_id, outcome, address, via, detail, scope_branch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * One audit event as a plain statement, no entity made: for the hot paths (a verification's
 * attempt, view and event in one transaction). The same row as recordAudit writes; `at` is its
 * time (createdAt).
 */
export function auditEventInsert(actor: Actor, entry: AuditEntry, at: Date): PlainStatement {
  const event = auditEventData(actor, entry);
  return [
    INSERT_AUDIT_EVENT,
    [
      randomUUID(),
      at,
      at,
      event.actorId,
      event.actorEmail,
      event.organisationName,
      event.action,
      event.objectType,
      event.objectId,
      event.outcome,
      event.address,
      event.via,
      event.detail,
      event.scopeBranchId,
    ],
  ];
}

/** An audit event's fields (all but id and times) for `entry` by `actor`. */
function auditEventData(actor: Actor, entry: AuditEntry) {
  const { user } = actor;
  return {
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
  } satisfies Partial<AuditEvent>;
}

function organisationName(user: User): string {
  const organisation = user.organisation!;
  if (user.role === Role.BRANCH_STAFF && user.branch) return `${user.branch.guarantor.name} ${user.branch.name}`;
  return organisation.name;
}
