import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** 確認済み保証の台帳, for the orderer's users. */
export const ledgerRoutes: RouteObject[] = [
  {
    path: '/ledger',
    lazy: () =>
      import('./LedgerPage').then(({ LedgerPage }) => ({
        element: (
          <RequireRole roles={['ORDERER']}>
            <LedgerPage />
          </RequireRole>
        ),
      })),
  },
  {
    path: '/ledger/:id',
    lazy: () =>
      import('./LedgerDetailPage').then(({ LedgerDetailPage }) => ({
        element: (
          <RequireRole roles={['ORDERER']}>
            <LedgerDetailPage />
          </RequireRole>
        ),
      })),
  },
];
