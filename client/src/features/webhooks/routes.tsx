import type { RouteObject } from 'react-router-dom';
import type { Role } from '../../gql/graphql';
import { RequireRole } from '../session/RequireRole';

/** The organisations that receive events: contractors, branches and orderers. */
export const webhookRoles: readonly Role[] = ['CONTRACTOR', 'BRANCH_STAFF', 'ORDERER'];

/** Webhook: endpoints of the user's organisation and what was delivered to them. */
export const webhookRoutes: RouteObject[] = [
  {
    path: '/settings/webhooks',
    lazy: () =>
      import('./WebhooksPage').then(({ WebhooksPage }) => ({
        element: (
          <RequireRole roles={webhookRoles}>
            <WebhooksPage />
          </RequireRole>
        ),
      })),
  },
  {
    path: '/settings/webhooks/:id/deliveries',
    lazy: () =>
      import('./WebhookDeliveriesPage').then(({ WebhookDeliveriesPage }) => ({
        element: (
          <RequireRole roles={webhookRoles}>
            <WebhookDeliveriesPage />
          </RequireRole>
        ),
      })),
  },
];
