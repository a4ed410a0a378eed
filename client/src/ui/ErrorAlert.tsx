import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './graphql-errors';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** An error announced to screen readers, with the server's own message where there is one. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert" style={{ whiteSpace: 'pre-line' }}>
      {errorMessage(error, t('errors.network'))}
    </Alert>
  );
}
