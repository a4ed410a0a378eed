import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** 利用者の管理, for the administrator. */
export const userRoutes: RouteObject[] = [
  {
    path: '/admin/users',
    lazy: () =>
      import('./UsersPage').then(({ UsersPage }) => ({
        element: (
          <RequireRole roles={['ADMIN']}>
            <UsersPage />
          </RequireRole>
        ),
      })),
  },
];
