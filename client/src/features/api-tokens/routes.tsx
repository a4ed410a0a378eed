import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** APIトークン: every signed-in user may have personal tokens. */
export const apiTokenRoutes: RouteObject[] = [
  {
    path: '/settings/api-tokens',
    lazy: () =>
      import('./ApiTokensPage').then(({ ApiTokensPage }) => ({
        element: (
          <RequireRole roles={['CONTRACTOR', 'BRANCH_STAFF', 'ORDERER', 'ADMIN']}>
            <ApiTokensPage />
          </RequireRole>
        ),
      })),
  },
];
