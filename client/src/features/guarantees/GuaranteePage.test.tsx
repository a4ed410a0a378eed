import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDate } from '../../test/dates';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from '../session/current-user';
import { GuaranteePage, GuaranteeViewQuery } from './GuaranteePage';
import { ChangeGuaranteeMutation } from './GuaranteeTermsModal';
import { RevokeGuaranteeMutation } from './RevokeGuaranteeModal';
import { staffUser, testGuarantee } from './test-guarantee';

const me = { request: { query: CurrentUserQueryDocument }, result: { data: { me: staffUser } } };
const view = (guarantee: object) => ({ request: { query: GuaranteeViewQuery, variables: { id: 'g1' } }, result: { data: { guarantee } } });

function renderGuarantee(...mocks: object[]) {
  return renderRoutes({
    path: '/guarantees/g1',
    routes: [
      { path: '/guarantees/:id', element: <GuaranteePage /> },
      { path: '/guarantees', element: <p>guarantees</p> },
    ],
    mocks: [me, ...mocks] as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

describe('GuaranteePage', () => {
  it('shows the summary, the current certificate and the history with the staff’s markers', async () => {
    renderGuarantee(view(testGuarantee()));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('保証契約 20075-00001X');
    const summary = screen.getByRole('table', { name: '保証契約の概要' });
    expect(within(summary).getByRole('row', { name: /^状態/ }).textContent).toContain('有効');
    expect(within(summary).getByRole('row', { name: /^版数/ }).textContent).toContain('2');

    const history = screen.getByRole('table', { name: '電子保証情報(履歴情報)' });
    const rows = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['1', '2026/04/04 09:00', '新規'],
      ['2', '2026/04/05 09:00', '変更 1変更取消'],
    ]);
    expect(screen.getByRole('article', { name: '保証証書(前払金保証)' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '発注者の閲覧' })).getByText('発注者はまだ閲覧していません')).toBeTruthy();
  });

  it('shows staff when the orderer viewed the certificate', async () => {
    const ordererView = {
      __typename: 'OrdererView',
      id: 'v1',
      firstViewedAt: '2026-04-06T00:00:00.000Z',
      lastViewedAt: '2026-04-06T00:00:00.000Z',
      viewCount: 1,
    };
    renderGuarantee(view(testGuarantee({ ordererView })));
    const section = await screen.findByRole('region', { name: '発注者の閲覧' });
    expect(within(section).getByText('発注者が閲覧しました')).toBeTruthy();
    expect(within(section).getByRole('row', { name: /^最初の閲覧日時/ }).textContent).toContain('令和8年4月6日 09:00');
  });

  it('opens an entry’s certificate with 選択', async () => {
    renderGuarantee(view(testGuarantee()));
    fireEvent.click(await screen.findByRole('button', { name: /^選択.*No\.2 変更 1/ }));
    const dialog = await screen.findByRole('dialog', { name: 'No.2 変更 1の保証証書' });
    const certificate = within(dialog).getByRole('article');
    expect(within(certificate).getByTestId('certificate-change').textContent).toBe('変更 1');
    expect(certificate.textContent).toContain('25,000,000円');
  });

  it('offers 変更取消 only on a visible change, and 訂正 on the latest visible entry', async () => {
    renderGuarantee(view(testGuarantee()));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: '訂正' })).toBeTruthy();
    expect(screen.getByText(/最新の発行\(No\.1 新規\)/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '変更取消' })).toBeNull();
  });

  it('on a CONFLICT says another staff member was first, shows their terms and reloads', async () => {
    const conflict = {
      request: {
        query: ChangeGuaranteeMutation,
        variables: { input: { guaranteeId: 'g1', expectedVersion: 2, amount: 25_000_000 } },
      },
      result: {
        errors: [
          new GraphQLError('他の担当者が先にこの保証契約を更新しました。最新の内容を確認してください。', {
            extensions: {
              code: 'CONFLICT',
              current: {
                id: 'g1',
                version: 3,
                status: 'ACTIVE',
                amount: 30_000_000,
                deadline: '2027-03-19',
                workName: '●●●●工事',
                workStartDate: '2026-04-02',
                workEndDate: '2027-03-19',
              },
            },
          }),
        ],
      },
    };
    renderGuarantee(view(testGuarantee()), conflict, view(testGuarantee({ version: 3, amount: 30_000_000 })));

    fireEvent.click(await screen.findByRole('button', { name: '変更' }));
    const dialog = await screen.findByRole('dialog', { name: '保証契約の変更' });
    expect(dialog.textContent).toContain('版数 2');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '保証金額' }), { target: { value: '25,000,000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '変更を発行する' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('他の担当者が先にこの保証契約を更新しました。');
    expect(alert.textContent).toContain('現在の内容(版数 3)');
    expect(alert.textContent).toContain('保証金額: 30,000,000円');

    fireEvent.click(within(alert).getByRole('button', { name: '最新の内容を読み込む' }));
    await within(dialog).findByText(/版数 3 の内容を変更します/);
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect((within(dialog).getByRole('textbox', { name: '保証金額' }) as HTMLInputElement).value).toBe('30,000,000');
  });

  it('asks before the page is left with a 変更 typed in the dialog, and stays or leaves as told', async () => {
    const history = renderGuarantee(view(testGuarantee()));
    fireEvent.click(await screen.findByRole('button', { name: '変更' }));
    const change = await screen.findByRole('dialog', { name: '保証契約の変更' });
    const amount = within(change).getByRole('textbox', { name: '保証金額' }) as HTMLInputElement;
    fireEvent.change(amount, { target: { value: '25,000,000' } });

    history.push('/guarantees');
    const ask = await screen.findByRole('dialog', { name: '保存していない変更があります' }, { timeout: 3000 });
    // Escape answers the question (stay), and leaves the 変更 dialog and its input as they were.
    fireEvent.keyDown(within(ask).getByRole('button', { name: 'このページに留まる' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '保存していない変更があります' })).toBeNull());
    expect(history.location.pathname).toBe('/guarantees/g1');
    expect(screen.getByRole('dialog', { name: '保証契約の変更' })).toBeTruthy();
    expect(amount.value).toBe('25,000,000');

    history.push('/guarantees');
    const again = await screen.findByRole('dialog', { name: '保存していない変更があります' }, { timeout: 3000 });
    fireEvent.click(within(again).getByRole('button', { name: '保存せずに離れる' }));
    expect(await screen.findByText('guarantees')).toBeTruthy();
  });

  it('leaves without asking when the 変更 dialog holds nothing typed', async () => {
    const history = renderGuarantee(view(testGuarantee()));
    fireEvent.click(await screen.findByRole('button', { name: '変更' }));
    await screen.findByRole('dialog', { name: '保証契約の変更' });
    history.push('/guarantees');
    expect(await screen.findByText('guarantees', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: '保存していない変更があります' })).toBeNull();
  });

  it('shows a field error at its field', async () => {
    const tooMuch = {
      request: { query: ChangeGuaranteeMutation, variables: { input: { guaranteeId: 'g1', expectedVersion: 2, amount: 60_000_000 } } },
      result: {
        errors: [
          new GraphQLError('保証金額は請負金額（50,000,000円）以下にしてください。', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
          }),
        ],
      },
    };
    renderGuarantee(view(testGuarantee()), tooMuch);
    fireEvent.click(await screen.findByRole('button', { name: '変更' }));
    const dialog = await screen.findByRole('dialog', { name: '保証契約の変更' });
    const amount = within(dialog).getByRole('textbox', { name: '保証金額' });
    fireEvent.change(amount, { target: { value: '60000000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '変更を発行する' }));
    expect(await within(dialog).findByText('保証金額は請負金額（50,000,000円）以下にしてください。')).toBeTruthy();
    expect(amount.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the dates in 令和, reads a deadline typed in 令和 and sends it as YYYY-MM-DD', async () => {
    const lateDeadline = {
      request: {
        query: ChangeGuaranteeMutation,
        variables: { input: { guaranteeId: 'g1', expectedVersion: 2, deadline: '2027-03-31' } },
      },
      result: {
        errors: [
          new GraphQLError('保証期限は工期の完成日から1年以内にしてください。', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.deadline' },
          }),
        ],
      },
    };
    renderGuarantee(view(testGuarantee()), lateDeadline);
    fireEvent.click(await screen.findByRole('button', { name: '変更' }));
    const dialog = await screen.findByRole('dialog', { name: '保証契約の変更' });
    const dateOf = (label: RegExp) => within(dialog).getByLabelText(label) as HTMLInputElement;
    expect([dateOf(/^保証期限/), dateOf(/^工期\(着工日\)/), dateOf(/^工期\(完成日\)/)].map((input) => input.value)).toEqual([
      '令和9年3月19日',
      '令和8年4月2日',
      '令和9年3月19日',
    ]);

    typeDate(dateOf(/^保証期限/), '令和9年3月1日');
    fireEvent.click(within(dialog).getByRole('button', { name: '変更を発行する' }));
    expect(await within(dialog).findByText('保証期限は工期(完成日)以降の日付にしてください。')).toBeTruthy();
    typeDate(dateOf(/^保証期限/), 'つぎの春');
    fireEvent.click(within(dialog).getByRole('button', { name: '変更を発行する' }));
    expect(await within(dialog).findByText('日付で入力してください（例：令和8年4月1日、2026-04-01）。')).toBeTruthy();

    typeDate(dateOf(/^保証期限/), '令和9年3月31日');
    expect(dateOf(/^保証期限/).value).toBe('令和9年3月31日');
    fireEvent.click(within(dialog).getByRole('button', { name: '変更を発行する' }));
    expect(await within(dialog).findByText('保証期限は工期の完成日から1年以内にしてください。')).toBeTruthy();
    expect(dateOf(/^保証期限/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says so when nothing was changed, without sending', async () => {
    renderGuarantee(view(testGuarantee()));
    fireEvent.click(await screen.findByRole('button', { name: '変更' }));
    const dialog = await screen.findByRole('dialog', { name: '保証契約の変更' });
    fireEvent.click(within(dialog).getByRole('button', { name: '変更を発行する' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('変更する項目がありません。変更後の内容を入力してください。');
  });

  it('requires a reason to revoke, and shows the server’s message about it at that field', async () => {
    const reason = '請負契約の解除のため';
    renderGuarantee(view(testGuarantee()), {
      request: { query: RevokeGuaranteeMutation, variables: { input: { guaranteeId: 'g1', reason } } },
      result: {
        errors: [
          new GraphQLError('取消の理由に使用できない文字が含まれています。', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' },
          }),
        ],
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    const dialog = await screen.findByRole('dialog', { name: '保証契約の取消' });
    fireEvent.click(within(dialog).getByRole('button', { name: '取り消す' }));
    expect(await within(dialog).findByText('取消の理由を入力してください。')).toBeTruthy();

    const field = within(dialog).getByRole('textbox', { name: '取消の理由' });
    fireEvent.change(field, { target: { value: reason } });
    expect(within(dialog).queryByText('取消の理由を入力してください。')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '取り消す' }));
    expect(await within(dialog).findByText('取消の理由に使用できない文字が含まれています。')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the server’s NOT_FOUND for a guarantee of another branch', async () => {
    renderGuarantee({
      request: { query: GuaranteeViewQuery, variables: { id: 'g1' } },
      result: { errors: [new GraphQLError('保証契約が見つかりません。', { extensions: { code: 'NOT_FOUND' } })] },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('保証契約が見つかりません。');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
