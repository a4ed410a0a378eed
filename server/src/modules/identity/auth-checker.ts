import { Extensions, type AuthChecker } from 'type-graphql';
import type { Context } from '../../context';
import { ReadOnlyTokenError, UnauthenticatedError } from '../../common/errors';
import { ApiTokenScope } from './api-token.entity';
import type { Role } from './user.entity';

/**
 * `@Authorized()` admits any signed-in user; `@Authorized(Role.X, …)` only those roles. A
 * READ_ONLY API token is refused every mutation (FORBIDDEN, reason TOKEN_SCOPE). Whether the
 * user may see a given object is the service's business, not this checker's.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  // Signed out is UNAUTHENTICATED whatever the roles; a wrong role is FORBIDDEN.
  const { user, apiToken } = context.actor;
  if (!user) throw new UnauthenticatedError();
  if (apiToken?.scope === ApiTokenScope.READ_ONLY && info.operation.operation === 'mutation') {
    throw new ReadOnlyTokenError();
  }
  return roles.length === 0 || roles.includes(user.role);
};

/**
 * Marks an operation that anyone may call, signed in or not. Every query and mutation carries
 * either this or `@Authorized`; a test holds the schema to it.
 */
export const Public = () => Extensions({ access: 'public' });
