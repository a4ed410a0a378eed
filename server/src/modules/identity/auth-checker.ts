import { Extensions, type AuthChecker } from 'type-graphql';
import type { Context } from '../../context';
import { UnauthenticatedError } from '../../common/errors';
import type { Role } from './user.entity';

/**
 * `@Authorized()` admits any signed-in user; `@Authorized(Role.X, …)` only those roles. Whether the
 * user may see a given object is the service's business, not this checker's.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  // Signed out is UNAUTHENTICATED whatever the roles; a wrong role is FORBIDDEN.
  const { user } = context.actor;
  if (!user) throw new UnauthenticatedError();
  return roles.length === 0 || roles.includes(user.role);
};

/**
 * Marks an operation that anyone may call, signed in or not. Every query and mutation carries
 * either this or `@Authorized`; a test holds the schema to it.
 */
export const Public = () => Extensions({ access: 'public' });
