import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RotateWebhookSecretMutation } from './endpoint-actions';

export interface RotateTarget {
  id: string;
  url: string;
}

/** How long the previous secret keeps signing after a rotation from this screen (hours). */
const OVERLAP_HOURS = 24;

interface RotateSecretModalProps {
  endpoint: RotateTarget | null;
  onClose: () => void;
  onRotated: (endpoint: RotateTarget, secret: string) => void;
}

/** 署名用の秘密を更新: asks once more (the receiver must switch within the overlap), then rotates. */
export function RotateSecretModal({ endpoint, onClose, onRotated }: RotateSecretModalProps) {
  const { t } = useTranslation();
  // The new secret is in the answer only: keep it out of the cache.
  const [rotate, { loading }] = useMutation(RotateWebhookSecretMutation, { fetchPolicy: 'no-cache' });
  const client = useApolloClient();
  const [error, setError] = useState<unknown>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!endpoint) return;
    setError(null);
    try {
      const result = await rotate({ variables: { input: { webhookEndpointId: endpoint.id, overlapHours: OVERLAP_HOURS } } });
      const rotated = result.data?.rotateWebhookSecret;
      if (!rotated) return;
      // The answer stayed out of the cache (it holds the secret): put the overlap's end in by hand.
      client.cache.modify({
        id: client.cache.identify({ __typename: 'WebhookEndpoint', id: endpoint.id }),
        fields: { previousSecretExpiresAt: () => rotated.webhookEndpoint.previousSecretExpiresAt ?? null },
      });
      onRotated(endpoint, rotated.secret);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal
      opened={endpoint !== null}
      onClose={close}
      title={t('webhooks.rotate.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('webhooks.rotate.close') }}
    >
      {endpoint && (
        <Stack gap="md">
          <Text style={{ wordBreak: 'break-all' }}>{t('webhooks.rotate.body', { url: endpoint.url, hours: OVERLAP_HOURS })}</Text>
          {error !== null && <ErrorAlert error={error} title={t('webhooks.rotate.failedTitle')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              {t('webhooks.rotate.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={loading}>
              {t('webhooks.rotate.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
