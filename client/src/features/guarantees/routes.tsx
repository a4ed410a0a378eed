import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

export const guaranteeRoutes: RouteObject[] = [
  {
    path: '/guarantees',
    lazy: () =>
      Promise.all([import('../delivery/DeliveryListPage'), import('./pages-for-role')]).then(
        ([{ DeliveryListPage }, { DeliveryListForRole }]) => ({
          element: (
            <RequireRole roles={['CONTRACTOR', 'BRANCH_STAFF', 'ADMIN']}>
              <DeliveryListForRole Page={DeliveryListPage} />
            </RequireRole>
          ),
        }),
      ),
  },
  {
    path: '/guarantees/:id',
    lazy: () => import('./pages-for-role').then(({ GuaranteePageForRole }) => ({ Component: GuaranteePageForRole })),
  },
];
