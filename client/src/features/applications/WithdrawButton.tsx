import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
  const [withdraw] = useMutation(WithdrawApplicationMutation);

  return (
    <>
      <Button color="red" variant="outline" onClick={open}>
        {t('applications.detail.withdraw')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('applications.detail.withdrawTitle')}
        message={t('applications.detail.withdrawBody', { workName })}
        confirmLabel={t('applications.detail.withdrawConfirm')}
        confirmColor="red"
        onConfirm={async () => {
          await withdraw({ variables: { input: { applicationId } } });
          close();
          onWithdrawn();
        }}
        onClose={close}
      />
    </>
  );
}
