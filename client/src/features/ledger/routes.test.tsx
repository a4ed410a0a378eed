import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from '../session/current-user';
import { LEDGER_PAGE_SIZE, OrdererLedgerQuery } from './LedgerPage';
import { ledgerRoutes } from './routes';

const me = (role: string, organisation: object) => ({
  request: { query: CurrentUserQueryDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', name: '利用者', email: 'user@demo.esurety.jp', role, organisation } } },
});

const emptyLedger = {
  request: { query: OrdererLedgerQuery, variables: { first: LEDGER_PAGE_SIZE, after: null } },
  result: {
    data: {
      ordererLedger: {
        __typename: 'OrdererLedgerConnection',
        boundedCount: { __typename: 'BoundedCount', count: 0, isExact: true },
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};

describe('ledger routes', () => {
  it('open the ledger to the orderer’s users', async () => {
    renderRoutes({
      path: '/ledger',
      routes: ledgerRoutes,
      mocks: [me('ORDERER', { __typename: 'Orderer', id: 'o1', name: '松本市' }), emptyLedger],
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('確認済み保証の台帳');
  });

  it('show anyone else the page that does not exist', async () => {
    renderRoutes({
      path: '/ledger',
      routes: ledgerRoutes,
      mocks: [me('CONTRACTOR', { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' })],
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('ページが見つかりません');
  });
});
