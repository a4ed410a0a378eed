import { Button, Group, Modal, Text } from '@mantine/core';
import type { Transition } from 'history';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppHistory } from '../../app/navigation';

/**
 * Asks before the page is left with unsaved changes: another page of the app (a menu, a link,
 * Back) opens a dialog; a reload, a closed tab or another site gets the browser's own question
 * (beforeunload). A change of the query or hash
 * alone (a tab, a filter) goes through. `allowNextNavigation()` lets the form's own navigation
 * after a save through.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const { t } = useTranslation();
  const history = useAppHistory();
  const allowed = useRef(false);
  // The navigation held back while the dialog is open; `retry` carries it out.
  const [pending, setPending] = useState<Transition | null>(null);
  const unblockRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!dirty) return;
    const ask = (transition: Transition) => {
      if (allowed.current || transition.location.pathname === history.location.pathname) {
        // Let this one through, then block again (a blocked history lets nothing through).
        unblockRef.current();
        transition.retry();
        unblockRef.current = history.block(ask);
        return;
      }
      setPending(transition);
    };
    unblockRef.current = history.block(ask);
    return () => {
      unblockRef.current();
      unblockRef.current = () => undefined;
    };
  }, [dirty, history]);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only with a returnValue set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const stay = () => setPending(null);
  const leave = () => {
    unblockRef.current();
    pending?.retry();
    setPending(null);
  };

  const dialog = (
    <Modal
      opened={pending !== null}
      onClose={stay}
      title={t('applications.draft.leaveTitle')}
      withCloseButton={false}
    >
      <Text mb="md">{t('applications.draft.leaveBody')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={stay}>
          {t('applications.draft.stay')}
        </Button>
        <Button color="red" onClick={leave}>
          {t('applications.draft.leave')}
        </Button>
      </Group>
    </Modal>
  );

  return {
    dialog,
    allowNextNavigation: () => {
      allowed.current = true;
    },
  };
}
