import { Alert, Button, Text } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { LoadingState } from './LoadingState';

/** What a page that failed to load or to render shows: what happened, and a reload. */
function PageError() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('errors.pageTitle')} role="alert">
      <Text mb="md">{t('errors.pageBody')}</Text>
      <Button variant="default" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </Button>
    </Alert>
  );
}

/**
 * Where a frame shows its page: a loader while the page's chunk loads (React.lazy), and, if the
 * chunk can't be loaded (the connection dropped, or a deployment replaced the chunks) or the page
 * throws while rendering, an alert with a reload instead of an empty screen. Another page (a
 * menu, Back) is tried afresh.
 */
export function PageBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={PageError} resetKeys={[pathname]}>
      <Suspense fallback={<LoadingState />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
