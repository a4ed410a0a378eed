import { useMutation } from '@apollo/client/react';
import { Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { GuaranteeViewFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { conflictCurrent } from '../../ui/field-errors';
import { ConflictNotice } from './ConflictNotice';
import { GuaranteeTermsForm } from './GuaranteeTermsForm';
import type { GuaranteeTermsInput } from './guarantee-terms';

export const ChangeGuaranteeMutation = graphql(`
  mutation ChangeGuarantee($input: ChangeGuaranteeInput!) {
    changeGuarantee(input: $input) {
      guarantee {
        id
        ...GuaranteeViewFields
      }
    }
  }
`);

export const CorrectIssuanceMutation = graphql(`
  mutation CorrectIssuance($input: CorrectIssuanceInput!) {
    correctIssuance(input: $input) {
      guarantee {
        id
        ...GuaranteeViewFields
      }
    }
  }
`);

/** 変更 of the guarantee, or 訂正 of its latest issuance (named, with its 対象 label). */
export type TermsAction = { kind: 'change' } | { kind: 'correct'; issuanceId: string; sequence: number; target: string };

interface GuaranteeTermsModalProps {
  guarantee: GuaranteeViewFieldsFragment;
  action: TermsAction | null;
  /** N of the 変更 N a change would issue */
  nextChangeNumber: number;
  onClose: () => void;
  onDone: (action: TermsAction) => void;
  /** loads the guarantee again (after a CONFLICT) */
  onReload: () => Promise<unknown>;
}

type Failure = { error: unknown; current?: Record<string, unknown> } | null;

/**
 * The form of a 変更 or 訂正. A 変更 sends the version shown as `expectedVersion`: if someone
 * else changed the guarantee meanwhile, the CONFLICT shows their result and offers to reload.
 */
export function GuaranteeTermsModal({ guarantee, action, nextChangeNumber, onClose, onDone, onReload }: GuaranteeTermsModalProps) {
  const { t } = useTranslation();
  const [change, changing] = useMutation(ChangeGuaranteeMutation);
  const [correct, correcting] = useMutation(CorrectIssuanceMutation);
  const [failure, setFailure] = useState<Failure>(null);
  const [reloading, setReloading] = useState(false);

  function close() {
    setFailure(null);
    onClose();
  }

  /** Sends the terms; an error goes back to the form, which shows those about its fields. */
  async function submit(input: GuaranteeTermsInput) {
    if (!action) return;
    setFailure(null);
    if (action.kind === 'change') {
      // 預託金融機関 is corrected, never changed: the change form does not offer it.
      const { depositBank: _unchanged, ...terms } = input;
      await change({ variables: { input: { guaranteeId: guarantee.id, expectedVersion: guarantee.version, ...terms } } });
    } else {
      await correct({ variables: { input: { issuanceId: action.issuanceId, ...input } } });
    }
    close();
    onDone(action);
  }

  function fail(error: unknown) {
    const current = conflictCurrent(error);
    setFailure(current ? { error, current } : { error });
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
      setFailure(null);
    } finally {
      setReloading(false);
    }
  }

  const isChange = action?.kind === 'change';
  const title = isChange ? t('guarantee.terms.changeTitle') : t('guarantee.terms.correctTitle');
  const lead =
    action?.kind === 'change'
      ? t('guarantee.terms.changeLead', { number: nextChangeNumber, version: guarantee.version })
      : action?.kind === 'correct'
        ? t('guarantee.terms.correctLead', { sequence: action.sequence, target: action.target })
        : '';

  const notice = failure?.current ? (
    <ConflictNotice error={failure.error} current={failure.current} reloading={reloading} onReload={() => void reload()} />
  ) : failure ? (
    <ErrorAlert error={failure.error} title={t('review.actions.failedTitle')} />
  ) : null;

  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('guarantee.actions.close') }}
    >
      <Text mb="md">{lead}</Text>
      {action && (
        <GuaranteeTermsForm
          // A reload brings a new version: the form starts again from the terms as they now are.
          key={`${action.kind}-${guarantee.version}`}
          current={guarantee}
          withDepositBank={action.kind === 'correct' && guarantee.kind !== 'CONTRACT'}
          submitLabel={isChange ? t('guarantee.terms.changeSubmit') : t('guarantee.terms.correctSubmit')}
          loading={changing.loading || correcting.loading}
          notice={notice}
          onSubmit={submit}
          onFailure={fail}
          onCancel={close}
        />
      )}
    </Modal>
  );
}
