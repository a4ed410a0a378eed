import type { Role } from '../../gql/graphql';

/** The catalogue key of a role's label; a new Role fails type-checking until it has one. */
export function roleLabelKey<R extends Role>(role: R): `role.${R}` {
  return `role.${role}`;
}
