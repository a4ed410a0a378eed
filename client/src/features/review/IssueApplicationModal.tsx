import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

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
  const [issue, { loading }] = useMutation(IssueGuaranteesMutation);

  async function confirm() {
    try {
      await issue({ variables: { input: { applicationId } } });
      onSettled(null);
    } catch (error) {
      onSettled(error);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('review.actions.issueTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('review.actions.close') }}
    >
      <Stack gap="md">
        <Text>{t('review.actions.issueBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('review.actions.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={loading}>
            {t('review.actions.issueConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
