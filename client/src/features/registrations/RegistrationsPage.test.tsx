import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../test/connection';
import { renderRoutes } from '../../test/render';
import {
  ApproveContractorRegistrationMutation,
  ContractorRegistrationsQuery,
  REGISTRATIONS_PAGE_SIZE,
  RefuseContractorRegistrationMutation,
  RegistrationsPage,
} from './RegistrationsPage';

const request = (overrides: object = {}) => ({
  __typename: 'ContractorRegistration',
  id: 'r1',
  createdAt: '2026-04-03T01:30:00.000Z',
  name: '□□土木株式会社',
  address: '長野県塩尻市大門一番町1番1号',
  corporateNumber: '1234567890123',
  representative: '代表取締役 土木 一郎',
  contactName: '土木 次郎',
  email: 'doboku@example.co.jp',
  status: 'PENDING',
  refusalReason: null,
  ...overrides,
});

const pending = (nodes: object[]) => ({
  request: {
    query: ContractorRegistrationsQuery,
    variables: { filter: { status: 'PENDING' }, first: REGISTRATIONS_PAGE_SIZE, after: null },
  },
  result: { data: { contractorRegistrations: testConnection('ContractorRegistration', nodes) } },
});

function renderPage(...mocks: object[]) {
  renderRoutes({
    path: '/admin/registrations',
    routes: [{ path: '/admin/registrations', element: <RegistrationsPage /> }],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

const openDecision = async (button: string, title: string) => {
  const table = await screen.findByRole('table', { name: '利用登録申請の一覧' });
  fireEvent.click(within(table).getByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: title });
};

describe('RegistrationsPage', () => {
  it('approves a request after saying who will be invited', async () => {
    renderPage(
      pending([request()]),
      {
        request: { query: ApproveContractorRegistrationMutation, variables: { input: { contractorRegistrationId: 'r1' } } },
        result: {
          data: {
            approveContractorRegistration: {
              __typename: 'ApproveContractorRegistrationPayload',
              contractorRegistration: { __typename: 'ContractorRegistration', id: 'r1', status: 'APPROVED' },
            },
          },
        },
      },
      pending([]),
    );
    const dialog = await openDecision('□□土木株式会社 の申請を承認する', '利用登録申請の承認');
    expect(dialog.textContent).toContain('□□土木株式会社 を請負者として登録し、担当者 土木 次郎（doboku@example.co.jp）を招待します。');
    fireEvent.click(within(dialog).getByRole('button', { name: '承認する' }));
    expect(await screen.findByText('承認しました。doboku@example.co.jp に招待メールを送りました。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('refuses a request only with a reason, which it sends trimmed', async () => {
    renderPage(
      pending([request()]),
      {
        request: {
          query: RefuseContractorRegistrationMutation,
          variables: { input: { contractorRegistrationId: 'r1', reason: '法人番号を確認できませんでした。' } },
        },
        result: {
          data: {
            refuseContractorRegistration: {
              __typename: 'RefuseContractorRegistrationPayload',
              contractorRegistration: {
                __typename: 'ContractorRegistration',
                id: 'r1',
                status: 'REFUSED',
                refusalReason: '法人番号を確認できませんでした。',
              },
            },
          },
        },
      },
      pending([]),
    );
    const dialog = await openDecision('□□土木株式会社 の申請を不承認にする', '利用登録申請の不承認');
    const reason = within(dialog).getByRole('textbox', { name: /不承認の理由/ });
    fireEvent.click(within(dialog).getByRole('button', { name: '不承認にする' }));
    expect(await within(dialog).findByText('入力してください。')).toBeTruthy();

    fireEvent.change(reason, { target: { value: ' 法人番号を確認できませんでした。 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '不承認にする' }));
    expect(await screen.findByText('不承認にしました。申請者に理由をメールで伝えました。')).toBeTruthy();
  });
});
