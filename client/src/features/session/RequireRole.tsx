import { lazy, Suspense, type ReactNode } from 'react';
import type { Role } from '../../gql/graphql';
import { LoadingState } from '../../ui/LoadingState';

// The check reads the signed-in user through Apollo Client, which the entry does not load.
const RoleGate = lazy(() => import('./RoleGate').then((m) => ({ default: m.RoleGate })));

/**
 * Renders its children for the given roles only; anyone else sees the 404 page, as for a path
 * that does not exist. The signed-in layout above has already loaded the user.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return (
    <Suspense fallback={<LoadingState />}>
      <RoleGate roles={roles}>{children}</RoleGate>
    </Suspense>
  );
}
