import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { errorCode, errorExtensions, errorMessage } from './graphql-errors';

const graphqlErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('graphql errors', () => {
  it('shows the server’s messages as they come, each once', () => {
    const error = graphqlErrors(
      { message: '入力内容に誤りがあります。', extensions: { code: 'BAD_USER_INPUT' } },
      { message: '入力内容に誤りがあります。', extensions: { code: 'BAD_USER_INPUT' } },
      { message: '対象が見つかりません。', extensions: { code: 'NOT_FOUND' } },
    );
    expect(errorMessage(error, 'fallback')).toBe('入力内容に誤りがあります。\n対象が見つかりません。');
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
  });

  it('falls back to the catalogue’s message when the server could not answer', () => {
    const error = new ServerError('Bad Gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(errorMessage(error, 'サーバーに接続できませんでした。')).toBe('サーバーに接続できませんでした。');
    expect(errorCode(error)).toBeUndefined();
  });

  it('reads the first error’s extensions, such as the attempts left', () => {
    const error = graphqlErrors({
      message: '保証契約番号または認証キーが正しくありません。',
      extensions: { code: 'NOT_FOUND', remainingAttempts: 9 },
    });
    expect(errorExtensions(error)).toEqual({ code: 'NOT_FOUND', remainingAttempts: 9 });
    expect(errorExtensions(new Error('network'))).toEqual({});
  });
});
