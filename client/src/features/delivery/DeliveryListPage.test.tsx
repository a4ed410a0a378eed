import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDate } from '../../test/dates';
import { renderRoutes } from '../../test/render';
import { DELIVERY_PAGE_SIZE, DeliveryGuaranteesQuery, DeliveryListPage } from './DeliveryListPage';
import { DeliveryOrderersQuery } from './DeliverySearchForm';
import { testConnection } from '../../test/connection';

const orderers = {
  request: { query: DeliveryOrderersQuery },
  result: {
    data: { orderers: testConnection('Orderer', [{ __typename: 'Orderer', id: 'o1', name: '松本市', certificateTitle: '松本市長' }]) },
  },
};

const row = (n: number, overrides: object = {}) => ({
  __typename: 'Guarantee',
  id: `g${n}`,
  kind: n % 2 ? 'ADVANCE_PAYMENT' : 'CONTRACT',
  certificateFormat: 'ELECTRONIC',
  contractNumber: `20075-0000${n}X`,
  status: 'ACTIVE',
  validity: 'VALID',
  workName: '●●●●工事',
  contractor: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
  orderer: { __typename: 'Orderer', id: 'o1', certificateTitle: '松本市長' },
  work: { __typename: 'Work', id: 'w1', contractAmount: 50_000_000 },
  ...overrides,
});

const list = (filter: object, nodes: object[], totalCount = nodes.length, hasNextPage = false, isExact = true) => ({
  request: { query: DeliveryGuaranteesQuery, variables: { filter, first: DELIVERY_PAGE_SIZE, after: null } },
  result: {
    data: {
      guarantees: {
        __typename: 'GuaranteeConnection',
        boundedCount: { __typename: 'BoundedCount', count: totalCount, isExact },
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c20' : null },
        edges: nodes.map((node) => ({ __typename: 'GuaranteeEdge', node })),
      },
    },
  },
});

function renderList(path: string, ...mocks: object[]) {
  return renderListFor(false, path, ...mocks);
}

