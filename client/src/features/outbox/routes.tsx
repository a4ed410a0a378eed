import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';
import { OutboxPage } from './OutboxPage';

/** 送信メール, for the administrator. */
export const outboxRoutes: RouteObject[] = [
  {
    path: '/admin/outbox',
    element: (
      <RequireRole roles={['ADMIN']}>
        <OutboxPage />
      </RequireRole>
    ),
  },
];
