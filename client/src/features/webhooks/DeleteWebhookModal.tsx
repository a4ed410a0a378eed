import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { WEBHOOK_ENDPOINTS_PAGE, WebhookEndpointsQuery } from './endpoints-query';

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
      }
    }
  }
`);

export interface DeleteTarget {
  id: string;
  url: string;
}

interface DeleteWebhookModalProps {
  endpoint: DeleteTarget | null;
  onClose: () => void;
  onDeleted: (endpoint: DeleteTarget) => void;
}

/** 削除: asks once more (the deliveries go too), then drops the endpoint from the cache. */
export function DeleteWebhookModal({ endpoint, onClose, onDeleted }: DeleteWebhookModalProps) {
  const { t } = useTranslation();
  const [remove] = useMutation(DeleteWebhookEndpointMutation);

  async function confirm(target: DeleteTarget) {
    await remove({
      variables: { input: { webhookEndpointId: target.id } },
      update(cache, { data }) {
        const deleted = data?.deleteWebhookEndpoint.webhookEndpoint;
        if (!deleted) return;
        cache.updateQuery(
          { query: WebhookEndpointsQuery, variables: WEBHOOK_ENDPOINTS_PAGE },
          (list) =>
            list && {
              ...list,
              webhookEndpoints: {
                ...list.webhookEndpoints,
                totalCount: list.webhookEndpoints.totalCount - 1,
                edges: list.webhookEndpoints.edges.filter((edge) => cache.identify(edge.node) !== cache.identify(deleted)),
              },
            },
        );
        cache.evict({ id: cache.identify(deleted) });
        cache.gc();
      },
    });
    onDeleted(target);
  }

  return (
    <ConfirmDialog
      opened={endpoint !== null}
      title={t('webhooks.delete.title')}
      message={endpoint && t('webhooks.delete.body', { url: endpoint.url })}
      confirmLabel={t('webhooks.delete.confirm')}
      confirmColor="red"
      failedTitle={t('webhooks.delete.failedTitle')}
      onConfirm={() => (endpoint ? confirm(endpoint) : Promise.resolve())}
      onClose={onClose}
    />
  );
}
