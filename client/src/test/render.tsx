import type { MockLink } from '@apollo/client/testing';
import { useApolloClient } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { StrictMode, Suspense, useCallback, type ReactElement, type ReactNode } from 'react';
import { createMemoryHistory } from 'history';
import type { RouteObject } from 'react-router-dom';
import { AppRouter, AppRoutes, withLazyPages } from '../app/navigation';
import { PublicGraphQLProvider, type ExecuteOperation } from '../app/public-graphql';
import { theme } from '../app/theme';

/** Renders with the app's theme; i18n is initialised (in Japanese) by the test setup. */
export function renderWithTheme(ui: ReactElement) {
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}

interface RouteRenderOptions {
  routes: RouteObject[];
  path: string;
  mocks: MockLink.MockedResponse[];
  /** in React's StrictMode, as the app runs in development: effects run twice on mount */
  strict?: boolean;
}

/**
 * Renders routes at `path` against mocked GraphQL responses, in the app's router; returns the
 * history to inspect (`history.location`, `history.action`).
 */
export function renderRoutes({ routes, path, mocks, strict = false }: RouteRenderOptions) {
  const history = createMemoryHistory({ initialEntries: [path] });
  const ui = (
    <MantineProvider theme={theme}>
      <MockedProvider mocks={mocks}>
        <PublicGraphQLFromMocks>
          <AppRouter history={history}>
            <Suspense fallback={null}>
              <AppRoutes routes={withLazyPages(routes)} />
            </Suspense>
          </AppRouter>
        </PublicGraphQLFromMocks>
      </MockedProvider>
    </MantineProvider>
  );
  render(strict ? <StrictMode>{ui}</StrictMode> : ui);
  return history;
}

/** The public pages' operations (usePublicQuery, usePublicMutation) answered by the same mocks. */
function PublicGraphQLFromMocks({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const execute = useCallback<ExecuteOperation>(
    async (document, variables) => {
      const mutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
      const { data } = mutation
        ? await client.mutate({ mutation: document, variables, fetchPolicy: 'no-cache' } as never)
        : await client.query({ query: document, variables, fetchPolicy: 'no-cache' } as never);
      return data as never;
    },
    [client],
  );
  return <PublicGraphQLProvider execute={execute}>{children}</PublicGraphQLProvider>;
}
