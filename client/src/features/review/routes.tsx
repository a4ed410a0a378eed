import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../session/RequireRole';
import { ApplicationReviewPage } from './ApplicationReviewPage';
import { ReviewQueuePage } from './ReviewQueuePage';

/** 申込の審査, for branch staff. */
export const reviewRoutes: RouteObject[] = [
  {
    path: '/review',
    element: (
      <RequireRole roles={['BRANCH_STAFF']}>
        <ReviewQueuePage />
      </RequireRole>
    ),
  },
  {
    path: '/review/applications/:id',
    element: (
      <RequireRole roles={['BRANCH_STAFF']}>
        <ApplicationReviewPage />
      </RequireRole>
    ),
  },
];
