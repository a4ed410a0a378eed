import { createParameterDecorator } from 'type-graphql';
import { UnauthenticatedError } from '../../common/errors';
import type { ApiToken } from './api-token.entity';
import type { Role, User } from './user.entity';

/** How a request proves who makes it: a session cookie (the SPA), an API token, or nothing. */
export type Via = 'SESSION' | 'TOKEN' | 'ANONYMOUS';

/**
 * Who makes a request and from where: what services, the audit trail and the guess limits need
 * to know of it, and nothing of HTTP. `address` is the client address as Express reads it
 * (honouring TRUST_PROXY), `unknown` if it is not an address.
 */
export interface Actor {
  readonly user: User | null;
  readonly via: Via;
  readonly apiToken: ApiToken | null;
  readonly address: string;
  /** The request's User-Agent (at most 300 characters), if it sent one. */
  readonly userAgent?: string | null;
}

/** A signed-in actor: the user, with its one role and organisation (none for an administrator). */
export interface SignedInActor extends Actor {
  readonly user: User;
  readonly via: 'SESSION' | 'TOKEN';
  readonly role: Role;
  readonly organisation: User['organisation'];
}

/** The actor of a request that came with `user` (or nobody) by `apiToken` (or a session). */
export function actorOf(user: User | null, apiToken: ApiToken | null, address: string, userAgent: string | null = null): Actor {
  return { user, apiToken, via: apiToken ? 'TOKEN' : user ? 'SESSION' : 'ANONYMOUS', address, userAgent };
}

/** The signed-in actor, or UNAUTHENTICATED. */
export function signedIn(actor: Actor): SignedInActor {
  const { user } = actor;
  if (!user) throw new UnauthenticatedError();
  return { ...actor, user, via: actor.apiToken ? 'TOKEN' : 'SESSION', role: user.role, organisation: user.organisation };
}

/**
 * `@CurrentUser() actor: SignedInActor` in a resolver: the signed-in user who makes the request,
 * with role, organisation, `via` and address. Operations guarded by `@Authorized` always have one;
 * elsewhere a request without a user is UNAUTHENTICATED.
 */
export function CurrentUser() {
  return createParameterDecorator<{ actor: Actor }>(({ context }) => signedIn(context.actor));
}
