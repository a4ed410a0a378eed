import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** 組織の管理, for the administrator. */
export const organisationRoutes: RouteObject[] = [
  {
    path: '/admin/organisations',
    lazy: () =>
      import('./OrganisationsPage').then(({ OrganisationsPage }) => ({
        element: (
          <RequireRole roles={['ADMIN']}>
            <OrganisationsPage />
          </RequireRole>
        ),
      })),
  },
];
