import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import type { CurrentUser } from '../../features/session/current-user';
import { createApolloClient } from '../apollo-client';
import { SignedInLayout } from './SignedInLayout';

/**
 * The signed-in pages with their Apollo Client, made anew for each sign-in (nothing of one user's
 * cache outlives their session).
 */
export function SignedInFrame({ me }: { me: CurrentUser }) {
  const [client] = useState(() => createApolloClient(me));
  return (
    <ApolloProvider client={client}>
      <SignedInLayout />
    </ApolloProvider>
  );
}
