import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { typeDate } from '../../test/dates';
import { renderRoutes } from '../../test/render';
import { ReviewOrderersQuery } from './ReviewFilterForm';
import { REVIEW_PAGE_SIZE, ReviewCountsQuery, ReviewQueuePage, ReviewQueueQuery } from './ReviewQueuePage';
import { testApplication } from './test-application';
import { testConnection } from '../../test/connection';

const orderers = {
  request: { query: ReviewOrderersQuery },
  result: {
    data: {
      orderers: testConnection('Orderer', [
        { __typename: 'Orderer', id: 'o1', name: '松本市' },
        { __typename: 'Orderer', id: 'o2', name: '小田原市' },
      ]),
    },
  },
};

const queue = (variables: object, nodes: object[], totalCount = nodes.length) => ({
  request: {
    query: ReviewQueueQuery,
    variables: {
      filter: { status: 'SUBMITTED', ordererId: null, submittedFrom: null, submittedTo: null, ...variables },
      first: REVIEW_PAGE_SIZE,
      after: null,
    },
  },
  result: {
    data: {
      applications: {
        __typename: 'GuaranteeApplicationConnection',
        boundedCount: { __typename: 'BoundedCount', count: totalCount, isExact: true },
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'GuaranteeApplicationEdge', node })),
      },
    },
  },
});

const counts = (filter: object, values: Record<string, number>) => ({
  request: { query: ReviewCountsQuery, variables: { filter: { ordererId: null, submittedFrom: null, submittedTo: null, ...filter } } },
  result: {
    data: {
      applications: {
        __typename: 'GuaranteeApplicationConnection',
        statusCounts: Object.entries(values).map(([status, count]) => ({ __typename: 'ApplicationStatusCount', status, count })),
      },
    },
  },
});
const noneYet = counts({}, { SUBMITTED: 0, RETURNED: 0, ISSUED: 0, WITHDRAWN: 0 });

function renderQueue(path: string, ...mocks: object[]) {
  return renderRoutes({
    path,
    routes: [
      { path: '/review', element: <ReviewQueuePage /> },
      { path: '/review/applications/:id', element: <p>detail</p> },
    ],
    mocks: [orderers, ...mocks] as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

describe('ReviewQueuePage', () => {
  it('lists the 送信済み applications by default, with the columns staff decide by', async () => {
    renderQueue('/review', queue({}, [testApplication()]), counts({}, { SUBMITTED: 1, RETURNED: 2, ISSUED: 5, WITHDRAWN: 0 }));
    const table = await screen.findByRole('table', { name: '保証申込の一覧' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['送信日時', '申込者', '工事名', '発注者', '保証の種類', '金額', '状態']);
    const cells = within(within(table).getAllByRole('row')[1])
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual([
      '2026/04/03 10:30',
      '〇〇建設株式会社',
      '●●●●工事',
      '松本市',
      '前払金保証契約保証',
      '20,000,000円5,000,000円',
      '送信済み',
    ]);
    expect(screen.getByText('全1ページ(1件)中の1ページ目を表示しています')).toBeTruthy();
    const tabs = await screen.findByRole('tablist', { name: '手続状況' });
    await within(tabs).findByRole('tab', { name: '発行済み（5件）' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => [tab.textContent, tab.getAttribute('aria-selected')]),
    ).toEqual([
      ['送信済み（1件）', 'true'],
      ['差戻し（2件）', 'false'],
      ['発行済み（5件）', 'false'],
      ['取下げ（0件）', 'false'],
      ['すべて（8件）', 'false'],
    ]);
  });

  it('shows the issued ones in their tab, kept in the URL', async () => {
    const history = renderQueue(
      '/review',
      queue({}, []),
      queue({ status: 'ISSUED' }, [testApplication({ status: 'ISSUED' })]),
      counts({}, { SUBMITTED: 0, RETURNED: 0, ISSUED: 1, WITHDRAWN: 0 }),
      counts({}, { SUBMITTED: 0, RETURNED: 0, ISSUED: 1, WITHDRAWN: 0 }),
    );
    expect(await screen.findByText('条件に合う申込はありません。')).toBeTruthy();
    fireEvent.click(await screen.findByRole('tab', { name: '発行済み（1件）' }));
    const table = await screen.findByRole('table', { name: '保証申込の一覧' });
    expect(within(table).getByText('発行済み')).toBeTruthy();
    expect(history.location.search).toBe('?status=ISSUED');
  });

  it('searches by status, orderer and sending dates, kept in the URL, counting within them', async () => {
    const dates = { ordererId: 'o1', submittedFrom: '2026-04-01', submittedTo: '2026-04-30' };
    const history = renderQueue(
      '/review?status=ALL',
      queue({ status: null }, []),
      queue({ status: null, ...dates }, [testApplication({ status: 'ISSUED' })]),
      noneYet,
      counts(dates, { SUBMITTED: 0, RETURNED: 0, ISSUED: 1, WITHDRAWN: 0 }),
    );
    expect(await screen.findByText('条件に合う申込はありません。')).toBeTruthy();
    await screen.findByRole('option', { name: '松本市' });
    fireEvent.change(screen.getByRole('combobox', { name: '発注者' }), { target: { value: 'o1' } });
    typeDate(screen.getByLabelText('送信日(から)'), '令和8年4月1日');
    typeDate(screen.getByLabelText('送信日(まで)'), '2026/4/30');
    fireEvent.click(screen.getByRole('button', { name: '検索' }));

    const table = await screen.findByRole('table', { name: '保証申込の一覧' });
    expect(within(table).getByText('発行済み')).toBeTruthy();
    expect(history.location.search).toBe('?status=ALL&orderer=o1&from=2026-04-01&to=2026-04-30');
    expect(await screen.findByRole('tab', { name: 'すべて（1件）', selected: true })).toBeTruthy();
    expect((screen.getByLabelText('送信日(まで)') as HTMLInputElement).value).toBe('令和8年4月30日');
  });

  it('opens an application from its row', async () => {
    const history = renderQueue('/review', queue({}, [testApplication()]), noneYet);
    fireEvent.click(await screen.findByRole('link', { name: '●●●●工事' }));
    await screen.findByText('detail');
    expect(history.location.pathname).toBe('/review/applications/a1');
  });
});
