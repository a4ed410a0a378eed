import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { WithdrawApplicationMutation } from './documents';

interface WithdrawButtonProps {
  applicationId: string;
  workName: string;
  onWithdrawn: () => void;
}

/** 取下げ, after a confirmation: the branch will no longer act on the application. */
export function WithdrawButton({ applicationId, workName, onWithdrawn }: WithdrawButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<unknown>(null);
  const [withdraw, { loading }] = useMutation(WithdrawApplicationMutation);

  async function confirm() {
    setError(null);
    try {
      await withdraw({ variables: { input: { applicationId } } });
      close();
      onWithdrawn();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <Button color="red" variant="outline" onClick={open}>
        {t('applications.detail.withdraw')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('applications.detail.withdrawTitle')}
        closeButtonProps={{ 'aria-label': t('applications.detail.cancel') }}
      >
        <Text mb="md">{t('applications.detail.withdrawBody', { workName })}</Text>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} disabled={loading}>
            {t('applications.detail.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('applications.detail.withdrawConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
