import { defaultFieldResolver, getNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context';
import { DomainError } from '../../common/errors';
import { ApplicationStatus } from '../applications/guarantee-application.entity';
import { recordAudit, type AuditEntry } from './audit';
import { User } from '../identity/user.entity';
import { withoutControlCharacters } from '../../common/client-address';

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
    // Signing in: the actor is the user who just signed in.
    const actor = info.fieldName === 'login' && result instanceof User ? { ...context, user: result } : context;
    await recordAudit(context.em, actor, successEntries(info, args, result));
    return result;
  } catch (error) {
    await recordAudit(context.em, context, [
      { action: info.fieldName, outcome: outcomeOf(error), ...objectFromArguments(info, args), detail: detailOf(info, args) },
    ]);
    throw error;
  }
};

/**
 * Puts `auditMutations` around every Mutation field of the built schema, outside type-graphql's
 * own middlewares. (type-graphql runs `@Authorized` before any global middleware, so as a global
 * middleware a call refused for its role or for want of a sign-in would leave no event.)
 */
export function auditEveryMutation(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, context: Context, info) =>
      auditMutations({ root, args, context, info }, async () => resolve(root, args, context, info));
  }
  return schema;
}

/** The code the error has in the API's contract (common/errors.ts formatError). */
function outcomeOf(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  if (error instanceof AuthenticationError) return 'UNAUTHENTICATED';
  if (error instanceof AuthorizationError) return 'FORBIDDEN';
  if (error instanceof ArgumentValidationError) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

function auditedByService(info: GraphQLResolveInfo): boolean {
  return info.parentType.getFields()[info.fieldName]?.extensions?.audit === 'service';
}

function successEntries(info: GraphQLResolveInfo, args: Record<string, unknown>, result: unknown): AuditEntry[] {
  const objects = (Array.isArray(result) ? result : [result]).map(objectOf).filter(isEntity);
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
  return info.fieldName === 'login' && typeof args.email === 'string' ? withoutControlCharacters(args.email).slice(0, 254) : null;
}

type Entity = { id: string; constructor: { name: string } } & Record<string, unknown>;

/**
 * The object a result is about: the result itself, or the one object inside a payload such as
 * `{ token, apiToken }` or `{ secret, endpoint }` (only its type and id are kept, never the rest).
 */
function objectOf(result: unknown): unknown {
  if (isEntity(result) || typeof result !== 'object' || result === null) return result;
  const inside = Object.values(result).filter(isEntity);
  return inside.length === 1 ? inside[0] : result;
}

function isEntity(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * The branch an issued guarantee or a sent application belongs to. A draft is not the branch's
 * yet (its staff cannot see it), even if it names the branch it will be sent to.
 */
function branchOf(object: Entity): string | null {
  if (object.destinationBranch !== undefined && object.status === ApplicationStatus.DRAFT) return null;
  const branch = (object.branch ?? object.destinationBranch) as { id?: string } | null | undefined;
  return branch?.id ?? null;
}
