import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from '../session/current-user';
import { ApplicationFormRoute } from './ApplicationFormPage';
import {
  ApplicationFormOptionsQueryDocument,
  ApplicationQueryDocument,
  SaveApplicationMutation,
  SubmitApplicationMutation,
} from './documents';
import { formOptions, savedDraft } from './test-fixtures';
import { testConnection } from '../../test/connection';

const me = {
  __typename: 'User',
  id: 'u1',
  name: '建設 次郎',
  email: 'contractor@demo.esurety.jp',
  role: 'CONTRACTOR',
  organisation: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
};

const common = [
  { request: { query: CurrentUserQueryDocument }, result: { data: { me } } },
  {
    request: { query: ApplicationFormOptionsQueryDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'u1',
          organisation: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社', address: '長野県松本市中央一丁目1番1号' },
        },
        works: {
          __typename: 'WorkConnection',
          edges: formOptions.works.map((node) => ({ __typename: 'WorkEdge', node })),
        },
        orderers: testConnection('Orderer', formOptions.orderers),
        branches: formOptions.branches,
      },
    },
  },
];

const routes = [
  { path: '/applications/new', element: <ApplicationFormRoute /> },
  { path: '/applications/:id/edit', element: <ApplicationFormRoute /> },
];

describe('ApplicationFormPage', { timeout: 30_000 }, () => {
  it('saves, shows the application as the server saved it (預託金融機関 in full-width), sends it and says so', async () => {
    let sentInput: Record<string, unknown> | undefined;
    renderRoutes({
      path: '/applications/a-1/edit',
      routes,
      mocks: [
        ...common,
        { request: { query: ApplicationQueryDocument, variables: { id: 'a-1' } }, result: { data: { application: savedDraft } } },
        {
          request: {
            query: SaveApplicationMutation,
            variables: (v: { input: Record<string, unknown> }) => {
              sentInput = v.input;
              return v.input.applicationId === 'a-1';
            },
          },
          result: { data: { saveApplication: { __typename: 'SaveApplicationPayload', application: savedDraft } } },
        },
        {
          request: { query: SubmitApplicationMutation, variables: { input: { applicationId: 'a-1' } } },
          result: {
            data: {
              submitApplication: {
                __typename: 'SubmitApplicationPayload',
                application: { ...savedDraft, status: 'SUBMITTED', submittedAt: '2026-11-22T03:54:00.000Z', version: 3 },
              },
            },
          },
        },
      ],
    });

    const advance = within(await screen.findByRole('region', { name: '前払金保証' }));
    const bank = advance.getByRole('textbox', { name: '預託金融機関(全角)' });
    fireEvent.change(bank, { target: { value: 'ｻﾝﾌﾟﾙ銀行 ABC支店' } });
    fireEvent.click(screen.getByRole('button', { name: '確認へ' }));

    expect(await screen.findByRole('heading', { level: 2, name: '申込内容の確認' })).toBeTruthy();
    expect(sentInput).toMatchObject({
      applicationId: 'a-1',
      expectedVersion: savedDraft.version,
      workId: 'w-1',
      advancePayment: { depositBank: 'ｻﾝﾌﾟﾙ銀行 ABC支店', amount: 20_000_000 },
    });
    expect(screen.getByTestId('deposit-bank').textContent).toBe('サンプル銀行　ＡＢＣ支店');
    expect(screen.getByText('20,000,000円（40.0%）')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '送信' }));
    expect(await screen.findByRole('heading', { level: 2, name: '送信完了' })).toBeTruthy();
    const sent = within(screen.getByRole('table', { name: '送信した申込' }));
    expect(sent.getByRole('row', { name: /手続状況/ }).textContent).toContain('送信済み');
    expect(sent.getByRole('row', { name: /送信日時/ }).textContent).toContain('令和8年11月22日 12:54');
  });

  it('shows each message the server gives at its own field, and stays on the form', async () => {
    const router = renderRoutes({
      path: '/applications/new',
      routes,
      mocks: [
        ...common,
        {
          request: { query: SaveApplicationMutation, variables: () => true },
          result: {
            errors: [
              new GraphQLError('申込送信先の支店が見つかりません。', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'input.destinationBranchId',
                  fields: [{ field: 'input.destinationBranchId', message: '申込送信先の支店が見つかりません。' }],
                },
              }),
            ],
          },
        },
      ],
    });
    const select = await screen.findByRole('combobox', { name: '申込送信先' });
    fireEvent.change(select, { target: { value: 'b-nagano' } });
    fireEvent.click(screen.getByRole('button', { name: '下書き保存' }));

    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (select.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join()).toContain('申込送信先の支店が見つかりません。');
    expect(screen.getByTestId('error-summary').textContent).toContain('申込送信先の支店が見つかりません。');
    expect(router.state.location.pathname).toBe('/applications/new');
  });

  it('says when another tab saved first, and loads the latest version on request', async () => {
    const latest = { ...savedDraft, version: savedDraft.version + 1, contactName: '別タブ 花子' };
    renderRoutes({
      path: '/applications/a-1/edit',
      routes,
      mocks: [
        ...common,
        { request: { query: ApplicationQueryDocument, variables: { id: 'a-1' } }, result: { data: { application: savedDraft } } },
        {
          request: {
            query: SaveApplicationMutation,
            variables: (v: { input: { expectedVersion?: number } }) => v.input.expectedVersion === savedDraft.version,
          },
          result: {
            errors: [
              new GraphQLError('この申込は他の画面又は操作で更新されました。最新の内容を確認してから、もう一度保存してください。', {
                extensions: { code: 'CONFLICT', current: { applicationId: 'a-1', version: latest.version, status: 'DRAFT' } },
              }),
            ],
          },
        },
        { request: { query: ApplicationQueryDocument, variables: { id: 'a-1' } }, result: { data: { application: latest } } },
      ],
    });
    const information = within(await screen.findByRole('region', { name: 'インフォメーション' }));
    fireEvent.change(information.getByRole('textbox', { name: '担当者名' }), { target: { value: 'この画面 太郎' } });
    fireEvent.click(screen.getByRole('button', { name: '下書き保存' }));

    expect((await screen.findByRole('alert')).textContent).toContain('この申込は他の画面又は操作で更新されました。');
    fireEvent.click(screen.getByRole('button', { name: '最新の内容を読み込む（この画面での変更は破棄されます）' }));
    await waitFor(() => expect((information.getByRole('textbox', { name: '担当者名' }) as HTMLInputElement).value).toBe('別タブ 花子'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves nothing when 確認へ (or Enter in a field) finds the application incomplete', async () => {
    let saves = 0;
    const router = renderRoutes({
      path: '/applications/new',
      routes,
      mocks: [
        ...common,
        {
          request: { query: SaveApplicationMutation, variables: () => true },
          result: () => {
            saves++;
            return { errors: [new GraphQLError('unexpected')] };
          },
        },
      ],
    });
    const contact = await screen.findByRole('textbox', { name: '担当者名' });
    fireEvent.change(contact, { target: { value: '建設 次郎' } });
    fireEvent.click(screen.getByRole('button', { name: '確認へ' }));
    expect(await screen.findByTestId('error-summary')).toBeTruthy();
    fireEvent.submit(contact.closest('form')!);
    await waitFor(() => expect(screen.getByTestId('error-summary')).toBeTruthy());
    expect(saves).toBe(0);
    expect(router.state.location.pathname).toBe('/applications/new');
  });

  it('asks before leaving with unsaved changes, and stays or leaves as told', async () => {
    const router = renderRoutes({
      path: '/applications/new',
      routes: [...routes, { path: '/guarantees', element: <p>guarantees</p> }],
      mocks: [...common],
    });
    fireEvent.change(await screen.findByRole('textbox', { name: '担当者名' }), { target: { value: '建設 次郎' } });
    void router.navigate('/guarantees');
    const dialog = await screen.findByRole('dialog', { name: '保存していない変更があります' }, { timeout: 3000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'このページに留まる' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/applications/new');
    expect((screen.getByRole('textbox', { name: '担当者名' }) as HTMLInputElement).value).toBe('建設 次郎');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    void router.navigate('/guarantees');
    fireEvent.click(within(await screen.findByRole('dialog', {}, { timeout: 3000 })).getByRole('button', { name: '保存せずに離れる' }));
    expect(await screen.findByText('guarantees')).toBeTruthy();
  });
});
