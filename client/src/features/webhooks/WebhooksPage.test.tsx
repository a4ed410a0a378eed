import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { DeleteWebhookEndpointMutation } from './DeleteWebhookModal';
import {
  PauseWebhookEndpointMutation,
  PingWebhookEndpointMutation,
  ResumeWebhookEndpointMutation,
  RotateWebhookSecretMutation,
} from './endpoint-actions';
import { RegisterWebhookEndpointMutation } from './RegisterWebhookForm';
import { testEndpoint } from './test-webhooks';
import { WebhooksPage } from './WebhooksPage';
import { WEBHOOK_ENDPOINTS_PAGE, WebhookEndpointsQuery } from './endpoints-query';
import { testConnection } from '../../test/connection';

const list = (endpoints: object[]) => ({
  request: { query: WebhookEndpointsQuery, variables: WEBHOOK_ENDPOINTS_PAGE },
  result: { data: { webhookEndpoints: testConnection('WebhookEndpoint', endpoints) } },
});

function renderPage(...mocks: object[]) {
  return renderRoutes({
    path: '/settings/webhooks',
    routes: [
      { path: '/settings/webhooks', element: <WebhooksPage /> },
      { path: '/settings/webhooks/:id/deliveries', element: <p>deliveries</p> },
    ],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    );

describe('WebhooksPage', () => {
  it('lists the endpoints with their events in Japanese, and links to their deliveries', async () => {
    const history = renderPage(list([testEndpoint()]));
    const table = await screen.findByRole('table', { name: '登録済みの送信先' });
    expect(cellsOf(table)).toEqual([
      [
        'https://erp.example.co.jp/esurety',
        '保証契約の発行、保証契約の変更',
        '有効',
        '令和8年4月4日 09:00',
        '配信状況テスト送信一時停止秘密の更新削除',
      ],
    ]);

    fireEvent.click(within(table).getByRole('link', { name: 'https://erp.example.co.jp/esurety の配信状況' }));
    await waitFor(() => expect(history.location.pathname).toBe('/settings/webhooks/w1/deliveries'));
  });

  it('checks the URL and the events before sending', async () => {
    renderPage(list([]));
    expect(await screen.findByText('登録された送信先はありません。')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '送信先URL' }), { target: { value: 'http://erp.example.co.jp/esurety' } });
    fireEvent.click(screen.getByRole('button', { name: '登録' }));
    expect(await screen.findByText('https:// で始まる URL を入力してください。', { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
    expect(screen.getByText('通知するイベントを1つ以上選んでください。')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '送信先URL' }));

    fireEvent.change(screen.getByRole('textbox', { name: '送信先URL' }), { target: { value: 'https://erp.example.co.jp/esurety' } });
    fireEvent.click(screen.getByRole('button', { name: '登録' }));
    expect(screen.queryByText('https:// で始まる URL を入力してください。', { selector: '.mantine-InputWrapper-error' })).toBeNull();
    const events = screen.getByRole('group', { name: '通知するイベント' });
    expect(document.activeElement).toBe(within(events).getAllByRole('checkbox')[0]);
    fireEvent.click(within(events).getAllByRole('checkbox')[1]!);
    expect(screen.queryByText('通知するイベントを1つ以上選んでください。')).toBeNull();
  });

  it('registers an endpoint and shows its signing secret once', async () => {
    const secret = 'whsec_5f2b8c0d9e';
    renderPage(list([]), {
      request: {
        query: RegisterWebhookEndpointMutation,
        variables: { input: { url: 'https://erp.example.co.jp/esurety', events: ['GUARANTEE_ISSUED', 'APPLICATION_RETURNED'] } },
      },
      result: {
        data: {
          registerWebhookEndpoint: {
            __typename: 'RegisterWebhookEndpointPayload',
            secret,
            webhookEndpoint: testEndpoint({ events: ['GUARANTEE_ISSUED', 'APPLICATION_RETURNED'] }),
          },
        },
      },
    });
    await screen.findByText('登録された送信先はありません。');
    fireEvent.change(screen.getByRole('textbox', { name: '送信先URL' }), { target: { value: 'https://erp.example.co.jp/esurety' } });
    const events = screen.getByRole('group', { name: '通知するイベント' });
    expect(
      within(events)
        .getAllByRole('checkbox')
        .map((c) => c.closest('.mantine-Checkbox-root')?.textContent),
    ).toEqual([
      '保証契約の発行',
      '保証契約の変更',
      '保証契約の訂正',
      '保証契約の取消',
      '申込の送信',
      '申込の差戻し',
      '契約保証予約の申込',
      '契約保証予約の発行',
      '契約保証予約の申込への移行',
      '契約保証予約の取下げ',
      '契約保証予約の失効',
      '保証料計算書の作成',
      '保証料計算書(紙)の郵送',
    ]);
    fireEvent.click(within(events).getByRole('checkbox', { name: '申込の差戻し' }));
    fireEvent.click(within(events).getByRole('checkbox', { name: '保証契約の発行' }));
    fireEvent.click(screen.getByRole('button', { name: '登録' }));

    const box = await screen.findByRole('region', { name: '署名用の秘密' });
    expect(box.textContent).toContain('この秘密は今だけ表示されます。安全な場所に保管してください。');
    expect((within(box).getByRole('textbox', { name: '署名用の秘密' }) as HTMLInputElement).value).toBe(secret);
    expect(within(box).getByRole('button', { name: '秘密をコピー' })).toBeTruthy();

    const table = screen.getByRole('table', { name: '登録済みの送信先' });
    expect(cellsOf(table)[0].slice(0, 2)).toEqual(['https://erp.example.co.jp/esurety', '保証契約の発行、申込の差戻し']);
    expect(table.textContent).not.toContain(secret);

    fireEvent.click(within(box).getByRole('button', { name: '保管しました(表示を閉じる)' }));
    expect(screen.queryByDisplayValue(secret)).toBeNull();
  });

  it('shows the server’s message at the URL field', async () => {
    renderPage(list([]), {
      request: {
        query: RegisterWebhookEndpointMutation,
        variables: { input: { url: 'https://localhost/hook', events: ['GUARANTEE_ISSUED'] } },
      },
      result: { errors: [new GraphQLError('この送信先URLは使えません。', { extensions: { code: 'BAD_USER_INPUT', field: 'input.url' } })] },
    });
    await screen.findByText('登録された送信先はありません。');
    fireEvent.change(screen.getByRole('textbox', { name: '送信先URL' }), { target: { value: 'https://localhost/hook' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '保証契約の発行' }));
    fireEvent.click(screen.getByRole('button', { name: '登録' }));
    expect(await screen.findByText('この送信先URLは使えません。')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '署名用の秘密' })).toBeNull();
  });

  it('deletes an endpoint after a confirmation', async () => {
    renderPage(list([testEndpoint(), testEndpoint({ id: 'w2', url: 'https://other.example.jp/hook' })]), {
      request: { query: DeleteWebhookEndpointMutation, variables: { input: { webhookEndpointId: 'w1' } } },
      result: {
        data: {
          deleteWebhookEndpoint: {
            __typename: 'DeleteWebhookEndpointPayload',
            webhookEndpoint: { __typename: 'WebhookEndpoint', id: 'w1' },
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: '登録済みの送信先' });
    fireEvent.click(within(table).getByRole('button', { name: 'https://erp.example.co.jp/esurety を削除' }));
    const dialog = await screen.findByRole('dialog', { name: '送信先を削除します' });
    expect(dialog.textContent).toContain('配信の記録は監査のため残ります');
    fireEvent.click(within(dialog).getByRole('button', { name: '削除する' }));

    expect(await screen.findByText('https://erp.example.co.jp/esurety を削除しました。')).toBeTruthy();
    expect(cellsOf(screen.getByRole('table', { name: '登録済みの送信先' })).map((cells) => cells[0])).toEqual([
      'https://other.example.jp/hook',
    ]);
  });

  it('sends a test event, and pauses and resumes an endpoint', async () => {
    const input = { input: { webhookEndpointId: 'w1' } };
    renderPage(
      list([testEndpoint()]),
      {
        request: { query: PingWebhookEndpointMutation, variables: input },
        result: {
          data: {
            pingWebhookEndpoint: {
              __typename: 'PingWebhookEndpointPayload',
              webhookDelivery: {
                __typename: 'WebhookDelivery',
                id: 'd9',
                eventId: 'e9',
                event: 'PING',
                status: 'PENDING',
                attempts: 0,
                lastStatusCode: null,
                lastError: null,
                createdAt: '2026-04-04T00:00:00.000Z',
                deliveredAt: null,
                nextAttemptAt: '2026-04-04T00:00:00.000Z',
                redeliveryOf: null,
              },
            },
          },
        },
      },
      {
        request: { query: PauseWebhookEndpointMutation, variables: input },
        result: {
          data: {
            pauseWebhookEndpoint: {
              __typename: 'PauseWebhookEndpointPayload',
              webhookEndpoint: testEndpoint({ active: false, pausedAt: '2026-04-05T00:00:00.000Z' }),
            },
          },
        },
      },
      {
        request: { query: ResumeWebhookEndpointMutation, variables: input },
        result: { data: { resumeWebhookEndpoint: { __typename: 'ResumeWebhookEndpointPayload', webhookEndpoint: testEndpoint() } } },
      },
    );
    const table = await screen.findByRole('table', { name: '登録済みの送信先' });
    fireEvent.click(within(table).getByRole('button', { name: 'https://erp.example.co.jp/esurety にテスト送信' }));
    expect(await screen.findByText(/へのテスト送信を受け付けました/)).toBeTruthy();

    fireEvent.click(within(table).getByRole('button', { name: 'https://erp.example.co.jp/esurety を一時停止' }));
    expect(await screen.findByText(/を一時停止しました。再開するまで通知を送りません。/)).toBeTruthy();
    expect(cellsOf(table)[0][2]).toBe('一時停止中');
    expect(
      (within(table).getByRole('button', { name: 'https://erp.example.co.jp/esurety にテスト送信' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(table).getByRole('button', { name: 'https://erp.example.co.jp/esurety を再開' }));
    expect(await screen.findByText(/を再開しました/)).toBeTruthy();
    expect(cellsOf(table)[0][2]).toBe('有効');
  });

  it('rotates the signing secret after a confirmation and shows the new one once', async () => {
    const secret = 'whsec_new_7a1c';
    const overlapEnd = new Date(Date.now() + 24 * 3600_000).toISOString();
    renderPage(list([testEndpoint()]), {
      request: { query: RotateWebhookSecretMutation, variables: { input: { webhookEndpointId: 'w1', overlapHours: 24 } } },
      result: {
        data: {
          rotateWebhookSecret: {
            __typename: 'RotateWebhookSecretPayload',
            secret,
            webhookEndpoint: testEndpoint({ previousSecretExpiresAt: overlapEnd }),
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: '登録済みの送信先' });
    fireEvent.click(within(table).getByRole('button', { name: 'https://erp.example.co.jp/esurety の秘密の更新' }));
    const dialog = await screen.findByRole('dialog', { name: '署名用の秘密を更新します' });
    expect(dialog.textContent).toContain('これから24時間は前の秘密でも署名する');
    fireEvent.click(within(dialog).getByRole('button', { name: '更新する' }));

    const box = await screen.findByRole('region', { name: '署名用の秘密' });
    expect(box.textContent).toContain('署名用の秘密を更新しました');
    expect((within(box).getByRole('textbox', { name: '署名用の秘密' }) as HTMLInputElement).value).toBe(secret);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(cellsOf(table)[0][2]).toMatch(/^有効前の秘密でも令和.+まで署名$/);
  });
});
