import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { Role } from '../../gql/graphql';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { CurrentUserQueryDocument } from './current-user';

interface RequireRoleProps {
  roles: readonly Role[];
  children: ReactNode;
}

/**
 * Renders its children for the given roles only; anyone else sees the 404 page, as for a path
 * that does not exist. The signed-in layout above has already loaded the user.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { data } = useQuery(CurrentUserQueryDocument);
  const role = data?.me?.role;
  if (!role) return null;
  return roles.includes(role) ? <>{children}</> : <NotFoundPage />;
}
