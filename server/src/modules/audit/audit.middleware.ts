import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../common/context';
import { DomainError } from '../../common/errors';
import { recordAudit, type AuditEntry } from './audit';

/** Arguments that name the object a mutation acts on, and the object's type. */
const OBJECT_ARGUMENTS: Record<string, string | null> = {
  id: null, // the mutation's own return type
  applicationId: 'GuaranteeApplication',
  guaranteeId: 'Guarantee',
  issuanceId: 'ElectronicIssuance',
  endpointId: 'WebhookEndpoint',
};

/**
 * Every mutation leaves an audit event, whether it succeeds or not: a global middleware, so that
 * a new mutation is audited without anyone remembering to. A mutation whose service writes
 * richer events itself says so with `@Extensions({ audit: 'service' })`.
 */
export const auditMutations: MiddlewareFn<Context> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation' || auditedByService(info)) return next();
  try {
    const result = await next();
    await recordAudit(context.em, context, successEntries(info, args, result));
    return result;
  } catch (error) {
    const outcome = error instanceof DomainError ? error.code : 'INTERNAL';
    await recordAudit(context.em, context, [{ action: info.fieldName, outcome, ...objectFromArguments(info, args), detail: detailOf(info, args) }]);
    throw error;
  }
};

function auditedByService(info: GraphQLResolveInfo): boolean {
  return info.parentType.getFields()[info.fieldName]?.extensions?.audit === 'service';
}

function successEntries(info: GraphQLResolveInfo, args: Record<string, unknown>, result: unknown): AuditEntry[] {
  const objects = (Array.isArray(result) ? result : [result]).filter(isEntity);
  const detail = detailOf(info, args);
  if (!objects.length) return [{ action: info.fieldName, outcome: 'SUCCESS', ...objectFromArguments(info, args), detail }];
  return objects.map((object) => ({
    action: info.fieldName,
    outcome: 'SUCCESS',
    objectType: object.constructor.name,
    objectId: object.id,
    branchId: branchOf(object),
    detail,
  }));
}

function objectFromArguments(info: GraphQLResolveInfo, args: Record<string, unknown>): Pick<AuditEntry, 'objectType' | 'objectId'> {
  for (const [name, type] of Object.entries(OBJECT_ARGUMENTS)) {
    const value = args[name];
    if (typeof value === 'string') return { objectType: type ?? getNamedType(info.returnType).name, objectId: value.slice(0, 64) };
  }
  return {};
}

/** Only what is safe to keep: the e-mail address a sign-in was tried with. Never passwords or keys. */
function detailOf(info: GraphQLResolveInfo, args: Record<string, unknown>): string | null {
  return info.fieldName === 'login' && typeof args.email === 'string' ? args.email.slice(0, 254) : null;
}

type Entity = { id: string; constructor: { name: string } } & Record<string, unknown>;

function isEntity(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** The branch an issued guarantee or a sent application belongs to. */
function branchOf(object: Entity): string | null {
  const branch = (object.branch ?? object.destinationBranch) as { id?: string } | null | undefined;
  return branch?.id ?? null;
}
