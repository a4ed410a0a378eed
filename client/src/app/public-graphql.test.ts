import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginMutation } from '../features/session/LoginPage';
import { fieldErrors } from '../ui/field-errors';
import { errorCode } from '../ui/graphql-errors';
import { fetchOperation } from './public-graphql';

const answer = (body: unknown, status = 200) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

const input = { email: 'a@example.jp', password: 'secret' };

describe('fetchOperation (the public pages, without Apollo Client)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('posts the operation with its name and variables and answers its data', async () => {
    const fetch = answer({ data: { login: { user: { id: 'u1' } } } });
    await expect(fetchOperation(LoginMutation, { input })).resolves.toEqual({ login: { user: { id: 'u1' } } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.credentials).toBe('same-origin');
    const body = JSON.parse(String(init?.body)) as { operationName: string; query: string; variables: unknown };
    expect(body.operationName).toBe('Login');
    expect(body.query).toMatch(/^mutation Login\(\$input: LoginInput!\)/);
    expect(body.variables).toEqual({ input });
  });

  it('sends the text the build gave the document, and refuses a document without it', async () => {
    const fetch = answer({ data: {} });
    expect(LoginMutation.loc?.source.body).toMatch(/^mutation Login/);
    await expect(fetchOperation({ ...LoginMutation, loc: undefined }, { input })).rejects.toThrow('has no text');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('throws the GraphQL errors as Apollo Client does, so the error helpers read them', async () => {
    answer({
      errors: [{ message: 'メールアドレスを入力してください。', extensions: { code: 'BAD_USER_INPUT', field: 'input.email' } }],
      data: null,
    });
    const error = await fetchOperation(LoginMutation, { input }).catch((e: unknown) => e);
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(error)).toEqual({ email: 'メールアドレスを入力してください。' });
  });

  it('fails plainly when the answer is not GraphQL (a proxy’s error page)', async () => {
    answer('<html>Bad Gateway</html>', 502);
    const error = await fetchOperation(LoginMutation, { input }).catch((e: unknown) => e);
    expect(CombinedGraphQLErrors.is(error)).toBe(false);
    expect(String(error)).toContain('HTTP 502');
  });
});
