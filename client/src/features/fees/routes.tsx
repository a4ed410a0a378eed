import type { RouteObject } from 'react-router-dom';
import type { Role } from '../../gql/graphql';
import { RequireRole } from '../session/RequireRole';

/** 保証料計算書一覧: the contractor's own statements, the branch's for its staff, all for the admin. */
export const feeStatementRoles: readonly Role[] = ['CONTRACTOR', 'BRANCH_STAFF', 'ADMIN'];
/** 保証料率表: read by branch staff, set by the admin. */
export const feeRateRoles: readonly Role[] = ['BRANCH_STAFF', 'ADMIN'];

export const feeRoutes: RouteObject[] = [
  {
    path: '/fee-statements',
    lazy: () =>
      import('./FeeStatementsPage').then(({ FeeStatementsPage }) => ({
        element: (
          <RequireRole roles={feeStatementRoles}>
            <FeeStatementsPage />
          </RequireRole>
        ),
      })),
  },
  {
    path: '/fee-statements/:id',
    lazy: () =>
      import('./FeeStatementDetailPage').then(({ FeeStatementDetailPage }) => ({
        element: (
          <RequireRole roles={feeStatementRoles}>
            <FeeStatementDetailPage />
          </RequireRole>
        ),
      })),
  },
  {
    path: '/fee-rates',
    lazy: () =>
      import('./FeeRatesPage').then(({ FeeRatesPage }) => ({
        element: (
          <RequireRole roles={feeRateRoles}>
            <FeeRatesPage />
          </RequireRole>
        ),
      })),
  },
];
