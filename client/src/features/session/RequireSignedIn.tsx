import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { CurrentUserQueryDocument, type CurrentUser } from './current-user';
import { SignInRedirect } from './SignInRedirect';

interface RequireSignedInProps {
  children: (user: CurrentUser) => ReactNode;
}

/**
 * Renders its children for a signed-in user, as Apollo Client's cache knows it (seeded by
 * `SignedInGate`, emptied when a request answers UNAUTHENTICATED); anyone else goes to /login,
 * which brings them back to the page they asked for once signed in.
 */
export function RequireSignedIn({ children }: RequireSignedInProps) {
  const { data, loading, error } = useQuery(CurrentUserQueryDocument);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.me) return <SignInRedirect />;
  return <>{children(data.me)}</>;
}
