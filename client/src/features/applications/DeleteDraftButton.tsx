import { useMutation } from '@apollo/client/react';
import { Button, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
  const [remove] = useMutation(DeleteApplicationMutation, {
    update(cache, { data }) {
      const id = data?.deleteApplication.application.id;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'GuaranteeApplication', id }) });
      cache.gc();
    },
  });

  return (
    <>
      <Button color="red" variant="outline" size={size} onClick={open}>
        {t('applications.draft.delete')}
        <VisuallyHidden>{t('applications.draft.deleteLabel', { workName })}</VisuallyHidden>
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('applications.draft.deleteTitle')}
        message={t('applications.draft.deleteBody', { workName })}
        confirmLabel={t('applications.draft.deleteConfirm')}
        confirmColor="red"
        onConfirm={async () => {
          await remove({ variables: { input: { applicationId } } });
          close();
          onDeleted();
        }}
        onClose={close}
      />
    </>
  );
}
