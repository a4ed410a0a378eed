import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';

/** 申込の審査, for branch staff. */
export const reviewRoutes: RouteObject[] = [
  {
    path: '/review',
    lazy: () =>
      import('./ReviewQueuePage').then(({ ReviewQueuePage }) => ({
        element: (
          <RequireRole roles={['BRANCH_STAFF']}>
            <ReviewQueuePage />
          </RequireRole>
        ),
      })),
  },
  {
    path: '/review/applications/:id',
    lazy: () =>
      import('./ApplicationReviewPage').then(({ ApplicationReviewPage }) => ({
        element: (
          <RequireRole roles={['BRANCH_STAFF']}>
            <ApplicationReviewPage />
          </RequireRole>
        ),
      })),
  },
];
