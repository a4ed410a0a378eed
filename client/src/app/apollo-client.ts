import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CurrentUserQueryDocument, type CurrentUser } from '../features/session/current-user';

/** The signed-in pages' client, its cache starting with the user `SignedInGate` found. */
export function createApolloClient(me: CurrentUser | null = null): ApolloClient {
  const cache = new InMemoryCache();
  if (me) cache.writeQuery({ query: CurrentUserQueryDocument, data: { me } });

  // A session that ends on the server (expiry, logout elsewhere) shows up as UNAUTHENTICATED on
  // any operation: forget the user, and the signed-in layout sends the browser to /login.
  const sessionEnded = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: CurrentUserQueryDocument, data: { me: null } });
    }
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEnded, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  });
}
