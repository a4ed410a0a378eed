import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { ApplicationReviewPage, ApplicationReviewQuery } from './ApplicationReviewPage';
import { IssueGuaranteesMutation } from './IssueApplicationModal';
import { ReturnApplicationMutation } from './ReturnApplicationModal';
import { testApplication } from './test-application';

const view = (application: object) => ({
  request: { query: ApplicationReviewQuery, variables: { id: 'a1' } },
  result: { data: { application } },
});

function renderReview(...mocks: object[]) {
  renderRoutes({
    path: '/review/applications/a1',
    routes: [{ path: '/review/applications/:id', element: <ApplicationReviewPage /> }],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

function rowsOf(name: string) {
  const table = screen.getByRole('table', { name });
  return Object.fromEntries(
    within(table)
      .getAllByRole('row')
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]),
  );
}

describe('ApplicationReviewPage', () => {
  it('shows every field of the application, section by section', async () => {
    renderReview(view(testApplication()));
    await screen.findByRole('table', { name: '申込の状況' });
    expect(rowsOf('申込の状況')).toEqual({ 手続状況: '送信済み', 送信日時: '2026/04/03 10:30' });
    expect(rowsOf('請負工事の情報')).toMatchObject({
      工事名: '●●●●工事',
      発注者: '松本市',
      請負金額: '50,000,000円',
      工期: '令和8年4月2日 〜 令和9年3月19日',
      JV名: '(なし)',
    });
    expect(rowsOf('前払金保証')).toEqual({
      保証証書の形式: '電子保証(認証キーを含む)',
      今年度対象額: '(なし)',
      前払金保証金額: '20,000,000円 （請負金額に対する割合 40.0%）',
      預託金融機関: '〇〇銀行　××支店',
      再預託利用区分: '再預託を利用しない',
      保証料支払方法: '一括納付',
      保証料請求先: '〇〇建設株式会社',
      '保証料計算書(紙)': '希望しない',
    });
    expect(rowsOf('契約保証')).toMatchObject({
      契約保証金額: '5,000,000円 （請負金額に対する割合 10.0%）',
      '保証料計算書(紙)': '希望する',
    });
    expect(rowsOf('インフォメーション')).toMatchObject({
      申込送信先: '長野支店',
      電子保証発行完了のお知らせ: '希望する',
      メールアドレス: 'soumu@example.co.jp',
      お客様から弊社への連絡事項: 'よろしくお願いします。\n前払金は4月中に請求予定です。',
      弊社からお客様へのお知らせ: '(なし)',
    });
  });

  it('issues after a confirmation, then lists the contract numbers with links', async () => {
    const issued = testApplication({
      status: 'ISSUED',
      issuedAt: '2026-04-04T00:00:00.000Z',
      guarantees: [
        {
          __typename: 'Guarantee',
          id: 'g1',
          kind: 'ADVANCE_PAYMENT',
          contractNumber: '20075-00001X',
          certificateFormat: 'ELECTRONIC',
          amount: 20_000_000,
        },
        {
          __typename: 'Guarantee',
          id: 'g2',
          kind: 'CONTRACT',
          contractNumber: '20075-00002Y',
          certificateFormat: 'ELECTRONIC',
          amount: 5_000_000,
        },
      ],
    });
    renderReview(
      view(testApplication()),
      {
        request: { query: IssueGuaranteesMutation, variables: { input: { applicationId: 'a1' } } },
        result: {
          data: {
            issueGuarantees: {
              __typename: 'IssueGuaranteesPayload',
              application: { __typename: 'GuaranteeApplication', id: 'a1', status: 'ISSUED', issuedAt: '2026-04-04T00:00:00.000Z' },
              guarantees: [
                { __typename: 'Guarantee', id: 'g1', contractNumber: '20075-00001X' },
                { __typename: 'Guarantee', id: 'g2', contractNumber: '20075-00002Y' },
              ],
            },
          },
        },
      },
      view(issued),
    );
    fireEvent.click(await screen.findByRole('button', { name: '発行' }));
    const dialog = await screen.findByRole('dialog', { name: '保証を発行します' });
    fireEvent.click(within(dialog).getByRole('button', { name: '発行する' }));

    expect((await screen.findByRole('link', { name: '20075-00001X' })).getAttribute('href')).toBe('/guarantees/g1');
    expect(screen.getByRole('link', { name: '20075-00002Y' }).getAttribute('href')).toBe('/guarantees/g2');
    expect(screen.getByText('発行しました。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '発行' })).toBeNull();
  });

  it('shows the CONFLICT of a second issue and then the application as it now is', async () => {
    renderReview(
      view(testApplication()),
      {
        request: { query: IssueGuaranteesMutation, variables: { input: { applicationId: 'a1' } } },
        result: { errors: [new GraphQLError('この申込は既に発行済みです。', { extensions: { code: 'CONFLICT', status: 'ISSUED' } })] },
      },
      view(testApplication({ status: 'ISSUED' })),
    );
    fireEvent.click(await screen.findByRole('button', { name: '発行' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '発行する' }));

    expect((await screen.findByRole('alert')).textContent).toContain('この申込は既に発行済みです。');
    await screen.findByText('発行済み');
    expect(screen.queryByRole('button', { name: '発行' })).toBeNull();
  });

  it('requires a message to return the application, and sends it', async () => {
    const message = '工期の記載に誤りがあります。ご確認ください。';
    renderReview(
      view(testApplication()),
      {
        request: { query: ReturnApplicationMutation, variables: { input: { applicationId: 'a1', message } } },
        result: {
          data: {
            returnApplication: {
              __typename: 'ReturnApplicationPayload',
              application: {
                __typename: 'GuaranteeApplication',
                id: 'a1',
                status: 'RETURNED',
                returnedAt: '2026-04-04T00:00:00.000Z',
                messageFromBranch: message,
              },
            },
          },
        },
      },
      view(testApplication({ status: 'RETURNED', returnedAt: '2026-04-04T00:00:00.000Z', messageFromBranch: message })),
    );
    fireEvent.click(await screen.findByRole('button', { name: '差戻し' }));
    const dialog = await screen.findByRole('dialog', { name: '申込を差し戻します' });
    fireEvent.click(within(dialog).getByRole('button', { name: '差し戻す' }));
    expect(await within(dialog).findByText('差戻しの理由(お客様へのお知らせ)を入力してください。')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: '弊社からお客様へのお知らせ' }), { target: { value: message } });
    fireEvent.click(within(dialog).getByRole('button', { name: '差し戻す' }));
    expect(await screen.findByText('申込を差し戻しました。')).toBeTruthy();
    expect(rowsOf('インフォメーション')['弊社からお客様へのお知らせ']).toBe(message);
  });

  it('shows the server’s message about the return message at that field', async () => {
    const tooLong = 'あ'.repeat(10);
    renderReview(view(testApplication()), {
      request: { query: ReturnApplicationMutation, variables: { input: { applicationId: 'a1', message: tooLong } } },
      result: {
        errors: [
          new GraphQLError('お知らせは2,000文字以内で入力してください。', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.message' },
          }),
        ],
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '差戻し' }));
    const dialog = await screen.findByRole('dialog', { name: '申込を差し戻します' });
    const message = within(dialog).getByRole('textbox', { name: '弊社からお客様へのお知らせ' });
    fireEvent.change(message, { target: { value: tooLong } });
    fireEvent.click(within(dialog).getByRole('button', { name: '差し戻す' }));
    expect(await within(dialog).findByText('お知らせは2,000文字以内で入力してください。')).toBeTruthy();
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
