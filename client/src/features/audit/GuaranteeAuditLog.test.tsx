import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { GUARANTEE_AUDIT_PAGE_SIZE, GuaranteeAuditLog, GuaranteeAuditLogQuery } from './GuaranteeAuditLog';
import { testAuditEvent } from './test-audit';

function renderLog(result: object) {
  renderRoutes({
    path: '/guarantees/g1',
    routes: [{ path: '/guarantees/:id', element: <GuaranteeAuditLog guaranteeId="g1" /> }],
    mocks: [{ request: { query: GuaranteeAuditLogQuery, variables: { id: 'g1', first: GUARANTEE_AUDIT_PAGE_SIZE, after: null } }, result }],
  });
}

/** auditEvents(filter: { objectId }) as the server answers it: one page. */
const page = (events: object[]) => ({
  data: {
    auditEvents: {
      __typename: 'AuditEventConnection',
      totalCount: events.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: events.map((node) => ({ __typename: 'AuditEventEdge', node })),
    },
  },
});

describe('GuaranteeAuditLog', () => {
  it('shows the events of the guarantee in words: operation, user, channel and result', async () => {
    renderLog(
      page([
        testAuditEvent(),
        testAuditEvent({
          id: 'e2',
          at: '2026-04-03T23:00:00.000Z',
          action: 'revealAuthKey',
          actorEmail: 'soumu@example.co.jp',
          organisationName: '〇〇建設株式会社',
          via: 'TOKEN',
          detail: '発注者への提出',
        }),
        testAuditEvent({
          id: 'e3',
          at: '2026-04-03T22:00:00.000Z',
          action: 'verifyGuarantee',
          actorId: null,
          actorEmail: null,
          organisationName: null,
          via: 'ANONYMOUS',
          address: '198.51.100.2',
          outcome: 'NOT_FOUND',
        }),
        testAuditEvent({ id: 'e4', at: '2026-04-01T00:00:00.000Z', action: 'someFutureAction', via: 'SESSION' }),
      ]),
    );
    const table = await screen.findByRole('table', { name: '監査ログ' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['日時', '操作', '利用者', '経路', '接続元', '結果', '補足']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      );
    expect(rows).toEqual([
      ['令和8年4月4日 09:00', '変更', 'nagano@hosho.example.co.jp東日本建設業保証 長野支店', '画面', '203.0.113.7', '成功', ''],
      [
        '令和8年4月4日 08:00',
        '認証キーの表示',
        'soumu@example.co.jp〇〇建設株式会社',
        'APIトークン',
        '203.0.113.7',
        '成功',
        '発注者への提出',
      ],
      ['令和8年4月4日 07:00', '保証確認', '(なし)', '未ログイン', '198.51.100.2', '該当なし', ''],
      ['令和8年4月1日 09:00', 'someFutureAction', 'nagano@hosho.example.co.jp東日本建設業保証 長野支店', '画面', '203.0.113.7', '成功', ''],
    ]);
  });

  it('says when there is nothing yet', async () => {
    renderLog(page([]));
    expect(await screen.findByText('監査ログはありません。')).toBeTruthy();
  });

  it('shows a refusal as an alert', async () => {
    renderLog({ errors: [new GraphQLError('この操作は許可されていません。', { extensions: { code: 'FORBIDDEN' } })] });
    expect((await screen.findByRole('alert')).textContent).toContain('この操作は許可されていません。');
  });
});
