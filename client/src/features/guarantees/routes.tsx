import { useQuery } from '@apollo/client/react';
import type { RouteObject } from 'react-router-dom';
import { DeliveryDetailPage } from '../delivery/DeliveryDetailPage';
import { DeliveryListPage } from '../delivery/DeliveryListPage';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { CurrentUserQueryDocument } from '../session/current-user';
import { RequireRole } from '../session/RequireRole';
import { GuaranteePage } from './GuaranteePage';

/**
 * One path, two pages: branch staff (and the administrator) get the page with the procedures,
 * the contractor the 詳細 of 保証契約一覧 (認証キー, history, certificate). The server decides
 * which guarantees anyone sees.
 */
function GuaranteePageForRole() {
  const { data } = useQuery(CurrentUserQueryDocument);
  const role = data?.me?.role;
  if (!role) return null;
  if (role === 'CONTRACTOR') return <DeliveryDetailPage />;
  if (role === 'BRANCH_STAFF' || role === 'ADMIN') return <GuaranteePage />;
  return <NotFoundPage />;
}

export const guaranteeRoutes: RouteObject[] = [
  {
    path: '/guarantees',
    element: (
      <RequireRole roles={['CONTRACTOR']}>
        <DeliveryListPage />
      </RequireRole>
    ),
  },
  { path: '/guarantees/:id', element: <GuaranteePageForRole /> },
];
