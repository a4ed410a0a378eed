import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { OUTBOX_PAGE_SIZE, OutboxPage, OutboxQuery } from './OutboxPage';

const mail = {
  __typename: 'OutboxMessage',
  id: 'm1',
  to: 'soumu@example.co.jp',
  subject: '電子保証（認証キー）発行完了のお知らせ',
  status: 'PENDING',
  attempts: 0,
  createdAt: '2026-04-04T00:00:00.000Z',
  sentAt: null,
  lastError: null,
  messageId: '<m1@esurety>',
  body: '〇〇建設株式会社 様\n\n電子保証の発行手続きが完了しました。',
};

const outbox = (status: string | null, nodes: object[]) => ({
  request: { query: OutboxQuery, variables: { filter: status ? { status } : null, first: OUTBOX_PAGE_SIZE, after: null } },
  result: {
    data: {
      outboxMessages: {
        __typename: 'OutboxMessageConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'OutboxMessageEdge', node })),
      },
    },
  },
});

describe('OutboxPage', () => {
  it('lists the mails with their status in words, and shows a body', async () => {
    renderRoutes({
      path: '/admin/outbox',
      routes: [{ path: '/admin/outbox', element: <OutboxPage /> }],
      mocks: [outbox(null, [mail])],
    });
    const table = await screen.findByRole('table', { name: 'メールの一覧' });
    const cells = within(within(table).getAllByRole('row')[1])
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells.slice(0, 6)).toEqual([
      'soumu@example.co.jp',
      '電子保証（認証キー）発行完了のお知らせ',
      '送信待ち',
      '0',
      '2026/04/04 09:00',
      '',
    ]);

    fireEvent.click(within(table).getByRole('button', { name: /^本文を表示/ }));
    const dialog = await screen.findByRole('dialog', { name: '電子保証（認証キー）発行完了のお知らせ' });
    expect(dialog.textContent).toContain('電子保証の発行手続きが完了しました。');
  });

  it('filters by status', async () => {
    const history = renderRoutes({
      path: '/admin/outbox',
      routes: [{ path: '/admin/outbox', element: <OutboxPage /> }],
      mocks: [outbox(null, [mail]), outbox('SENT', [])],
    });
    await screen.findByRole('table');
    fireEvent.change(screen.getByRole('combobox', { name: '状態' }), { target: { value: 'SENT' } });
    expect(await screen.findByText('メールはありません。')).toBeTruthy();
    expect(history.location.search).toBe('?status=SENT');
  });
});
