import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** 送信メール, for the administrator. */
export const outboxRoutes: RouteObject[] = [
  {
    path: '/admin/outbox',
    lazy: () =>
      import('./OutboxPage').then(({ OutboxPage }) => ({
        element: (
          <RequireRole roles={['ADMIN']}>
            <OutboxPage />
          </RequireRole>
        ),
      })),
  },
];
