import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** 契約保証予約（入札ボンド）, behind sign-in: the contractor's form, and branch staff's list. */
export const bidBondRoutes: RouteObject[] = [
  {
    path: '/bid-bonds/new',
    lazy: () =>
      import('./ApplyBidBondPage').then(({ ApplyBidBondPage }) => ({
        element: (
          <RequireRole roles={['CONTRACTOR']}>
            <ApplyBidBondPage />
          </RequireRole>
        ),
      })),
  },
  {
    path: '/bid-bonds',
    lazy: () =>
      import('./BidBondsPage').then(({ BidBondsPage }) => ({
        element: (
          <RequireRole roles={['BRANCH_STAFF', 'ADMIN']}>
            <BidBondsPage />
          </RequireRole>
        ),
      })),
  },
];
