import type { RouteObject } from 'react-router-dom';
import { withMessages } from '../../app/i18n';

/** アカウント: every signed-in user's own page. */
export const accountRoutes: RouteObject[] = [
  {
    path: '/account',
    lazy: () => import('./AccountPage').then(({ AccountPage }) => ({ Component: AccountPage })),
  },
];

/** パスワードの再設定, reached from the sign-in page. */
export const publicAccountRoutes: RouteObject[] = [
  {
    path: '/forgot-password',
    lazy: () =>
      withMessages('forgotPassword', () => import('./ForgotPasswordPage')).then(({ ForgotPasswordPage }) => ({
        Component: ForgotPasswordPage,
      })),
  },
];
