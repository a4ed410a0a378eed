import { MantineProvider } from '@mantine/core';
import { createBrowserHistory } from 'history';
import { useState } from 'react';
import { AppRouter, AppRoutes } from './navigation';
import { appRoutes } from './router';
import { theme } from './theme';

export function App() {
  const [history] = useState(() => createBrowserHistory());
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <AppRouter history={history}>
        <AppRoutes routes={appRoutes} />
      </AppRouter>
    </MantineProvider>
  );
}
