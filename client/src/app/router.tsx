import { createBrowserRouter } from 'react-router-dom';
import { applicationRoutes, publicApplicationRoutes } from '../features/applications/routes';
import { guaranteeRoutes } from '../features/guarantees/routes';
import { HomePage } from '../features/home/HomePage';
import { ledgerRoutes } from '../features/ledger/routes';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { outboxRoutes } from '../features/outbox/routes';
import { reviewRoutes } from '../features/review/routes';
import { LoginPage } from '../features/session/LoginPage';
import { SetPasswordPage } from '../features/session/SetPasswordPage';
import { verificationRoutes } from '../features/verification/routes';
import { apiTokenRoutes } from '../features/api-tokens/routes';
import { auditRoutes } from '../features/audit/routes';
import { webhookRoutes } from '../features/webhooks/routes';
import { PublicLayout } from './layout/PublicLayout';
import { SignedInLayout } from './layout/SignedInLayout';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <PublicLayout />,
      children: [
        { path: '/login', element: <LoginPage /> },
        // A one-time link's page (first administrator, invitation, reset): signed in or not.
        { path: '/set-password', element: <SetPasswordPage /> },
        ...publicApplicationRoutes,
      ],
    },
    {
      // 保証確認サービス (D-Sure): open to anyone, signed in or not, under its own name.
      element: <PublicLayout service="verification" />,
      children: verificationRoutes,
    },
    {
      // Unknown paths sit behind sign-in too: visitors learn nothing about what exists.
      element: <SignedInLayout />,
      children: [
        { index: true, element: <HomePage /> },
        ...applicationRoutes,
        ...reviewRoutes,
        ...guaranteeRoutes,
        ...outboxRoutes,
        ...ledgerRoutes,
        ...auditRoutes,
        ...apiTokenRoutes,
        ...webhookRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
