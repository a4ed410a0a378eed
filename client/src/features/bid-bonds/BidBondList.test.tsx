import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { BidBondList } from './BidBondList';
import { BidBondsQueryDocument, ConvertBidBondMutation, IssueBidBondMutation, WithdrawBidBondMutation } from './documents';

const bidBond = (overrides: object = {}) => ({
  __typename: 'BidBond',
  id: 'bb-1',
  status: 'ISSUED',
  bidBondNumber: '20075-B00001',
  workName: '松本市立〇〇小学校改築工事',
  bidDate: '2026-12-07',
  expectedContractAmount: 120_000_000,
  version: 2,
  orderer: { __typename: 'Orderer', id: 'o1', name: '松本市' },
  contractor: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
  destinationBranch: { __typename: 'Branch', id: 'b1', name: '長野支店' },
  application: null,
  ...overrides,
});

const page = (nodes: object[], filter: object | null = null) => ({
  request: { query: BidBondsQueryDocument, variables: { filter, first: 20, after: null } },
  result: {
    data: {
      bidBonds: {
        __typename: 'BidBondConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'BidBondEdge', node })),
      },
    },
  },
});

describe('BidBondList', { timeout: 30_000 }, () => {
  it('shows a contractor its reservations with number, 令和 bid date, yen and state, and offers 申込へ移行 and 取下げ', async () => {
    renderRoutes({
      path: '/list',
      routes: [{ path: '/list', element: <BidBondList role="CONTRACTOR" /> }],
      mocks: [page([bidBond(), bidBond({ id: 'bb-2', status: 'APPLIED', bidBondNumber: null, workName: '道路工事' })])],
    });
    const table = await screen.findByRole('table', { name: '契約保証予約の一覧' });
    const [, issued, applied] = within(table).getAllByRole('row');
    expect(issued.textContent).toContain('20075-B00001');
    expect(issued.textContent).toContain('令和8年12月7日');
    expect(issued.textContent).toContain('120,000,000円');
    expect(issued.textContent).toContain('予約済み');
    expect(within(issued).getByRole('button', { name: '落札: 申込へ移行（松本市立〇〇小学校改築工事）' })).toBeTruthy();
    expect(applied.textContent).toContain('(未発行)');
    expect(applied.textContent).toContain('申込中');
    // Only an issued reservation can be converted; an applied one can still be withdrawn.
    expect(within(applied).queryByRole('button', { name: /申込へ移行/ })).toBeNull();
    expect(within(applied).getByRole('button', { name: '取下げ（道路工事）' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '契約保証予約を申し込む' }).getAttribute('href')).toBe('/bid-bonds/new');
  });

  it('converts an issued reservation and opens the application’s form', async () => {
    const history = renderRoutes({
      path: '/list',
      routes: [
        { path: '/list', element: <BidBondList role="CONTRACTOR" /> },
        { path: '/applications/:id/edit', element: <p>form</p> },
      ],
      mocks: [
        page([bidBond()]),
        {
          request: { query: ConvertBidBondMutation, variables: { input: { bidBondId: 'bb-1' } } },
          result: {
            data: {
              convertBidBond: {
                __typename: 'ConvertBidBondPayload',
                bidBond: bidBond({ status: 'CONVERTED', application: { __typename: 'GuaranteeApplication', id: 'a-9' } }),
                application: { __typename: 'GuaranteeApplication', id: 'a-9', status: 'DRAFT' },
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: /申込へ移行/ }));
    expect(await screen.findByText('form')).toBeTruthy();
    expect(history.location.pathname).toBe('/applications/a-9/edit');
  });

  it('withdraws after a confirmation and says so', async () => {
    renderRoutes({
      path: '/list',
      routes: [{ path: '/list', element: <BidBondList role="CONTRACTOR" /> }],
      mocks: [
        page([bidBond()]),
        {
          request: { query: WithdrawBidBondMutation, variables: { input: { bidBondId: 'bb-1' } } },
          result: { data: { withdrawBidBond: { __typename: 'WithdrawBidBondPayload', bidBond: bidBond({ status: 'WITHDRAWN' }) } } },
        },
        page([bidBond({ status: 'WITHDRAWN' })]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: /^取下げ（/ }));
    const dialog = await screen.findByRole('dialog', { name: '契約保証予約の取下げ' });
    fireEvent.click(within(dialog).getByRole('button', { name: '取り下げる' }));
    expect(await screen.findByText('松本市立〇〇小学校改築工事の予約を取り下げました。')).toBeTruthy();
  });

  it('lets branch staff issue an applied reservation, showing the applicant and the number given', async () => {
    const applied = bidBond({ status: 'APPLIED', bidBondNumber: null });
    renderRoutes({
      path: '/list',
      routes: [{ path: '/list', element: <BidBondList role="BRANCH_STAFF" /> }],
      mocks: [
        page([applied]),
        {
          request: { query: IssueBidBondMutation, variables: { input: { bidBondId: 'bb-1' } } },
          result: {
            data: { issueBidBond: { __typename: 'IssueBidBondPayload', bidBond: { ...bidBond(), bidBondNumber: '20075-B00001' } } },
          },
        },
        page([bidBond()]),
      ],
    });
    const table = await screen.findByRole('table', { name: '契約保証予約の一覧' });
    expect(within(table).getAllByRole('row')[1].textContent).toContain('〇〇建設株式会社');
    expect(screen.queryByRole('link', { name: '契約保証予約を申し込む' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '発行（松本市立〇〇小学校改築工事）' }));
    expect(await screen.findByText('松本市立〇〇小学校改築工事の予約を予約番号 20075-B00001 で発行しました。')).toBeTruthy();
  });
});
