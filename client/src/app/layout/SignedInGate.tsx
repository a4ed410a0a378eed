import { lazy } from 'react';
import { CurrentUserQueryDocument } from '../../features/session/current-user';
import { SignInRedirect } from '../../features/session/SignInRedirect';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageBoundary } from '../../ui/PageBoundary';
import { lazyNamespaces, withMessages } from '../i18n';
import { usePublicQuery } from '../public-graphql';

// The signed-in pages' frame brings Apollo Client and every page's messages: a visitor bound for
// /login loads neither.
const SignedInFrame = lazy(() => withMessages(lazyNamespaces, () => import('./SignedInFrame')).then((m) => ({ default: m.SignedInFrame })));

/** Asks who is signed in (one request, no Apollo Client): a visitor goes to /login, a user in. */
export function SignedInGate() {
  const { data, loading, error } = usePublicQuery(CurrentUserQueryDocument);
  if (loading) return <LoadingState />;
  if (error) return <ErrorAlert error={error} />;
  if (!data?.me) return <SignInRedirect />;
  return (
    <PageBoundary>
      <SignedInFrame me={data.me} />
    </PageBoundary>
  );
}