function renderListFor(staff: boolean, path: string, ...mocks: object[]) {
  return renderRoutes({
    path,
    routes: [
      { path: '/guarantees', element: <DeliveryListPage staff={staff} /> },
      { path: '/guarantees/:id', element: <p>detail</p> },
      { path: '/applications', element: <p>applications</p> },
    ],
    mocks: [orderers, ...mocks] as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

describe('DeliveryListPage', () => {
  it('lists the guarantees with the flyer’s columns and its paging sentence', async () => {
    renderList(
      '/guarantees',
      list(
        {},
        Array.from({ length: 8 }, (_, i) => row(i + 1)),
      ),
    );
    const table = await screen.findByRole('table', { name: '保証契約の一覧' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['No.', '保証種類', '保証契約番号', '発注者名 / 工事名', '請負金額', '詳細']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(9);
    const cells = within(rows[1])
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual(['1', '前払', '20075-00001X', '松本市長●●●●工事', '50,000,000円', '詳細(保証契約 20075-00001X)']);
    expect(within(rows[2]).getAllByRole('cell')[1].textContent).toBe('契約');
    expect(screen.getByText('全1ページ(8件)中の1ページ目を表示しています')).toBeTruthy();
    expect(within(rows[1]).getByRole('link', { name: /^詳細/ }).getAttribute('href')).toBe('/guarantees/g1');
  });

  it('counts the pages from the total: 45 guarantees, 20 a page, make 3', async () => {
    renderList(
      '/guarantees',
      list(
        {},
        Array.from({ length: 20 }, (_, i) => row(i + 1)),
        45,
        true,
      ),
    );
    expect(await screen.findByText('全3ページ(45件)中の1ページ目を表示しています')).toBeTruthy();
  });

  it('shows the electronic ones in the 電子保証(認証キー) tab, and searches by conditions', async () => {
    const history = renderList(
      '/guarantees',
      list({}, []),
      list({ certificateFormat: 'ELECTRONIC' }, [row(1)]),
      list({ certificateFormat: 'ELECTRONIC', kind: 'ADVANCE_PAYMENT', workName: '●●', ordererId: 'o1' }, [row(1)]),
    );
    expect(await screen.findByText('条件に合う保証契約はありません。')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '電子保証(認証キー)' }));
    expect(await screen.findByRole('table', { name: '保証契約の一覧' })).toBeTruthy();
    expect(history.location.search).toBe('?tab=electronic');

    await screen.findByRole('option', { name: '松本市長' });
    fireEvent.change(screen.getByRole('combobox', { name: '保証種類' }), { target: { value: 'ADVANCE_PAYMENT' } });
    fireEvent.change(screen.getByRole('textbox', { name: '工事名' }), { target: { value: ' ●● ' } });
    fireEvent.change(screen.getByRole('combobox', { name: '発注者' }), { target: { value: 'o1' } });
    fireEvent.click(screen.getAllByRole('button', { name: '検索' })[0]);
    await screen.findByRole('table', { name: '保証契約の一覧' });
    expect(history.location.search).toBe('?tab=electronic&kind=ADVANCE_PAYMENT&work=%E2%97%8F%E2%97%8F&orderer=o1');
  });

  it('searches by a period of issue dates typed in 令和, sent as calendar days and shown in 令和', async () => {
    const history = renderList('/guarantees', list({}, []), list({ issuedFrom: '2026-04-01', issuedTo: '2026-04-30' }, [row(1)]));
    expect(await screen.findByText('条件に合う保証契約はありません。')).toBeTruthy();
    const from = screen.getByLabelText('期間(発行日から)');
    const to = screen.getByLabelText('期間(発行日まで)');
    typeDate(from, '令和8年4月30日');
    typeDate(to, '令和8年4月1日');
    fireEvent.click(screen.getAllByRole('button', { name: '検索' })[0]);
    expect(await screen.findByText('期間(発行日まで)は期間(発行日から)以降の日付にしてください。')).toBeTruthy();
    expect(history.location.search).toBe('');

    typeDate(from, 'R8.4.1');
    typeDate(to, '令和8年4月30日');
    fireEvent.click(screen.getAllByRole('button', { name: '検索' })[0]);
    await screen.findByRole('table', { name: '保証契約の一覧' });
    expect(history.location.search).toBe('?from=2026-04-01&to=2026-04-30');
    expect((screen.getByLabelText('期間(発行日から)') as HTMLInputElement).value).toBe('令和8年4月1日');
    expect((screen.getByLabelText('期間(発行日まで)') as HTMLInputElement).value).toBe('令和8年4月30日');
  });

  it('tells about a typo in the contract number as it is typed, and shows the server’s answer', async () => {
    const message = '保証契約番号 20075-00001Q の確認文字が合いません。入力に誤りがないかご確認ください。';
    renderList('/guarantees', list({}, [row(1)]), {
      request: {
        query: DeliveryGuaranteesQuery,
        variables: { filter: { contractNumber: '2007500001q' }, first: DELIVERY_PAGE_SIZE, after: null },
      },
      result: {
        errors: [
          new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'filter.contractNumber', reason: 'CHECK_CHARACTER' } }),
        ],
      },
    });
    await screen.findByRole('table', { name: '保証契約の一覧' });
    const input = screen.getByRole('textbox', { name: '保証契約番号' });
    fireEvent.change(input, { target: { value: '2007500001q' } });
    expect(screen.getByText('確認文字が合いません。入力に誤りがないかご確認ください。(20075-00001Q)')).toBeTruthy();
    fireEvent.change(input, { target: { value: '2007500001r' } });
    expect(screen.queryByText(/確認文字が合いません/)).toBeNull();

    fireEvent.change(input, { target: { value: '2007500001q' } });
    fireEvent.click(screen.getAllByRole('button', { name: '検索' })[1]);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByRole('table', { name: '保証契約の一覧' })).toBeNull();
  });

  it('opens the applications from the 保証申込 tab', async () => {
    const history = renderList('/guarantees', list({}, []));
    fireEvent.click(await screen.findByRole('tab', { name: '保証申込' }));
    expect(history.location.pathname).toBe('/applications');
  });

  it('offers the list as searched as a CSV download, with the number of rows', async () => {
    renderList('/guarantees?kind=CONTRACT&work=%E2%97%8F%E2%97%8F', list({ kind: 'CONTRACT', workName: '●●' }, [row(2)], 31, true));
    const csv = await screen.findByRole('link', { name: 'CSV出力（31件）' });
    expect(csv.getAttribute('href')).toBe('/documents/guarantees.csv?kind=CONTRACT&workName=%E2%97%8F%E2%97%8F');
    expect(csv.hasAttribute('download')).toBe(true);
  });

  it('says 「10,000件以上」 when the count stopped at its bound, and offers no CSV it would refuse', async () => {
    renderList('/guarantees?kind=CONTRACT', list({ kind: 'CONTRACT' }, [row(1), row(2)], 10_000, true, false));
    expect(await screen.findByText('10,000件以上のうち1ページ目を表示しています')).toBeTruthy();
    expect(screen.getByText('CSV出力は10,000件までです。検索条件で絞り込んでください。')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /CSV出力/ })).toBeNull();
    expect(screen.getByRole('button', { name: '次のページ' })).toBeTruthy();
  });

  it('marks revoked and expired guarantees', async () => {
    renderList('/guarantees', list({}, [row(1, { status: 'REVOKED', validity: 'REVOKED' }), row(2, { validity: 'EXPIRED' }), row(3)]));
    const rows = within(await screen.findByRole('table', { name: '保証契約の一覧' })).getAllByRole('row');
    expect(within(rows[1]).getByText('取消済み')).toBeTruthy();
    expect(within(rows[2]).getByText('期限切れ')).toBeTruthy();
    expect(within(rows[3]).queryByText(/取消済み|期限切れ|有効/)).toBeNull();
  });

  describe('for branch staff', () => {
    it('shows whose guarantee each is, and no 保証申込 tab', async () => {
      renderListFor(true, '/guarantees', list({}, [row(1)]));
      const table = await screen.findByRole('table', { name: '保証契約の一覧' });
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent);
      expect(headers).toEqual(['No.', '保証種類', '保証契約番号', '請負者', '発注者名 / 工事名', '請負金額', '詳細']);
      expect(within(within(table).getAllByRole('row')[1]).getAllByRole('cell')[3].textContent).toBe('〇〇建設株式会社');
      expect(screen.queryByRole('tab', { name: '保証申込' })).toBeNull();
      expect(screen.getByText('自支店が発行した保証契約を検索し、詳細から変更・訂正・取消ができます。')).toBeTruthy();
    });

    it('searches by contractor and state, keeping them in the URL and in the CSV', async () => {
      const history = renderListFor(
        true,
        '/guarantees',
        list({}, [row(1)]),
        list({ validity: 'EXPIRED', contractorName: '△△' }, [row(2, { validity: 'EXPIRED' })]),
      );
      await screen.findByRole('table', { name: '保証契約の一覧' });
      fireEvent.change(screen.getByRole('textbox', { name: '請負者' }), { target: { value: ' △△ ' } });
      fireEvent.change(screen.getByRole('combobox', { name: '状態' }), { target: { value: 'EXPIRED' } });
      fireEvent.click(screen.getAllByRole('button', { name: '検索' })[0]);
      expect(await screen.findByText('期限切れ', { selector: '.mantine-Badge-label' })).toBeTruthy();
      expect(history.location.search).toBe('?state=EXPIRED&contractor=%E2%96%B3%E2%96%B3');
      expect(screen.getByRole('link', { name: 'CSV出力（1件）' }).getAttribute('href')).toBe(
        '/documents/guarantees.csv?validity=EXPIRED&contractorName=%E2%96%B3%E2%96%B3',
      );
    });
  });

  it('has no contractor search for the contractor', async () => {
    renderList('/guarantees', list({}, []));
    await screen.findByText('条件に合う保証契約はありません。');
    expect(screen.queryByRole('textbox', { name: '請負者' })).toBeNull();
  });
});
