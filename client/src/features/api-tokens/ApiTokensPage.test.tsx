import { formatEraDate } from '@esurety/schema';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { typeDate } from '../../test/dates';
import { renderRoutes } from '../../test/render';
import { API_TOKENS_PAGE_SIZE, ApiTokensPage, ApiTokensQuery } from './ApiTokensPage';
import { CreateApiTokenMutation } from './CreateApiTokenForm';
import { RevokeApiTokenMutation } from './RevokeApiTokenModal';
import { defaultExpiryDate, endOfDayInJapan } from './token-state';

/** A day in Japan `days` from now (YYYY-MM-DD), and the input the form sends by default. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
const defaultInput = (name: string) => ({ name, scope: 'READ_ONLY', expiresAt: endOfDayInJapan(defaultExpiryDate()) });

const token = (overrides: object = {}) => ({
  __typename: 'ApiToken',
  id: 't1',
  name: '基幹システム連携',
  prefix: 'esr_AbCd',
  scope: 'READ_WRITE',
  createdAt: '2026-04-04T00:00:00.000Z',
  lastUsedAt: '2026-04-05T01:30:00.000Z',
  expiresAt: '2027-03-31T14:59:59.999Z',
  revokedAt: null,
  ...overrides,
});

const list = (tokens: object[]) => ({
  request: { query: ApiTokensQuery, variables: { first: API_TOKENS_PAGE_SIZE, after: null } },
  result: {
    data: {
      apiTokens: {
        __typename: 'ApiTokenConnection',
        totalCount: tokens.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: tokens.map((node) => ({ __typename: 'ApiTokenEdge', node })),
      },
    },
  },
});

function renderPage(...mocks: object[]) {
  renderRoutes({
    path: '/settings/api-tokens',
    routes: [{ path: '/settings/api-tokens', element: <ApiTokensPage /> }],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    );

afterEach(() => vi.unstubAllGlobals());

describe('ApiTokensPage', () => {
  it('lists the tokens with their prefix, dates and status in words', async () => {
    renderPage(
      list([
        token(),
        token({ id: 't2', name: '検証用', prefix: 'esr_Old1', lastUsedAt: null, expiresAt: '2020-01-31T14:59:59.999Z' }),
        token({ id: 't3', name: '旧システム', prefix: 'esr_Rev1', scope: 'READ_ONLY', revokedAt: '2026-04-06T00:00:00.000Z' }),
      ]),
    );
    const table = await screen.findByRole('table', { name: 'トークンの一覧' });
    expect(cellsOf(table)).toEqual([
      ['基幹システム連携', 'esr_AbCd…', '読み書き', '令和8年4月4日 09:00', '令和8年4月5日 10:30', '令和9年3月31日 23:59', '有効', '失効'],
      ['検証用', 'esr_Old1…', '読み書き', '令和8年4月4日 09:00', '(なし)', '令和2年1月31日 23:59', '期限切れ', ''],
      ['旧システム', 'esr_Rev1…', '読み取りのみ', '令和8年4月4日 09:00', '令和8年4月5日 10:30', '令和9年3月31日 23:59', '失効済み', ''],
    ]);
    expect(within(table).getAllByRole('button')).toHaveLength(1);
  });

  it('shows a new token once, with a copy button, and adds it to the list', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const secret = 'esr_NewT0kenValue_xyz';
    renderPage(list([token()]), {
      request: {
        query: CreateApiTokenMutation,
        variables: { input: { name: 'CI', scope: 'READ_WRITE', expiresAt: endOfDayInJapan(dayAhead(60)) } },
      },
      result: {
        data: {
          createApiToken: {
            __typename: 'CreateApiTokenPayload',
            token: secret,
            apiToken: token({
              id: 't9',
              name: 'CI',
              prefix: 'esr_NewT',
              lastUsedAt: null,
              createdAt: '2026-04-07T00:00:00.000Z',
              expiresAt: '2027-03-31T14:59:59.999Z',
            }),
          },
        },
      },
    });
    await screen.findByRole('table', { name: 'トークンの一覧' });
    fireEvent.change(screen.getByRole('textbox', { name: '名前(用途)' }), { target: { value: ' CI ' } });
    expect((screen.getByLabelText(/^有効期限/) as HTMLInputElement).value).toBe(formatEraDate(defaultExpiryDate()));
    expect((screen.getByRole('radio', { name: '読み取りのみ' }) as HTMLInputElement).checked).toBe(true);
    typeDate(screen.getByLabelText(/^有効期限/), formatEraDate(dayAhead(60)));
    fireEvent.click(screen.getByRole('radio', { name: '読み書き' }));
    fireEvent.click(screen.getByRole('button', { name: '作成' }));

    const box = await screen.findByRole('region', { name: '作成したトークン' });
    expect(box.textContent).toContain('このトークンは今だけ表示されます。安全な場所に保管してください。');
    expect((within(box).getByRole('textbox', { name: 'トークン「CI」' }) as HTMLInputElement).value).toBe(secret);
    fireEvent.click(within(box).getByRole('button', { name: 'トークンをコピー' }));
    expect(writeText).toHaveBeenCalledWith(secret);
    expect(await within(box).findByRole('button', { name: 'コピーしました' })).toBeTruthy();

    const table = screen.getByRole('table', { name: 'トークンの一覧' });
    expect(cellsOf(table).map((cells) => cells.slice(0, 2))).toEqual([
      ['CI', 'esr_NewT…'],
      ['基幹システム連携', 'esr_AbCd…'],
    ]);
    expect(table.textContent).not.toContain(secret);

    fireEvent.click(within(box).getByRole('button', { name: '保管しました(表示を閉じる)' }));
    expect(screen.queryByRole('region', { name: '作成したトークン' })).toBeNull();
    expect(screen.queryByDisplayValue(secret)).toBeNull();
  });

  it('requires a name and an expiry within a year, and shows the server’s message at its field', async () => {
    renderPage(list([]), {
      request: { query: CreateApiTokenMutation, variables: { input: defaultInput('x') } },
      result: { errors: [new GraphQLError('名前は既に使われています。', { extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } })] },
    });
    expect(await screen.findByText('APIトークンはまだありません。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    expect(await screen.findByText('名前を入力してください。')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: '名前(用途)' }), { target: { value: 'x' } });
    const expiry = screen.getByLabelText(/^有効期限/);
    typeDate(expiry, '');
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    expect(await screen.findByText('有効期限を入力してください。')).toBeTruthy();
    typeDate(expiry, 'あさって');
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    expect(await screen.findByText('日付で入力してください（例：令和8年4月1日、2026-04-01）。')).toBeTruthy();
    typeDate(expiry, dayAhead(400));
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    expect(await screen.findByText('有効期限は1年後までの日にしてください。')).toBeTruthy();
    expect((expiry as HTMLInputElement).value).toBe(formatEraDate(dayAhead(400)));

    typeDate(expiry, defaultExpiryDate());
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    expect(await screen.findByText('名前は既に使われています。')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '名前(用途)' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('explains that a token cannot create a token', async () => {
    renderPage(list([]), {
      request: { query: CreateApiTokenMutation, variables: { input: defaultInput('x') } },
      result: { errors: [new GraphQLError('この操作は許可されていません。', { extensions: { code: 'FORBIDDEN' } })] },
    });
    await screen.findByText('APIトークンはまだありません。');
    fireEvent.change(screen.getByRole('textbox', { name: '名前(用途)' }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('APIトークンを使った接続では、トークンを作成できません。');
    expect(screen.queryByRole('region', { name: '作成したトークン' })).toBeNull();
  });

  it('revokes a token after a confirmation', async () => {
    renderPage(list([token()]), {
      request: { query: RevokeApiTokenMutation, variables: { input: { apiTokenId: 't1' } } },
      result: {
        data: {
          revokeApiToken: { __typename: 'RevokeApiTokenPayload', apiToken: token({ revokedAt: '2026-04-08T00:00:00.000Z' }) },
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'トークンの一覧' });
    fireEvent.click(within(table).getByRole('button', { name: '「基幹システム連携」を失効' }));

    const dialog = await screen.findByRole('dialog', { name: 'トークンを失効させます' });
    expect(dialog.textContent).toContain('「基幹システム連携」(先頭 esr_AbCd…)を失効させます。');
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(cellsOf(table)[0][6]).toBe('有効');

    fireEvent.click(within(table).getByRole('button', { name: '「基幹システム連携」を失効' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '失効させる' }));
    expect(await screen.findByText('「基幹システム連携」を失効させました。')).toBeTruthy();
    expect(cellsOf(table)[0][6]).toBe('失効済み');
    expect(within(table).queryByRole('button')).toBeNull();
  });
});
