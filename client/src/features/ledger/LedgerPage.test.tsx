import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { LEDGER_PAGE_SIZE, LedgerPage, OrdererLedgerQuery } from './LedgerPage';

const row = (n: number, overrides: object = {}) => ({
  __typename: 'Guarantee',
  id: `g${n}`,
  contractNumber: `20075-0000${n}R`,
  kind: 'ADVANCE_PAYMENT',
  workName: `●●●●工事${n}`,
  amount: 20_000_000,
  validity: 'VALID',
  revokedAt: null,
  contractor: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
  ordererView: {
    __typename: 'OrdererView',
    id: `v${n}`,
    firstViewedAt: '2026-04-06T00:00:00.000Z',
    lastViewedAt: '2026-05-01T01:30:00.000Z',
    viewCount: 2,
  },
  ...overrides,
});

const ledger = (nodes: object[], totalCount = nodes.length) => ({
  request: { query: OrdererLedgerQuery, variables: { first: LEDGER_PAGE_SIZE, after: null } },
  result: {
    data: {
      ordererLedger: {
        __typename: 'OrdererLedgerConnection',
        boundedCount: { __typename: 'BoundedCount', count: totalCount, isExact: true },
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'OrdererLedgerEdge', node })),
      },
    },
  },
});

function renderLedger(...mocks: object[]) {
  renderRoutes({
    path: '/ledger',
    routes: [
      { path: '/ledger', element: <LedgerPage /> },
      { path: '/ledger/:id', element: <p>detail</p> },
    ],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

describe('LedgerPage', () => {
  it('lists the verified guarantees with their state now and when they were viewed', async () => {
    renderLedger(
      ledger([
        row(1),
        row(2, { kind: 'CONTRACT', amount: 5_000_000, validity: 'REVOKED', revokedAt: '2026-06-30T03:00:00.000Z' }),
        row(3, { validity: 'EXPIRED' }),
      ]),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('確認済み保証の台帳');
    const table = await screen.findByRole('table', { name: '確認済みの保証契約' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['保証契約番号', '保証種類', '工事名', '請負者', '保証金額', '状態', '最初に閲覧', '最後に閲覧']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        within(r).getByRole('rowheader').textContent,
        ...within(r)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ]);
    expect(rows).toEqual([
      ['20075-00001R', '前払金保証', '●●●●工事1', '〇〇建設株式会社', '20,000,000円', '有効', '令和8年4月6日 09:00', '令和8年5月1日 10:30'],
      [
        '20075-00002R',
        '契約保証',
        '●●●●工事2',
        '〇〇建設株式会社',
        '5,000,000円',
        '取消済み（令和8年6月30日）',
        '令和8年4月6日 09:00',
        '令和8年5月1日 10:30',
      ],
      [
        '20075-00003R',
        '前払金保証',
        '●●●●工事3',
        '〇〇建設株式会社',
        '20,000,000円',
        '期限切れ',
        '令和8年4月6日 09:00',
        '令和8年5月1日 10:30',
      ],
    ]);
    expect(within(table).getByRole('link', { name: '20075-00002R' }).getAttribute('href')).toBe('/ledger/g2');
    expect(screen.getByText('全1ページ(3件)中の1ページ目を表示しています')).toBeTruthy();
  });

  it('says when nothing has been verified yet, and leads to the verification service', async () => {
    renderLedger(ledger([]));
    expect(await screen.findByText(/確認済みの保証契約はまだありません。/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '保証確認サービスで確認する' }).getAttribute('href')).toBe('/verify');
  });
});
