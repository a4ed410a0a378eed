import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from '../session/current-user';
import { ApplicationDetailPage } from './ApplicationDetailPage';
import { ApplicationQueryDocument, WithdrawApplicationMutation } from './documents';
import { savedDraft } from './test-fixtures';

const contractor = {
  request: { query: CurrentUserQueryDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        name: '建設 次郎',
        email: 'contractor@demo.esurety.jp',
        role: 'CONTRACTOR',
        organisation: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
      },
    },
  },
};

const routes = [{ path: '/applications/:id', element: <ApplicationDetailPage /> }];
const load = (application: object) => ({
  request: { query: ApplicationQueryDocument, variables: { id: 'a-1' } },
  result: { data: { application } },
});

describe('ApplicationDetailPage', { timeout: 30_000 }, () => {
  it('shows a returned application with the branch’s message, and lets the contractor edit or withdraw it after confirming', async () => {
    const returned = {
      ...savedDraft,
      status: 'RETURNED',
      submittedAt: '2026-11-20T01:00:00.000Z',
      returnedAt: '2026-11-21T02:00:00.000Z',
      messageFromBranch: '預託金融機関の支店名をご確認ください。',
    };
    renderRoutes({
      path: '/applications/a-1',
      routes,
      mocks: [
        contractor,
        load(returned),
        {
          request: { query: WithdrawApplicationMutation, variables: { input: { applicationId: 'a-1' } } },
          result: {
            data: {
              withdrawApplication: {
                __typename: 'WithdrawApplicationPayload',
                application: { ...returned, status: 'WITHDRAWN', withdrawnAt: '2026-11-22T03:00:00.000Z' },
              },
            },
          },
        },
      ],
    });
    expect((await screen.findAllByText('預託金融機関の支店名をご確認ください。')).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '編集' }).getAttribute('href')).toBe('/applications/a-1/edit');

    fireEvent.click(screen.getByRole('button', { name: '取下げ' }));
    const dialog = await screen.findByRole('dialog', { name: '申込を取り下げますか' });
    fireEvent.click(within(dialog).getByRole('button', { name: '取り下げる' }));

    expect(await screen.findByText('申込を取り下げました。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '取下げ' })).toBeNull();
    expect(screen.queryByRole('link', { name: '編集' })).toBeNull();
  });

  it('lists the guarantees an issued application became', async () => {
    renderRoutes({
      path: '/applications/a-1',
      routes,
      mocks: [
        contractor,
        load({
          ...savedDraft,
          status: 'ISSUED',
          issuedAt: '2026-11-22T00:00:00.000Z',
          guarantees: [
            {
              __typename: 'Guarantee',
              id: 'g1',
              contractNumber: '35075-00000M',
              kind: 'ADVANCE_PAYMENT',
              certificateFormat: 'ELECTRONIC',
              amount: 20_000_000,
            },
          ],
        }),
      ],
    });
    const table = await screen.findByRole('table', { name: '発行された保証' });
    const row = within(table).getAllByRole('row')[1];
    expect(row.textContent).toBe('35075-00000M前払金保証電子保証(認証キーを含む)20,000,000円');
    expect(screen.queryByRole('button', { name: '取下げ' })).toBeNull();
  });
});
