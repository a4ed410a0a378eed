import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { Role } from '../../gql/graphql';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { CurrentUserQueryDocument } from './current-user';

interface RequireRoleProps {
  roles: readonly Role[];
  children: ReactNode;
}

/** `RequireRole`'s check, in the chunk that loads Apollo Client with the signed-in pages. */
export function RoleGate({ roles, children }: RequireRoleProps) {
  const { data } = useQuery(CurrentUserQueryDocument);
  const role = data?.me?.role;
  if (!role) return null;
  return roles.includes(role) ? <>{children}</> : <NotFoundPage />;
}
