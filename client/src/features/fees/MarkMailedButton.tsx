import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';

export const MarkFeeStatementMailedMutation = graphql(`
  mutation MarkFeeStatementMailed($input: MarkFeeStatementMailedInput!) {
    markFeeStatementMailed(input: $input) {
      feeStatement {
        id
        mailedAt
      }
    }
  }
`);

/** Staff: the paper copy of this statement went into the post. */
export function MarkMailedButton({ feeStatementId, statementNumber }: { feeStatementId: string; statementNumber: string }) {
  const { t } = useTranslation();
  const [mark, { loading, error }] = useMutation(MarkFeeStatementMailedMutation);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        loading={loading}
        aria-label={t('fees.markMailedFor', { number: statementNumber })}
        onClick={() => void mark({ variables: { input: { feeStatementId } } }).catch(() => {})}
      >
        {t('fees.markMailed')}
      </Button>
      {error && <ErrorAlert error={error} />}
    </>
  );
}
