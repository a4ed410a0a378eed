import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** 監査ログ: for branch staff (their branch's events) and administrators (all). */
export const auditRoutes: RouteObject[] = [
  {
    path: '/audit',
    lazy: () =>
      import('./AuditLogPage').then(({ AuditLogPage }) => ({
        element: (
          <RequireRole roles={['BRANCH_STAFF', 'ADMIN']}>
            <AuditLogPage />
          </RequireRole>
        ),
      })),
  },
];
