import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router-dom';
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

/** Renders routes at `path` against mocked GraphQL responses; returns the router to inspect. */
export function renderRoutes({ routes, path, mocks, strict = false }: RouteRenderOptions) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const ui = (
    <MantineProvider theme={theme}>
      <MockedProvider mocks={mocks}>
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>
  );
  render(strict ? <StrictMode>{ui}</StrictMode> : ui);
  return router;
}
