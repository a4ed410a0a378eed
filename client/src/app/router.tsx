import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import { accountRoutes, publicAccountRoutes } from '../features/account/routes';
import { apiTokenRoutes } from '../features/api-tokens/routes';
import { applicationRoutes, publicApplicationRoutes } from '../features/applications/routes';
import { auditRoutes } from '../features/audit/routes';
import { bidBondRoutes } from '../features/bid-bonds/routes';
import { feeRoutes } from '../features/fees/routes';
import { guaranteeRoutes } from '../features/guarantees/routes';
import { ledgerRoutes } from '../features/ledger/routes';
import { outboxRoutes } from '../features/outbox/routes';
import { reviewRoutes } from '../features/review/routes';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { verificationRoutes } from '../features/verification/routes';
import { webhookRoutes } from '../features/webhooks/routes';
import { publicRegistrationRoutes, registrationRoutes } from '../features/registrations/routes';
import { userRoutes } from '../features/users/routes';
import { organisationRoutes } from '../features/organisations/routes';
import { withMessages } from './i18n';
import { withLazyPages } from './navigation';
import { PublicLayout } from './layout/PublicLayout';
import { SignedInGate } from './layout/SignedInGate';

const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));

/**
 * The app's routes. The two frames are in the entry; every page is a chunk of its own, loaded
 * when its route is entered (`React.lazy`, see `withLazyPages`), so a visitor of /login or
 * /verify downloads none of the signed-in pages.
 */
export const appRoutes: RouteObject[] = withLazyPages([
  {
    element: <PublicLayout />,
    children: [
      {
        path: '/login',
        lazy: () =>
          withMessages('login', () => import('../features/session/LoginPage')).then(({ LoginPage }) => ({ Component: LoginPage })),
      },
      // A one-time link's page (first administrator, invitation, reset): signed in or not.
      {
        path: '/set-password',
        lazy: () =>
          withMessages('setPassword', () => import('../features/session/SetPasswordPage')).then(({ SetPasswordPage }) => ({
            Component: SetPasswordPage,
          })),
      },
      ...publicAccountRoutes,
      ...publicRegistrationRoutes,
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
    element: <SignedInGate />,
    children: [
      // React.lazy too, rendered only once the layout has checked the session: a visitor bound
      // for /login needs no home page.
      { index: true, element: <HomePage /> },
      ...applicationRoutes,
      ...reviewRoutes,
      ...guaranteeRoutes,
      ...bidBondRoutes,
      ...outboxRoutes,
      ...userRoutes,
      ...registrationRoutes,
      ...organisationRoutes,
      ...accountRoutes,
      ...ledgerRoutes,
      ...auditRoutes,
      ...apiTokenRoutes,
      ...webhookRoutes,
      ...feeRoutes,
      // In the entry anyway: RequireRole shows it to the roles a page is not for.
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
