import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from './current-user';
import { RequireSignedIn } from './RequireSignedIn';

const routes = [
  { path: '/login', element: <p>login page</p> },
  { path: '*', element: <RequireSignedIn>{(user) => <p>signed in as {user.name}</p>}</RequireSignedIn> },
];

describe('RequireSignedIn', () => {
  it('sends a visitor who is not signed in to /login, from any page', async () => {
    const history = renderRoutes({
      path: '/guarantees/123',
      routes,
      mocks: [{ request: { query: CurrentUserQueryDocument }, result: { data: { me: null } } }],
    });
    await waitFor(() => expect(history.location.pathname).toBe('/login'));
  });

  it('lets a signed-in user through', async () => {
    const me = {
      __typename: 'User',
      id: 'u9',
      name: '管理 太郎',
      email: 'admin@demo.esurety.jp',
      role: 'ADMIN',
      organisation: null,
    };
    const history = renderRoutes({
      path: '/',
      routes,
      mocks: [{ request: { query: CurrentUserQueryDocument }, result: { data: { me } } }],
    });
    expect((await screen.findByText('signed in as 管理 太郎')).tagName).toBe('P');
    expect(history.location.pathname).toBe('/');
  });
});
