import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { CurrentUserQueryDocument, type CurrentUser } from './current-user';

interface RequireSignedInProps {
  children: (user: CurrentUser) => ReactNode;
}

/**
 * Renders its children for a signed-in user; anyone else goes to /login, which brings them back
 * to the page they asked for (`state.from`) once signed in.
 */
export function RequireSignedIn({ children }: RequireSignedInProps) {
  const location = useLocation();
  const { data, loading, error } = useQuery(CurrentUserQueryDocument);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.me) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/login" replace state={from === '/' ? undefined : { from }} />;
  }
  return <>{children(data.me)}</>;
}
