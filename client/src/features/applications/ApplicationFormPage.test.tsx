import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDate } from '../../test/dates';
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

/** The text the element points to with aria-describedby: its notes and its error message. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

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
    const history = renderRoutes({
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
    expect(description(select)).toContain('申込送信先の支店が見つかりません。');
    expect(screen.getByTestId('error-summary').textContent).toContain('申込送信先の支店が見つかりません。');
    expect(history.location.pathname).toBe('/applications/new');

    // Visiting the field keeps the server's word; changing it gives the field back to the rules.
    fireEvent.focus(select);
    fireEvent.blur(select);
    expect(description(select)).toContain('申込送信先の支店が見つかりません。');
    fireEvent.change(select, { target: { value: 'b-kanagawa' } });
    expect(description(select)).not.toContain('申込送信先の支店が見つかりません。');
    expect(select.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('sends a new work’s dates typed in the era as the API’s dates', async () => {
    let sentWork: Record<string, unknown> | undefined;
    const history = renderRoutes({
      path: '/applications/new',
      routes: [...routes.slice(0, 1), { path: '/applications/:id/edit', element: <p>saved</p> }],
      mocks: [
        ...common,
        {
          request: {
            query: SaveApplicationMutation,
            variables: (v: { input: { work?: Record<string, unknown> } }) => {
              sentWork = v.input.work;
              return true;
            },
          },
          result: { data: { saveApplication: { __typename: 'SaveApplicationPayload', application: { ...savedDraft, id: 'a-2' } } } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('radio', { name: '新しい工事を入力する' }));
    typeDate(screen.getByLabelText(/^請負契約日/), '令和8年4月1日');
    typeDate(screen.getByRole('textbox', { name: '工期（着工日）' }), 'R8.4.2');
    typeDate(screen.getByRole('textbox', { name: '工期（完成日）' }), '2027/3/19');
    fireEvent.click(screen.getByRole('radio', { name: '指名日（随意契約）' }));
    typeDate(screen.getByRole('textbox', { name: '指名日（随意契約）' }), '令和8年3月2日');
    fireEvent.click(screen.getByRole('button', { name: '下書き保存' }));

    expect(await screen.findByText('saved', {}, { timeout: 5000 })).toBeTruthy();
    expect(history.location.pathname).toBe('/applications/a-2/edit');
    expect(sentWork).toMatchObject({
      contractDate: '2026-04-01',
      startDate: '2026-04-02',
      endDate: '2027-03-19',
      announcedOn: null,
      nominatedOn: '2026-03-02',
    });
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
    const history = renderRoutes({
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
    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain('申込送信先を入力してください。');
    // Required fields not yet visited say so too, and keep saying so as the form changes.
    const branch = screen.getByRole('combobox', { name: '申込送信先' });
    expect(description(branch)).toContain('申込送信先を入力してください。');
    fireEvent.change(contact, { target: { value: '建設 次郎（総務）' } });
    expect(description(branch)).toContain('申込送信先を入力してください。');
    expect(description(screen.getByRole('combobox', { name: '工事の選択' }))).toContain(
      '請負工事を選択するか、工事の情報を入力してください。',
    );
    fireEvent.submit(contact.closest('form')!);
    await waitFor(() => expect(screen.getByTestId('error-summary')).toBeTruthy());
    expect(saves).toBe(0);
    expect(history.location.pathname).toBe('/applications/new');
  });

  it('asks before leaving with unsaved changes, and stays or leaves as told', async () => {
    const history = renderRoutes({
      path: '/applications/new',
      routes: [...routes, { path: '/guarantees', element: <p>guarantees</p> }],
      mocks: [...common],
    });
    fireEvent.change(await screen.findByRole('textbox', { name: '担当者名' }), { target: { value: '建設 次郎' } });
    history.push('/guarantees');
    const dialog = await screen.findByRole('dialog', { name: '保存していない変更があります' }, { timeout: 3000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'このページに留まる' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(history.location.pathname).toBe('/applications/new');
    expect((screen.getByRole('textbox', { name: '担当者名' }) as HTMLInputElement).value).toBe('建設 次郎');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    history.push('/guarantees');
    fireEvent.click(within(await screen.findByRole('dialog', {}, { timeout: 3000 })).getByRole('button', { name: '保存せずに離れる' }));
    expect(await screen.findByText('guarantees')).toBeTruthy();
  });

  it('asks nothing once the changes are saved, or undone by hand', async () => {
    const history = renderRoutes({
      path: '/applications/a-1/edit',
      routes: [...routes, { path: '/guarantees', element: <p>guarantees</p> }],
      mocks: [
        ...common,
        { request: { query: ApplicationQueryDocument, variables: { id: 'a-1' } }, result: { data: { application: savedDraft } } },
        // The page again: its options and the application are read afresh.
        common[1]!,
        { request: { query: ApplicationQueryDocument, variables: { id: 'a-1' } }, result: { data: { application: savedDraft } } },
        {
          request: { query: SaveApplicationMutation, variables: () => true },
          result: { data: { saveApplication: { __typename: 'SaveApplicationPayload', application: { ...savedDraft, version: 3 } } } },
        },
      ],
    });
    const contact = (await screen.findByRole('textbox', { name: '担当者名' })) as HTMLInputElement;
    const before = contact.value;
    fireEvent.change(contact, { target: { value: '別の人' } });
    fireEvent.change(contact, { target: { value: before } });
    history.push('/guarantees');
    expect(await screen.findByText('guarantees', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    history.push('/applications/a-1/edit');
    const again = (await screen.findByRole('textbox', { name: '担当者名' }, { timeout: 5000 })) as HTMLInputElement;
    fireEvent.change(again, { target: { value: '別の人' } });
    fireEvent.click(screen.getByRole('button', { name: '下書き保存' }));
    expect(await screen.findByText('下書きを保存しました。')).toBeTruthy();
    history.push('/guarantees');
    expect(await screen.findByText('guarantees', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
