import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

/**
 * Asks before the page is left with unsaved changes: another page of the app (a menu, a link,
 * Back) opens a dialog; a reload, a closed tab or another site gets the browser's own question
 * (beforeunload). `allowNextNavigation()` lets the form's own navigation after a save through.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const { t } = useTranslation();
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

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

  const dialog = (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('applications.draft.leaveTitle')}
      withCloseButton={false}
    >
      <Text mb="md">{t('applications.draft.leaveBody')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {t('applications.draft.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
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
