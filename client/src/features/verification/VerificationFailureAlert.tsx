import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorMessage } from '../../ui/graphql-errors';
import type { VerificationFailure } from './verification-failure';

/**
 * The server's answer when no certificate could be shown, announced (role="alert"). A bad number
 * is shown at its field instead.
 */
export function VerificationFailureAlert({ failure }: { failure: VerificationFailure }) {
  const { t } = useTranslation();
  if (failure.kind === 'contractNumber') return null;
  if (failure.kind === 'other') return <ErrorAlert error={failure.error} title={t('verification.failed.title')} />;
  const remaining = failure.kind === 'notFound' ? failure.remainingAttempts : null;
  return (
    <Alert color="red" variant="light" title={t('verification.failed.title')} role="alert">
      <Text>{errorMessage(failure.error, t('errors.network'))}</Text>
      {remaining !== null && (
        <Text fw={700} mt="xs">
          {remaining > 0 ? t('verification.failed.remaining', { remaining }) : t('verification.failed.locked')}
        </Text>
      )}
    </Alert>
  );
}
