import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDate } from '../../test/dates';
import { renderRoutes } from '../../test/render';
import { AUDIT_PAGE_SIZE, AuditEventsQuery, AuditLogPage } from './AuditLogPage';
import { testAuditEvent } from './test-audit';

const page = (
  filter: object | null,
  after: string | null,
  nodes: object[],
  info: { total: number; hasNextPage: boolean; endCursor: string | null },
) => ({
  request: { query: AuditEventsQuery, variables: { filter, first: AUDIT_PAGE_SIZE, after } },
  result: {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection',
        totalCount: info.total,
        pageInfo: { __typename: 'PageInfo', hasNextPage: info.hasNextPage, endCursor: info.endCursor },
        edges: nodes.map((node) => ({ __typename: 'AuditEventEdge', node })),
      },
    },
  },
});

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    );

describe('AuditLogPage', () => {
  it('lists the events with their object, pages on, and searches by the filters in the URL', async () => {
    const filter = { objectId: 'g1', action: 'revealAuthKey', from: '2026-03-31T15:00:00.000Z', to: '2026-04-30T15:00:00.000Z' };
    const history = renderRoutes({
      path: '/audit',
      routes: [{ path: '/audit', element: <AuditLogPage /> }],
      mocks: [
        page(
          null,
          null,
          [
            testAuditEvent(),
            testAuditEvent({
              id: 'e2',
              action: 'login',
              objectType: null,
              objectId: null,
              detail: 'soumu@example.co.jp',
              outcome: 'UNAUTHENTICATED',
            }),
          ],
          {
            total: 51,
            hasNextPage: true,
            endCursor: 'c50',
          },
        ),
        page(null, 'c50', [testAuditEvent({ id: 'e51', action: 'issueGuarantees' })], { total: 51, hasNextPage: false, endCursor: 'c51' }),
        page(filter, null, [testAuditEvent({ id: 'e9', action: 'revealAuthKey', via: 'TOKEN' })], {
          total: 1,
          hasNextPage: false,
          endCursor: 'c1',
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: '監査ログ' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '監査ログの一覧' });
    expect(cellsOf(table)).toEqual([
      [
        '令和8年4月4日 09:00',
        '変更',
        '保証契約g1',
        'nagano@hosho.example.co.jp東日本建設業保証 長野支店',
        '画面',
        '203.0.113.7',
        '成功',
        '',
      ],
      [
        '令和8年4月4日 09:00',
        'ログイン',
        '(なし)',
        'nagano@hosho.example.co.jp東日本建設業保証 長野支店',
        '画面',
        '203.0.113.7',
        '未認証',
        'soumu@example.co.jp',
      ],
    ]);
    expect(screen.getByText('全2ページ(51件)中の1ページ目を表示しています')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '次のページ' }));
    expect(await screen.findByText('発行', { selector: 'td' })).toBeTruthy();
    expect(screen.getByText('全2ページ(51件)中の2ページ目を表示しています')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: '対象ID' }), { target: { value: ' g1 ' } });
    fireEvent.change(screen.getByRole('combobox', { name: '操作' }), { target: { value: 'revealAuthKey' } });
    typeDate(screen.getByLabelText('期間(から)'), '令和8年4月1日');
    typeDate(screen.getByLabelText('期間(まで)'), 'R8.4.30');
    fireEvent.click(screen.getByRole('button', { name: '検索' }));

    expect(await screen.findByText('認証キーの表示', { selector: 'td' })).toBeTruthy();
    expect(history.location.search).toBe('?object=g1&action=revealAuthKey&from=2026-04-01&to=2026-04-30');
    expect(screen.getByText('全1ページ(1件)中の1ページ目を表示しています')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '対象ID' }) as HTMLInputElement).value).toBe('g1');
    expect((screen.getByLabelText('期間(まで)') as HTMLInputElement).value).toBe('令和8年4月30日');
  });

  it('says at the end of the period when it is before the start, and does not search', async () => {
    const history = renderRoutes({
      path: '/audit?from=2026-04-10',
      routes: [{ path: '/audit', element: <AuditLogPage /> }],
      mocks: [page({ from: '2026-04-09T15:00:00.000Z' }, null, [testAuditEvent()], { total: 1, hasNextPage: false, endCursor: null })],
    });
    await screen.findByRole('table', { name: '監査ログの一覧' });
    expect((screen.getByLabelText('期間(から)') as HTMLInputElement).value).toBe('令和8年4月10日');
    const to = screen.getByLabelText('期間(まで)');
    typeDate(to, '令和8年4月1日');
    fireEvent.click(screen.getByRole('button', { name: '検索' }));
    expect(await screen.findByText('期間(まで)は期間(から)以降の日付にしてください。')).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(history.location.search).toBe('?from=2026-04-10');
  });

  it('shows the server’s message about a condition at its field, instead of the list', async () => {
    const message = '利用者IDの形式が正しくありません。';
    renderRoutes({
      path: '/audit?actor=nobody',
      routes: [{ path: '/audit', element: <AuditLogPage /> }],
      mocks: [
        {
          request: { query: AuditEventsQuery, variables: { filter: { actorId: 'nobody' }, first: AUDIT_PAGE_SIZE, after: null } },
          result: { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'filter.actorId' } })] },
        },
      ],
    });
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '利用者ID' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('table', { name: '監査ログの一覧' })).toBeNull();
  });
});
