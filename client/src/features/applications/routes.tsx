import type { RouteObject } from 'react-router-dom';
import { withMessages } from '../../app/i18n';

const applicationFormRoute = () =>
  import('./ApplicationFormPage').then(({ ApplicationFormRoute }) => ({ Component: ApplicationFormRoute }));

/** 保証申込, behind sign-in: the list, the form (new and edit) and the detail. */
export const applicationRoutes: RouteObject[] = [
  { path: '/applications', lazy: () => import('./ApplicationsPage').then(({ ApplicationsPage }) => ({ Component: ApplicationsPage })) },
  { path: '/applications/new', lazy: applicationFormRoute },
  {
    path: '/applications/:id',
    lazy: () => import('./ApplicationDetailPage').then(({ ApplicationDetailPage }) => ({ Component: ApplicationDetailPage })),
  },
  { path: '/applications/:id/edit', lazy: applicationFormRoute },
];

/** Open to anyone: which orderers accept electronic guarantees (「電子保証対応の発注者はこちら」). */
export const publicApplicationRoutes: RouteObject[] = [
  {
    path: '/orderers/electronic',
    lazy: () =>
      withMessages('applications', () => import('./orderers/ElectronicOrderersPage')).then(({ ElectronicOrderersPage }) => ({
        Component: ElectronicOrderersPage,
      })),
  },
];
