import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { IssueApplicationModal } from './IssueApplicationModal';
import { ReturnApplicationModal } from './ReturnApplicationModal';

type Outcome = { kind: 'issued' } | { kind: 'returned' } | { kind: 'failed'; error: unknown } | null;

interface ReviewActionsProps {
  applicationId: string;
  status: ApplicationStatus;
  /** reloads the application after an action (or a CONFLICT, to show what happened instead) */
  onChanged: () => Promise<unknown>;
}

/** 発行 and 差戻し for a 送信済み application, and what came of them. */
export function ReviewActions({ applicationId, status, onChanged }: ReviewActionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [opened, setOpened] = useState<'issue' | 'return' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const close = () => setOpened(null);

  function settle(next: Outcome) {
    close();
    setOutcome(next);
    // The page shows the reloaded application, or the query's own error. A reload abandoned
    // because the page went away (an AbortError) is nobody's concern.
    onChanged().catch(() => undefined);
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mt="lg">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('review.actions.heading')}
      </Title>
      {outcome?.kind === 'issued' && (
        <Alert color="green" role="status" mb="sm">
          {t('review.actions.issued')}
        </Alert>
      )}
      {outcome?.kind === 'returned' && (
        <Alert color="green" role="status" mb="sm">
          {t('review.actions.returned')}
        </Alert>
      )}
      {outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} title={t('review.actions.failedTitle')} />}
      {status === 'SUBMITTED' ? (
        <>
          <Text mb="md">{t('review.actions.lead')}</Text>
          <Group gap="sm">
            <Button onClick={() => setOpened('issue')}>{t('review.actions.issue')}</Button>
            <Button variant="outline" color="red" onClick={() => setOpened('return')}>
              {t('review.actions.return')}
            </Button>
          </Group>
          <IssueApplicationModal
            applicationId={applicationId}
            opened={opened === 'issue'}
            onClose={close}
            onSettled={(error) => settle(error ? { kind: 'failed', error } : { kind: 'issued' })}
          />
          <ReturnApplicationModal
            applicationId={applicationId}
            opened={opened === 'return'}
            onClose={close}
            onReturned={() => settle({ kind: 'returned' })}
          />
        </>
      ) : (
        outcome === null && <Text>{t('review.actions.notActionable', { status: t(`review.status.${status}`) })}</Text>
      )}
    </Paper>
  );
}
