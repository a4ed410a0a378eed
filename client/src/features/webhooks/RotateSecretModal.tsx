import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
  const [rotate] = useMutation(RotateWebhookSecretMutation, { fetchPolicy: 'no-cache' });
  const client = useApolloClient();

  async function confirm(target: RotateTarget) {
    const result = await rotate({ variables: { input: { webhookEndpointId: target.id, overlapHours: OVERLAP_HOURS } } });
    const rotated = result.data?.rotateWebhookSecret;
    if (!rotated) return;
    // The answer stayed out of the cache (it holds the secret): put the overlap's end in by hand.
    client.cache.modify({
      id: client.cache.identify({ __typename: 'WebhookEndpoint', id: target.id }),
      fields: { previousSecretExpiresAt: () => rotated.webhookEndpoint.previousSecretExpiresAt ?? null },
    });
    onRotated(target, rotated.secret);
  }

  return (
    <ConfirmDialog
      opened={endpoint !== null}
      title={t('webhooks.rotate.title')}
      message={endpoint && t('webhooks.rotate.body', { url: endpoint.url, hours: OVERLAP_HOURS })}
      confirmLabel={t('webhooks.rotate.confirm')}
      failedTitle={t('webhooks.rotate.failedTitle')}
      onConfirm={() => (endpoint ? confirm(endpoint) : Promise.resolve())}
      onClose={onClose}
    />
  );
}
