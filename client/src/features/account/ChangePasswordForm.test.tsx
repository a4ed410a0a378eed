import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render';
import { ChangePasswordForm, ChangePasswordMutation } from './ChangePasswordForm';

const EMAIL = 'operations-team@example.jp';
const input = { currentPassword: 'the first password', newPassword: 'the second password' };

function renderForm(mocks: Parameters<typeof renderRoutes>[0]['mocks'], onChanged = vi.fn()) {
  renderRoutes({
    path: '/account',
    routes: [{ path: '/account', element: <ChangePasswordForm email={EMAIL} onChanged={onChanged} /> }],
    mocks,
  });
  return onChanged;
}

/** What a screen reader reads with the field after its name. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

const field = (name: string) => screen.getByLabelText(new RegExp(`^${name}`), { selector: 'input' });

function fill(current: string, next: string, confirmation = next) {
  fireEvent.change(field('現在のパスワード'), { target: { value: current } });
  fireEvent.change(field('新しいパスワード(?!（確認）)'), { target: { value: next } });
  fireEvent.change(field('新しいパスワード（確認）'), { target: { value: confirmation } });
  fireEvent.click(screen.getByRole('button', { name: 'パスワードを変更する' }));
}

describe('ChangePasswordForm', () => {
  it('names the current password when it is empty and holds the new one to the policy, before sending anything', () => {
    renderForm([]);
    fill('', 'operations-team');
    expect(screen.getByText('現在のパスワードを入力してください。')).toBeTruthy();
    expect(description(field('新しいパスワード(?!（確認）)'))).toMatch(/^メールアドレスと同じパスワードは使えません。 +12文字以上/);
    expect(field('新しいパスワード(?!（確認）)').getAttribute('aria-invalid')).toBe('true');
    expect(description(field('現在のパスワード'))).toBe('現在のパスワードを入力してください。');
    expect(document.activeElement).toBe(field('現在のパスワード'));

    fill(input.currentPassword, input.newPassword, 'the second passwor');
    expect(screen.queryByText('現在のパスワードを入力してください。')).toBeNull();
    expect(screen.getByText('確認のパスワードが一致しません。')).toBeTruthy();
    expect(document.activeElement).toBe(field('新しいパスワード（確認）'));
  });

  it('shows a refused current password at its field, then changes the password and empties the form', async () => {
    const onChanged = renderForm([
      {
        request: { query: ChangePasswordMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('現在のパスワードが正しくありません。', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.currentPassword' },
            }),
          ],
        },
      },
      {
        request: { query: ChangePasswordMutation, variables: { input } },
        result: { data: { changePassword: { __typename: 'ChangePasswordPayload', user: { __typename: 'User', id: 'u1' } } } },
      },
    ]);
    fill(input.currentPassword, input.newPassword);
    expect(await screen.findByText('現在のパスワードが正しくありません。')).toBeTruthy();
    expect(field('現在のパスワード').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'パスワードを変更する' }));
    expect((await screen.findByRole('status')).textContent).toBe('パスワードを変更しました。この端末以外はログアウトしました。');
    expect(onChanged).toHaveBeenCalledOnce();
    expect((field('現在のパスワード') as HTMLInputElement).value).toBe('');
    expect((field('新しいパスワード（確認）') as HTMLInputElement).value).toBe('');
  });
});
