import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { SetPasswordMutation, SetPasswordPage, tokenFromFragment } from './SetPasswordPage';

const TOKEN = 'xPPcxa-uil8tQTmAeT4Mbk9a4jE5Yq1MLUdVVpLf5EQ';
const routes = [
  { path: '/set-password', element: <SetPasswordPage /> },
  { path: '/login', element: <p>login page</p> },
];

function fill(password: string, confirmation = password) {
  fireEvent.change(screen.getByLabelText(/^新しいパスワード(?!（確認）)/, { selector: 'input' }), { target: { value: password } });
  fireEvent.change(screen.getByLabelText(/新しいパスワード（確認）/, { selector: 'input' }), { target: { value: confirmation } });
  fireEvent.click(screen.getByRole('button', { name: 'パスワードを設定する' }));
}

describe('SetPasswordPage', () => {
  it('reads the token from the fragment, removes it from the address bar, sets the password and sends to sign-in', async () => {
    const history = renderRoutes({
      path: `/set-password#token=${TOKEN}`,
      strict: true,
      routes,
      mocks: [
        {
          request: { query: SetPasswordMutation, variables: { input: { token: TOKEN, password: 'correct horse battery' } } },
          result: {
            data: { setPassword: { __typename: 'SetPasswordPayload', user: { __typename: 'User', id: 'u1', email: 'ops@example.jp' } } },
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'パスワードの設定' });
    await waitFor(() => expect(history.location.hash).toBe(''));
    expect(history.location.pathname).toBe('/set-password');

    fill('correct horse battery');
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('ops@example.jp とこのパスワードでログインしてください。');
    fireEvent.click(screen.getByRole('link', { name: 'ログイン画面へ' }));
    await waitFor(() => expect(history.location.pathname).toBe('/login'));
  });

  it('checks the policy and the repetition before sending anything', async () => {
    renderRoutes({ path: `/set-password#token=${TOKEN}`, routes, mocks: [] });
    await screen.findByRole('heading', { level: 1, name: 'パスワードの設定' });
    fill('short');
    expect(await screen.findByText('パスワードは12文字以上にしてください。')).toBeTruthy();
    const password = screen.getByLabelText(/^新しいパスワード(?!（確認）)/, { selector: 'input' });
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(password);
    fill('esurety-demo');
    expect(await screen.findByText('このパスワードは推測されやすいため使えません。')).toBeTruthy();
    fill('correct horse battery', 'correct horse batter');
    expect(await screen.findByText('確認のパスワードが一致しません。')).toBeTruthy();
  });

  it('says the link cannot be used when the server refuses it, and shows a password refused at its field', async () => {
    const refusal = (field: string, message: string) => ({
      request: { query: SetPasswordMutation, variables: { input: { token: TOKEN, password: 'operations-team' } } },
      result: { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } })] },
    });
    renderRoutes({
      path: `/set-password#token=${TOKEN}`,
      routes,
      mocks: [
        refusal('input.password', 'メールアドレスと同じパスワードは使えません。'),
        refusal('input.token', 'このリンクは無効か、有効期限が切れています。新しいリンクを発行してもらってください。'),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'パスワードの設定' });
    fill('operations-team');
    expect(await screen.findByText('メールアドレスと同じパスワードは使えません。')).toBeTruthy();
    fill('operations-team');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('このリンクは使えません');
    expect(screen.queryByRole('button', { name: 'パスワードを設定する' })).toBeNull();
  });

  it('explains a link without a token', async () => {
    renderRoutes({ path: '/set-password', routes, mocks: [] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('リンクが正しくありません');
    expect(screen.queryByRole('button', { name: 'パスワードを設定する' })).toBeNull();
  });

  it('takes only a token-shaped value from the fragment', () => {
    expect(tokenFromFragment(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromFragment('#token=<script>')).toBeNull();
    expect(tokenFromFragment('')).toBeNull();
  });
});
