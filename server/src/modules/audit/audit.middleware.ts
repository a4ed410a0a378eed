import { defaultFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context';
import { toContractError } from '../../common/error-contract';
import { ApplicationStatus } from '../applications/guarantee-application.entity';
import { actorOf } from '../identity/actor';
import { User } from '../identity/user.entity';
import { recordAudit, type AuditEntry } from './audit';

/** Fields of a mutation's `input` that name the object it acts on, and the object's type. */
const OBJECT_FIELDS: Record<string, string> = {
  applicationId: 'GuaranteeApplication',
  guaranteeId: 'Guarantee',
  issuanceId: 'ElectronicIssuance',
  apiTokenId: 'ApiToken',
  webhookEndpointId: 'WebhookEndpoint',
  bidBondId: 'BidBond',
  sessionId: 'Session',
  userId: 'User',
  contractorRegistrationId: 'ContractorRegistration',
  ordererId: 'Orderer',
  branchId: 'Branch',
  webhookDeliveryId: 'WebhookDelivery',
  feeStatementId: 'FeeStatement',
};

/**
 * Every mutation leaves an audit event, whether it succeeds or not: a global middleware, so that
 * a new mutation is audited without anyone remembering to. The event names the mutation
 * (`action`) and each object its payload returns (one event per object), or, when it fails, the
 * object its input names. A mutation whose service writes richer events itself says so with
 * `@Extensions({ audit: 'service' })`.
 */
export const auditMutations: MiddlewareFn<Context> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation' || auditedByService(info)) return next();
  const input = (args.input ?? {}) as Record<string, unknown>;
  try {
    const result = await next();
    // Signing in: the actor is the user who just signed in.
    const signedIn = info.fieldName === 'login' ? payloadObjects(result).find((o) => o instanceof User) : undefined;
    const actor = signedIn instanceof User ? actorOf(signedIn, null, context.actor.address) : context.actor;
    await recordAudit(context.em, actor, successEntries(info, input, result));
    return result;
  } catch (error) {
    await recordAudit(context.em, context.actor, [
      { action: info.fieldName, outcome: outcomeOf(error), ...objectFromInput(input), detail: detailOf(info, input) },
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

/** The code the error has in the API's contract (the one mapping, common/error-contract.ts). */
function outcomeOf(error: unknown): string {
  return toContractError(error).extensions.code;
}

function auditedByService(info: GraphQLResolveInfo): boolean {
  return info.parentType.getFields()[info.fieldName]?.extensions?.audit === 'service';
}

function successEntries(info: GraphQLResolveInfo, input: Record<string, unknown>, result: unknown): AuditEntry[] {
  const objects = payloadObjects(result);
  const detail = detailOf(info, input);
  if (!objects.length) return [{ action: info.fieldName, outcome: 'SUCCESS', ...objectFromInput(input), detail }];
  return objects.map((object) => ({
    action: info.fieldName,
    outcome: 'SUCCESS',
    objectType: object.constructor.name,
    objectId: object.id,
    branchId: branchOf(object),
    detail,
  }));
}

function objectFromInput(input: Record<string, unknown>): Pick<AuditEntry, 'objectType' | 'objectId'> {
  for (const [name, type] of Object.entries(OBJECT_FIELDS)) {
    const value = input[name];
    if (typeof value === 'string') return { objectType: type, objectId: value };
  }
  return {};
}

/** Only what is safe to keep: the e-mail address a sign-in was tried with. Never passwords or keys. */
function detailOf(info: GraphQLResolveInfo, input: Record<string, unknown>): string | null {
  return info.fieldName === 'login' && typeof input.email === 'string' ? input.email : null;
}

type Entity = { id: string; constructor: { name: string } } & Record<string, unknown>;

/**
 * The objects a payload returns, in the order of its fields: `{ application, guarantees }` gives
 * the application and each guarantee. Only their type and id are kept, never the rest (secrets
 * such as a new token sit next to them as strings).
 */
function payloadObjects(result: unknown): Entity[] {
  if (typeof result !== 'object' || result === null) return [];
  return Object.values(result)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isEntity);
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
