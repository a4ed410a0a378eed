import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DeleteApplicationMutation } from './documents';

interface DeleteDraftButtonProps {
  applicationId: string;
  /** the work's name as the list shows it (「（工事名未入力）」 for none) */
  workName: string;
  onDeleted: () => void;
  size?: 'compact-sm' | 'sm';
}

/** 削除 of a draft, after a confirmation; the draft is gone from the list and its cache. */
export function DeleteDraftButton({ applicationId, workName, onDeleted, size = 'sm' }: DeleteDraftButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<unknown>(null);
  const [remove, { loading }] = useMutation(DeleteApplicationMutation, {
    update(cache, { data }) {
      const id = data?.deleteApplication.application.id;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'GuaranteeApplication', id }) });
      cache.gc();
    },
  });

  async function confirm() {
    setError(null);
    try {
      await remove({ variables: { input: { applicationId } } });
      close();
      onDeleted();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <Button color="red" variant="outline" size={size} onClick={open}>
        {t('applications.draft.delete')}
        <VisuallyHidden>{t('applications.draft.deleteLabel', { workName })}</VisuallyHidden>
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('applications.draft.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('applications.detail.cancel') }}
      >
        <Text mb="md">{t('applications.draft.deleteBody', { workName })}</Text>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} disabled={loading}>
            {t('applications.detail.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('applications.draft.deleteConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
