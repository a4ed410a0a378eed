import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';
import { LedgerDetailPage } from './LedgerDetailPage';
import { LedgerPage } from './LedgerPage';

/** 確認済み保証の台帳, for the orderer's users. */
export const ledgerRoutes: RouteObject[] = [
  {
    path: '/ledger',
    element: (
      <RequireRole roles={['ORDERER']}>
        <LedgerPage />
      </RequireRole>
    ),
  },
  {
    path: '/ledger/:id',
    element: (
      <RequireRole roles={['ORDERER']}>
        <LedgerDetailPage />
      </RequireRole>
    ),
  },
];
