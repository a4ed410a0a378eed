import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { testEndpoint } from './test-webhooks';
import { WEBHOOK_DELIVERY_PAGE_SIZE, WebhookDeliveriesPage, WebhookDeliveriesQuery } from './WebhookDeliveriesPage';
import { WEBHOOK_ENDPOINTS_PAGE, WebhookEndpointsQuery } from './endpoints-query';
import { testConnection } from '../../test/connection';
import { RedeliverWebhookDeliveryMutation } from './endpoint-actions';

const delivery = (overrides: object = {}) => ({
  __typename: 'WebhookDelivery',
  id: 'd1',
  event: 'GUARANTEE_ISSUED',
  status: 'DELIVERED',
  attempts: 1,
  lastStatusCode: 200,
  lastError: null,
  createdAt: '2026-04-04T00:00:00.000Z',
  deliveredAt: '2026-04-04T00:00:02.000Z',
  nextAttemptAt: '2026-04-04T00:00:00.000Z',
  eventId: 'e1',
  redeliveryOf: null,
  ...overrides,
});

const deliveries = (after: string | null, nodes: object[], page: { total: number; hasNextPage: boolean; endCursor: string | null }) => ({
  request: { query: WebhookDeliveriesQuery, variables: { webhookEndpointId: 'w1', first: WEBHOOK_DELIVERY_PAGE_SIZE, after } },
  result: {
    data: {
      webhookDeliveries: {
        __typename: 'WebhookDeliveryConnection',
        totalCount: page.total,
        pageInfo: { __typename: 'PageInfo', hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        edges: nodes.map((node) => ({ __typename: 'WebhookDeliveryEdge', node })),
      },
    },
  },
});

const endpoints = {
  request: { query: WebhookEndpointsQuery, variables: WEBHOOK_ENDPOINTS_PAGE },
  result: { data: { webhookEndpoints: testConnection('WebhookEndpoint', [testEndpoint()]) } },
};

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    );

describe('WebhookDeliveriesPage', () => {
  it('shows each delivery’s status in words, attempts, HTTP status and error, page by page', async () => {
    renderRoutes({
      path: '/settings/webhooks/w1/deliveries',
      routes: [{ path: '/settings/webhooks/:id/deliveries', element: <WebhookDeliveriesPage /> }],
      mocks: [
        endpoints,
        deliveries(
          null,
          [
            delivery(),
            delivery({
              id: 'd2',
              event: 'GUARANTEE_CHANGED',
              status: 'PENDING',
              attempts: 2,
              lastStatusCode: 503,
              lastError: 'HTTP 503',
              deliveredAt: null,
              nextAttemptAt: '2026-04-04T00:02:00.000Z',
            }),
            delivery({
              id: 'd3',
              event: 'APPLICATION_RETURNED',
              status: 'FAILED',
              attempts: 8,
              lastStatusCode: null,
              lastError: 'timeout after 10 s',
              deliveredAt: null,
            }),
          ],
          { total: 21, hasNextPage: true, endCursor: 'c20' },
        ),
        deliveries('c20', [delivery({ id: 'd21', event: 'GUARANTEE_REVOKED' })], { total: 21, hasNextPage: false, endCursor: 'c21' }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook の配信状況' })).toBeTruthy();
    const endpoint = await screen.findByRole('table', { name: '送信先' });
    expect(endpoint.textContent).toContain('https://erp.example.co.jp/esurety');
    expect(endpoint.textContent).toContain('保証契約の発行、保証契約の変更');

    const table = await screen.findByRole('table', { name: '配信の一覧' });
    expect(cellsOf(table)).toEqual([
      ['令和8年4月4日 09:00', '保証契約の発行', '配信済み', '1', '200', '', '令和8年4月4日 09:00', '再送'],
      ['令和8年4月4日 09:00', '保証契約の変更', '配信待ち', '2', '503', 'HTTP 503', '次の試行 令和8年4月4日 09:02', ''],
      ['令和8年4月4日 09:00', '申込の差戻し', '失敗', '8', '', 'timeout after 10 s', '', '再送'],
    ]);
    expect(screen.getByText('全2ページ(21件)中の1ページ目を表示しています')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '次のページ' }));
    expect(await screen.findByText('保証契約の取消')).toBeTruthy();
    expect(screen.getByText('全2ページ(21件)中の2ページ目を表示しています')).toBeTruthy();
  });

  it('says so when the endpoint is gone', async () => {
    renderRoutes({
      path: '/settings/webhooks/w9/deliveries',
      routes: [{ path: '/settings/webhooks/:id/deliveries', element: <WebhookDeliveriesPage /> }],
      mocks: [
        endpoints,
        {
          request: {
            query: WebhookDeliveriesQuery,
            variables: { webhookEndpointId: 'w9', first: WEBHOOK_DELIVERY_PAGE_SIZE, after: null },
          },
          result: { errors: [new GraphQLError('Webhook 送信先が見つかりません。', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByText('この送信先は見つかりません。削除された可能性があります。')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Webhook の設定へ戻る' }).getAttribute('href')).toBe('/settings/webhooks');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('redelivers a past delivery and shows the new one', async () => {
    const page = { total: 1, hasNextPage: false, endCursor: 'c1' };
    const failed = delivery({ id: 'd3', status: 'FAILED', attempts: 8, lastStatusCode: 500, lastError: 'HTTP 500', deliveredAt: null });
    const copy = delivery({ id: 'd4', status: 'PENDING', attempts: 0, lastStatusCode: null, deliveredAt: null, redeliveryOf: 'd3' });
    renderRoutes({
      path: '/settings/webhooks/w1/deliveries',
      routes: [{ path: '/settings/webhooks/:id/deliveries', element: <WebhookDeliveriesPage /> }],
      mocks: [
        endpoints,
        deliveries(null, [failed], page),
        {
          request: { query: RedeliverWebhookDeliveryMutation, variables: { input: { webhookDeliveryId: 'd3' } } },
          result: { data: { redeliverWebhookDelivery: { __typename: 'RedeliverWebhookDeliveryPayload', webhookDelivery: copy } } },
        },
        deliveries(null, [copy, failed], { ...page, total: 2 }),
      ],
    });
    const table = await screen.findByRole('table', { name: '配信の一覧' });
    fireEvent.click(within(table).getByRole('button', { name: '令和8年4月4日 09:00 の配信を再送' }));
    expect(await screen.findByText('再送を受け付けました。数秒後に結果が表示されます。')).toBeTruthy();
    expect(await within(table).findByText('(再送)')).toBeTruthy();
    expect(cellsOf(table)[0].slice(1, 3)).toEqual(['保証契約の発行(再送)', '配信待ち']);
  });
});
