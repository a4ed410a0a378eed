import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from './current-user';
import { LoginMutation, LoginPage, returnPath } from './LoginPage';
import { RequireSignedIn } from './RequireSignedIn';

const signedOut = { request: { query: CurrentUserQueryDocument }, result: { data: { me: null } } };
const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/', element: <p>home</p> },
];

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/メールアドレス/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/パスワード/, { selector: 'input' }), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'ログイン' }));
}

describe('LoginPage', () => {
  it('shows the server’s message and stays on /login when the password is wrong', async () => {
    const history = renderRoutes({
      path: '/login',
      routes,
      mocks: [
        signedOut,
        {
          request: { query: LoginMutation, variables: { input: { email: 'contractor@demo.esurety.jp', password: 'wrong' } } },
          result: {
            errors: [
              new GraphQLError('メールアドレスまたはパスワードが正しくありません。', {
                extensions: { code: 'UNAUTHENTICATED' },
              }),
            ],
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'ログイン' });
    fillAndSubmit(' contractor@demo.esurety.jp ', 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('メールアドレスまたはパスワードが正しくありません。');
    expect(history.location.pathname).toBe('/login');
  });

  it('goes home once signed in', async () => {
    const user = {
      __typename: 'User',
      id: 'u1',
      name: '山田 太郎',
      email: 'contractor@demo.esurety.jp',
      role: 'CONTRACTOR',
      organisation: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
    };
    const history = renderRoutes({
      path: '/login',
      routes,
      mocks: [
        signedOut,
        {
          request: { query: LoginMutation, variables: { input: { email: 'contractor@demo.esurety.jp', password: 'esurety-demo' } } },
          result: { data: { login: { __typename: 'LoginPayload', user: { __typename: 'User', id: 'u1' } } } },
        },
        { request: { query: CurrentUserQueryDocument }, result: { data: { me: user } } },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'ログイン' });
    fillAndSubmit('contractor@demo.esurety.jp', 'esurety-demo');

    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('returns to the page that was asked for once signed in', async () => {
    const user = {
      __typename: 'User',
      id: 'u1',
      name: '山田 太郎',
      email: 'contractor@demo.esurety.jp',
      role: 'CONTRACTOR',
      organisation: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
    };
    const history = renderRoutes({
      path: '/guarantees?kind=CONTRACT',
      routes: [...routes, { path: '/guarantees', element: <RequireSignedIn>{() => <p>guarantees</p>}</RequireSignedIn> }],
      mocks: [
        signedOut,
        signedOut,
        {
          request: { query: LoginMutation, variables: { input: { email: 'contractor@demo.esurety.jp', password: 'esurety-demo' } } },
          result: { data: { login: { __typename: 'LoginPayload', user: { __typename: 'User', id: 'u1' } } } },
        },
        { request: { query: CurrentUserQueryDocument }, result: { data: { me: user } } },
        { request: { query: CurrentUserQueryDocument }, result: { data: { me: user } } },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'ログイン' });
    expect(history.location.pathname).toBe('/login');
    fillAndSubmit('contractor@demo.esurety.jp', 'esurety-demo');
    await waitFor(() => expect(`${history.location.pathname}${history.location.search}`).toBe('/guarantees?kind=CONTRACT'));
  });

  it('names the empty fields, takes the focus to the first, and sends nothing', async () => {
    renderRoutes({ path: '/login', routes, mocks: [signedOut] });
    await screen.findByRole('heading', { level: 1, name: 'ログイン' });
    fireEvent.click(screen.getByRole('button', { name: 'ログイン' }));

    const email = screen.getByRole('textbox', { name: /メールアドレス/ });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('メールアドレスを入力してください。')).toBeTruthy();
    expect(screen.getByText('パスワードを入力してください。')).toBeTruthy();
    expect(document.activeElement).toBe(email);

    fireEvent.change(email, { target: { value: 'contractor@demo.esurety.jp' } });
    fireEvent.click(screen.getByRole('button', { name: 'ログイン' }));
    expect(screen.queryByText('メールアドレスを入力してください。')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText(/パスワード/, { selector: 'input' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes only to a path of this app', () => {
    expect(returnPath({ from: '/guarantees/1' })).toBe('/guarantees/1');
    expect(returnPath({ from: '//evil.example.com/x' })).toBe('/');
    expect(returnPath({ from: 'https://evil.example.com/' })).toBe('/');
    expect(returnPath({ from: '/login' })).toBe('/');
    expect(returnPath(null)).toBe('/');
    expect(returnPath({ from: 42 })).toBe('/');
  });
});
