import { Button, getDefaultZIndex, Group, Modal, Text } from '@mantine/core';
import { createPath, type Transition } from 'history';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppHistory } from '../app/navigation';

// A page may hold several guarded forms (the organisations page). The history hands each of their
// blockers the same transition: the first to see it asks, the others leave it to that question;
// once the user chose to leave, every guard lets the navigation to that place through.
const asked = new WeakSet<Transition>();
let leavingTo: string | null = null;

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
  // Carries a held-back navigation out (see `letThrough` in the effect); set while blocking.
  const letThroughRef = useRef<(transition: Transition) => void>((transition) => transition.retry());

  useEffect(() => {
    if (!dirty) return;
    let disposed = false;
    let stopListening: () => void = () => undefined;
    const ask = (transition: Transition) => {
      if (allowed.current || transition.location.pathname === history.location.pathname || leavingTo === createPath(transition.location)) {
        letThrough(transition);
        return;
      }
      if (asked.has(transition)) return;
      asked.add(transition);
      setPending(transition);
    };
    // A blocked history lets nothing through: unblock, carry the navigation out, and block again
    // once it has happened. Back and Forward (POP) happen only at the browser's next popstate,
    // after `retry` returns; blocking again at once would undo them over and over.
    const letThrough = (transition: Transition) => {
      unblockRef.current();
      unblockRef.current = () => undefined;
      stopListening = history.listen(() => {
        stopListening();
        if (!disposed) unblockRef.current = history.block(ask);
      });
      transition.retry();
    };
    letThroughRef.current = letThrough;
    unblockRef.current = history.block(ask);
    return () => {
      disposed = true;
      stopListening();
      unblockRef.current();
      unblockRef.current = () => undefined;
      letThroughRef.current = (transition) => transition.retry();
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
    if (pending) {
      leavingTo = createPath(pending.location);
      const stop = history.listen(() => {
        stop();
        leavingTo = null;
      });
      letThroughRef.current(pending);
    }
    setPending(null);
  };

  // Escape answers "stay". Every open Mantine modal closes on an Escape it sees on the window,
  // so a form inside a modal (変更, 差戻し…) would lose its input with the question; the buttons
  // carry Mantine's mark for an Escape handled here, which the modals leave alone.
  const stayOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') stay();
  };
  const dialog = (
    <Modal
      opened={pending !== null}
      onClose={stay}
      title={t('form.unsaved.title')}
      withCloseButton={false}
      closeOnEscape={false}
      // Above any dialog the form is in.
      zIndex={getDefaultZIndex('modal') + 10}
    >
      <Text mb="md">{t('form.unsaved.body')}</Text>
      <Group justify="flex-end" onKeyDown={stayOnEscape}>
        <Button variant="default" onClick={stay} data-autofocus data-mantine-stop-propagation>
          {t('form.unsaved.stay')}
        </Button>
        <Button color="red" onClick={leave} data-mantine-stop-propagation>
          {t('form.unsaved.leave')}
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
