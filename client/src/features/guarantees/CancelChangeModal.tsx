import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';

export const CancelChangeMutation = graphql(`
  mutation CancelChange($input: CancelChangeInput!) {
    cancelChange(input: $input) {
      guarantee {
        id
        ...GuaranteeViewFields
      }
    }
  }
`);

interface CancelChangeModalProps {
  /** the latest visible change */
  issuance: { id: string; changeNumber: number } | null;
  onClose: () => void;
  onDone: () => void;
}

/** 変更取消: asks, then hides the latest change; the terms before it are current again. */
export function CancelChangeModal({ issuance, onClose, onDone }: CancelChangeModalProps) {
  const { t } = useTranslation();
  const [cancelChange, { loading }] = useMutation(CancelChangeMutation);
  const [error, setError] = useState<unknown>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!issuance) return;
    setError(null);
    try {
      await cancelChange({ variables: { input: { issuanceId: issuance.id } } });
      close();
      onDone();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal
      opened={issuance !== null}
      onClose={close}
      title={t('guarantee.cancelChange.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('guarantee.actions.close') }}
    >
      <Stack gap="md">
        {error !== null && <ErrorAlert error={error} title={t('review.actions.failedTitle')} />}
        <Text>{t('guarantee.cancelChange.body', { number: issuance?.changeNumber ?? '' })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={loading}>
            {t('guarantee.actions.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('guarantee.cancelChange.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
