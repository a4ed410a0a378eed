import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { CurrentUserQueryDocument, type CurrentUser } from './current-user';

interface RequireSignedInProps {
  children: (user: CurrentUser) => ReactNode;
}

/** Renders its children for a signed-in user; anyone else goes to /login. */
export function RequireSignedIn({ children }: RequireSignedInProps) {
  const { data, loading, error } = useQuery(CurrentUserQueryDocument);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.me) return <Navigate to="/login" replace />;
  return <>{children(data.me)}</>;
}
