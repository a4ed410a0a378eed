import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
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
  const [remove, { loading }] = useMutation(DeleteWebhookEndpointMutation);
  const [error, setError] = useState<unknown>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!endpoint) return;
    setError(null);
    try {
      await remove({
        variables: { input: { webhookEndpointId: endpoint.id } },
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
      onDeleted(endpoint);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal
      opened={endpoint !== null}
      onClose={close}
      title={t('webhooks.delete.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('webhooks.delete.close') }}
    >
      {endpoint && (
        <Stack gap="md">
          <Text style={{ wordBreak: 'break-all' }}>{t('webhooks.delete.body', { url: endpoint.url })}</Text>
          {error !== null && <ErrorAlert error={error} title={t('webhooks.delete.failedTitle')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              {t('webhooks.delete.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={loading}>
              {t('webhooks.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
