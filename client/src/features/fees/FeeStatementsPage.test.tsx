import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from '../session/current-user';
import { FEE_STATEMENT_PAGE_SIZE, FeeStatementsPage, FeeStatementsQuery } from './FeeStatementsPage';
import { MarkFeeStatementMailedMutation } from './MarkMailedButton';

const me = (role: string) => ({
  request: { query: CurrentUserQueryDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        name: '利用者',
        email: 'user@demo.esurety.jp',
        role,
        organisation: { __typename: 'Branch', id: 'b1', name: '長野支店' },
      },
    },
  },
  maxUsageCount: 10,
});

const statement = (overrides: object = {}) => ({
  __typename: 'FeeStatement',
  id: 's1',
  statementNumber: '20075-000012-01',
  issuedOn: '2026-11-30',
  reason: 'ISSUE',
  kind: 'ADVANCE_PAYMENT',
  contractNumber: '20075-000012',
  workName: '●●●●工事',
  amount: 20_000_000,
  fee: 10_849,
  charge: 10_849,
  refund: 0,
  feeBillingParty: '〇〇建設株式会社',
  paperWanted: true,
  mailedAt: null,
  pdfUrl: '/documents/fee-statements/s1/fee-statement.pdf',
  ...overrides,
});

const list = (nodes: object[], filter: object | null = null) => ({
  request: { query: FeeStatementsQuery, variables: { filter, first: FEE_STATEMENT_PAGE_SIZE, after: null } },
  result: {
    data: {
      feeStatements: {
        __typename: 'FeeStatementConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'FeeStatementEdge', node })),
      },
    },
  },
});

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    );

function renderPage(...mocks: object[]) {
  renderRoutes({
    path: '/fee-statements',
    routes: [{ path: '/fee-statements', element: <FeeStatementsPage /> }],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

describe('FeeStatementsPage', () => {
  it('lists the contractor’s statements with the fee, what is charged or refunded, the paper copy and the PDF', async () => {
    renderPage(
      me('CONTRACTOR'),
      list([
        statement({
          id: 's2',
          statementNumber: '20075-000012-02',
          reason: 'REVOCATION',
          fee: 3000,
          charge: 0,
          refund: 7849,
          paperWanted: false,
        }),
        statement(),
      ]),
    );
    const table = await screen.findByRole('table', { name: '保証料計算書' });
    expect(rowsOf(table)).toEqual([
      ['20075-000012-02取消', '令和8年11月30日', '前払金保証', '●●●●工事', '20,000,000円', '3,000円', '返戻 7,849円', '希望なし', 'PDF'],
      ['20075-000012-01新規', '令和8年11月30日', '前払金保証', '●●●●工事', '20,000,000円', '10,849円', '請求 10,849円', '郵送予定', 'PDF'],
    ]);
    expect(screen.getByRole('link', { name: '保証料計算書 20075-000012-01 のPDF' }).getAttribute('href')).toBe(
      '/documents/fee-statements/s1/fee-statement.pdf',
    );
    // Only staff record the mailing.
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('lets staff show only the paper copies still to be mailed and mark one as mailed', async () => {
    const mailedAt = '2026-11-30T03:00:00.000Z';
    renderPage(me('BRANCH_STAFF'), list([statement()]), list([statement()], { mailingPending: true }), {
      request: { query: MarkFeeStatementMailedMutation, variables: { input: { feeStatementId: 's1' } } },
      result: {
        data: {
          markFeeStatementMailed: {
            __typename: 'MarkFeeStatementMailedPayload',
            feeStatement: { __typename: 'FeeStatement', id: 's1', mailedAt },
          },
        },
      },
    });
    await screen.findByRole('table', { name: '保証料計算書' });
    fireEvent.click(await screen.findByRole('checkbox', { name: /郵送予定/ }));
    const button = await screen.findByRole('button', { name: '保証料計算書 20075-000012-01 の紙を郵送済みにする' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('郵送済み（令和8年11月30日 12:00）')).toBeTruthy());
  });
});
