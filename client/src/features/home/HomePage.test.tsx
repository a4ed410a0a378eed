import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { HomePage, HomePageQueryDocument } from './HomePage';

function renderHomeFor(me: object) {
  renderRoutes({
    path: '/',
    routes: [{ path: '/', element: <HomePage /> }],
    mocks: [{ request: { query: HomePageQueryDocument }, result: { data: { me } } }],
  });
}

describe('HomePage', () => {
  it('shows branch staff their branch', async () => {
    renderHomeFor({
      __typename: 'User',
      id: 'u2',
      name: '長野 一郎',
      role: 'BRANCH_STAFF',
      organisation: {
        __typename: 'Branch',
        id: 'b1',
        name: '長野支店',
        officeCode: '35075',
        address: '長野県長野市',
        tel: '026-226-7520',
        fax: '026-000-0000',
        guarantor: { __typename: 'Guarantor', id: 'g1', name: '東日本建設業保証株式会社' },
      },
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('支店担当者のホーム');
    expect(within(screen.getByRole('table')).getByText('026-226-7520')).toBeTruthy();
  });

  it('shows an administrator the administrator’s home, with no organisation', async () => {
    renderHomeFor({ __typename: 'User', id: 'u9', name: '管理 太郎', role: 'ADMIN', organisation: null });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('システム管理者のホーム');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says the organisation is missing rather than showing another role’s home', async () => {
    renderHomeFor({ __typename: 'User', id: 'u3', name: '迷子', role: 'CONTRACTOR', organisation: null });
    expect((await screen.findByRole('alert')).textContent).toContain('所属する組織の情報がありません');
  });
});
