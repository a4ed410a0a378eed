import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export const CancelChangeMutation = graphql(`
  mutation CancelChange($input: CancelChangeInput!) {
    cancelChange(input: $input) {
      guarantee {
        id
        ...GuaranteeViewFields
      }
    }
  }
`);

interface CancelChangeModalProps {
  /** the latest visible change */
  issuance: { id: string; changeNumber: number } | null;
  onClose: () => void;
  onDone: () => void;
}

/** 変更取消: asks, then hides the latest change; the terms before it are current again. */
export function CancelChangeModal({ issuance, onClose, onDone }: CancelChangeModalProps) {
  const { t } = useTranslation();
  const [cancelChange] = useMutation(CancelChangeMutation);

  return (
    <ConfirmDialog
      opened={issuance !== null}
      title={t('guarantee.cancelChange.title')}
      message={t('guarantee.cancelChange.body', { number: issuance?.changeNumber ?? '' })}
      confirmLabel={t('guarantee.cancelChange.confirm')}
      confirmColor="red"
      failedTitle={t('review.actions.failedTitle')}
      onConfirm={async () => {
        if (!issuance) return;
        await cancelChange({ variables: { input: { issuanceId: issuance.id } } });
        onClose();
        onDone();
      }}
      onClose={onClose}
    />
  );
}
