import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export const IssueGuaranteesMutation = graphql(`
  mutation IssueGuarantees($input: IssueGuaranteesInput!) {
    issueGuarantees(input: $input) {
      application {
        id
        status
        issuedAt
      }
      guarantees {
        id
        contractNumber
      }
    }
  }
`);

interface IssueApplicationModalProps {
  applicationId: string;
  opened: boolean;
  onClose: () => void;
  /** after the issue, or after it failed (e.g. CONFLICT: issued already by someone else) */
  onSettled: (error: unknown) => void;
}

/** 発行: asks once more, then issues every guarantee of the application. */
export function IssueApplicationModal({ applicationId, opened, onClose, onSettled }: IssueApplicationModalProps) {
  const { t } = useTranslation();
  const [issue] = useMutation(IssueGuaranteesMutation);

  return (
    <ConfirmDialog
      opened={opened}
      title={t('review.actions.issueTitle')}
      message={t('review.actions.issueBody')}
      confirmLabel={t('review.actions.issueConfirm')}
      // The page reports the outcome (the issued numbers, or why not), so the dialog never keeps an error.
      onConfirm={async () => {
        try {
          await issue({ variables: { input: { applicationId } } });
          onSettled(null);
        } catch (error) {
          onSettled(error);
        }
      }}
      onClose={onClose}
    />
  );
}
