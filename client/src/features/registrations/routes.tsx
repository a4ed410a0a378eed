import type { RouteObject } from 'react-router-dom';
import { withMessages } from '../../app/i18n';
import { RequireRole } from '../session/RequireRole';

/** 利用登録申請, for the administrator. */
export const registrationRoutes: RouteObject[] = [
  {
    path: '/admin/registrations',
    lazy: () =>
      import('./RegistrationsPage').then(({ RegistrationsPage }) => ({
        element: (
          <RequireRole roles={['ADMIN']}>
            <RegistrationsPage />
          </RequireRole>
        ),
      })),
  },
];

/** 利用登録の申請: open to anyone. */
export const publicRegistrationRoutes: RouteObject[] = [
  {
    path: '/register',
    lazy: () => withMessages('register', () => import('./RegisterPage')).then(({ RegisterPage }) => ({ Component: RegisterPage })),
  },
];
