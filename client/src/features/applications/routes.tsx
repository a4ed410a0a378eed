import type { RouteObject } from 'react-router-dom';
import { ApplicationDetailPage } from './ApplicationDetailPage';
import { ApplicationFormRoute } from './ApplicationFormPage';
import { ApplicationsPage } from './ApplicationsPage';
import { ElectronicOrderersPage } from './orderers/ElectronicOrderersPage';

/** 保証申込, behind sign-in: the list, the form (new and edit) and the detail. */
export const applicationRoutes: RouteObject[] = [
  { path: '/applications', element: <ApplicationsPage /> },
  { path: '/applications/new', element: <ApplicationFormRoute /> },
  { path: '/applications/:id', element: <ApplicationDetailPage /> },
  { path: '/applications/:id/edit', element: <ApplicationFormRoute /> },
];

/** Open to anyone: which orderers accept electronic guarantees (「電子保証対応の発注者はこちら」). */
export const publicApplicationRoutes: RouteObject[] = [{ path: '/orderers/electronic', element: <ElectronicOrderersPage /> }];
