import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { ForgotPasswordPage, RequestPasswordResetMutation } from './ForgotPasswordPage';

describe('ForgotPasswordPage', () => {
  it('sends the address and says what the server answers, which is the same for any address', async () => {
    renderRoutes({
      path: '/forgot-password',
      routes: [{ path: '/forgot-password', element: <ForgotPasswordPage /> }],
      mocks: [
        {
          request: { query: RequestPasswordResetMutation, variables: { input: { email: 'someone@example.co.jp' } } },
          result: {
            data: {
              requestPasswordReset: {
                __typename: 'RequestPasswordResetPayload',
                passwordResetRequest: { __typename: 'PasswordResetRequest', email: 'someone@example.co.jp', linkValidMinutes: 60 },
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'パスワードの再設定' });
    fireEvent.change(screen.getByLabelText(/メールアドレス/), { target: { value: ' someone@example.co.jp ' } });
    fireEvent.click(screen.getByRole('button', { name: '再設定のメールを送る' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('someone@example.co.jp が登録されていれば');
    expect(status.textContent).toContain('有効期間60分');
    expect(screen.getByRole('link', { name: 'ログイン画面へ戻る' }).getAttribute('href')).toBe('/login');
  });

  it('asks for the address before sending anything', async () => {
    renderRoutes({ path: '/forgot-password', routes: [{ path: '/forgot-password', element: <ForgotPasswordPage /> }], mocks: [] });
    await screen.findByRole('heading', { level: 1, name: 'パスワードの再設定' });
    fireEvent.change(screen.getByLabelText(/メールアドレス/), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: '再設定のメールを送る' }));
    const email = screen.getByRole('textbox', { name: /メールアドレス/ });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('メールアドレスを入力してください。')).toBeTruthy();
    expect(document.activeElement).toBe(email);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the server’s refusal of the address at the field', async () => {
    const message = 'メールアドレスの形式が正しくありません。';
    renderRoutes({
      path: '/forgot-password',
      routes: [{ path: '/forgot-password', element: <ForgotPasswordPage /> }],
      mocks: [
        {
          request: { query: RequestPasswordResetMutation, variables: { input: { email: 'someone' } } },
          result: { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'input.email' } })] },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'パスワードの再設定' });
    fireEvent.change(screen.getByLabelText(/メールアドレス/), { target: { value: 'someone' } });
    fireEvent.click(screen.getByRole('button', { name: '再設定のメールを送る' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /メールアドレス/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
