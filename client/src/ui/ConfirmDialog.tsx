import { Button, Group, Modal, Stack, Text, type MantineColor } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What confirming does, in a sentence or two; more content (a field) may follow as children. */
  message?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  /** 'red' for what can't be undone; the theme's primary colour otherwise */
  confirmColor?: MantineColor;
  /** the title of the error shown in the dialog when onConfirm fails */
  failedTitle?: string;
  /**
   * Does the action. While it runs the confirm button spins and 'cancel' is disabled; if it throws,
   * the error shows in the dialog, which stays open. Closing after success is the caller's
   * (set `opened` false).
   */
  onConfirm: () => Promise<unknown>;
  /** × or キャンセル or Escape: the error, if any, goes with the dialog */
  onClose: () => void;
}

/** A question before an action (削除, 取下げ, 失効, 無効にする, …): キャンセル or the action. */
export function ConfirmDialog({
  opened,
  title,
  message,
  children,
  confirmLabel,
  confirmColor,
  failedTitle,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function close() {
    if (running) return;
    setError(null);
    onClose();
  }

  async function confirm() {
    setError(null);
    setRunning(true);
    try {
      await onConfirm();
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('confirmDialog.close') }}>
      <Stack gap="md">
        {message && <Text style={{ overflowWrap: 'anywhere' }}>{message}</Text>}
        {children}
        {error !== null && <ErrorAlert error={error} title={failedTitle} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={running}>
            {t('confirmDialog.cancel')}
          </Button>
          <Button color={confirmColor} onClick={() => void confirm()} loading={running}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
