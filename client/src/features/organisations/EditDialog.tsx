import { Button, Group, Modal, type ModalProps } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * A dialog of the organisations page that edits one thing (`item`; `null`: closed). Its content,
 * a form, is made afresh for each item (keyed by `itemKey`), so that it starts from that item.
 */
export function EditDialog<T>({
  item,
  itemKey,
  title,
  size,
  onClose,
  children,
}: {
  item: T | null;
  itemKey: (item: T) => string;
  title: string;
  size?: ModalProps['size'];
  onClose: () => void;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={item !== null} onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('organisations.close') }}>
      {item !== null && <Fragment key={itemKey(item)}>{children(item)}</Fragment>}
    </Modal>
  );
}

/** The end of a dialog's form: what stopped the last save, if anything, then キャンセル and the submit button. */
export function EditDialogActions({
  error,
  loading,
  onCancel,
  submitLabel,
}: {
  error: unknown;
  loading: boolean;
  onCancel: () => void;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error !== null && <ErrorAlert error={error} title={t('organisations.failedTitle')} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={loading}>
          {t('organisations.cancel')}
        </Button>
        <Button type="submit" loading={loading}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
