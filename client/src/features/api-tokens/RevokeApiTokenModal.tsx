import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        ...ApiTokenRow
      }
    }
  }
`);

export interface RevokeTarget {
  id: string;
  name: string;
  prefix: string;
}

interface RevokeApiTokenModalProps {
  token: RevokeTarget | null;
  onClose: () => void;
  onRevoked: (token: RevokeTarget) => void;
}

/** 失効: asks once more; the answer updates the row in the cache (状態 → 失効済み). */
export function RevokeApiTokenModal({ token, onClose, onRevoked }: RevokeApiTokenModalProps) {
  const { t } = useTranslation();
  const [revoke, { loading }] = useMutation(RevokeApiTokenMutation);
  const [error, setError] = useState<unknown>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!token) return;
    setError(null);
    try {
      await revoke({ variables: { input: { apiTokenId: token.id } } });
      onRevoked(token);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal
      opened={token !== null}
      onClose={close}
      title={t('apiTokens.revoke.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('apiTokens.revoke.close') }}
    >
      {token && (
        <Stack gap="md">
          <Text>{t('apiTokens.revoke.body', { name: token.name, prefix: `${token.prefix}…` })}</Text>
          {error !== null && <ErrorAlert error={error} title={t('apiTokens.revoke.failedTitle')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              {t('apiTokens.revoke.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={loading}>
              {t('apiTokens.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
