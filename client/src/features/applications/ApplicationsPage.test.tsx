import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { CurrentUserQueryDocument } from '../session/current-user';
import { ApplicationsPage } from './ApplicationsPage';
import { ApplicationsQueryDocument, DeleteApplicationMutation } from './documents';

const user = (role: string, organisation: object) => ({
  request: { query: CurrentUserQueryDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', name: '利用者', email: 'x@demo.esurety.jp', role, organisation } } },
});

const node = {
  __typename: 'GuaranteeApplication',
  id: 'a-1',
  status: 'SUBMITTED',
  workName: '●●●●工事',
  orderer: { __typename: 'Orderer', id: 'o1', name: '松本市' },
  advancePayment: { __typename: 'ApplicationItem', id: 'i1', kind: 'ADVANCE_PAYMENT' },
  contractGuarantee: { __typename: 'ApplicationItem', id: 'i2', kind: 'CONTRACT' },
  destinationBranch: { __typename: 'Branch', id: 'b1', name: '長野支店' },
  submittedAt: '2026-11-22T03:54:00.000Z',
  returnedAt: null,
  issuedAt: null,
  withdrawnAt: null,
};

const page = (variables: object, nodes: object[], totalCount: number, hasNextPage = false, isExact = true) => ({
  request: { query: ApplicationsQueryDocument, variables: { filter: null, after: null, first: 20, ...variables } },
  result: {
    data: {
      applications: {
        __typename: 'GuaranteeApplicationConnection',
        boundedCount: { __typename: 'BoundedCount', count: totalCount, isExact },
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
        edges: nodes.map((n) => ({ __typename: 'GuaranteeApplicationEdge', cursor: 'c', node: n })),
      },
    },
  },
});

const routes = [{ path: '/applications', element: <ApplicationsPage /> }];

describe('ApplicationsPage', { timeout: 30_000 }, () => {
  it('lists a contractor’s applications with their status, kinds and date, each opening its detail', async () => {
    renderRoutes({
      path: '/applications',
      routes,
      mocks: [user('CONTRACTOR', { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' }), page({}, [node], 1)],
    });
    const table = await screen.findByRole('table', { name: '申込の一覧' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByRole('link', { name: '●●●●工事' }).getAttribute('href')).toBe('/applications/a-1');
    expect(row.textContent).toContain('前払金保証・契約保証');
    expect(row.textContent).toContain('送信済み');
    expect(row.textContent).toContain('令和8年11月22日 12:54');
    expect(screen.getByText('全1件')).toBeTruthy();
    expect(screen.getByRole('link', { name: '新しい申込' }).getAttribute('href')).toBe('/applications/new');
  });

  it('says 「10,000件以上」 when the count stopped at its bound', async () => {
    renderRoutes({
      path: '/applications',
      routes,
      mocks: [user('CONTRACTOR', { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' }), page({}, [node], 10_000, true, false)],
    });
    expect(await screen.findByText('10,000件以上')).toBeTruthy();
  });

  it('sends branch staff to the review screen, offers no drafts in the filter, and pages with 次へ', async () => {
    renderRoutes({
      path: '/applications',
      routes,
      mocks: [
        user('BRANCH_STAFF', { __typename: 'Branch', id: 'b1', name: '長野支店' }),
        page({}, [node], 21, true),
        page({ after: 'c1' }, [{ ...node, id: 'a-0', workName: '道路改良工事' }], 21),
      ],
    });
    const link = await screen.findByRole('link', { name: '●●●●工事' });
    expect(link.getAttribute('href')).toBe('/review/applications/a-1');
    expect(screen.queryByRole('link', { name: '新しい申込' })).toBeNull();
    const filter = screen.getByRole('combobox', { name: '手続状況で絞り込む' });
    expect(within(filter).queryByRole('option', { name: '下書き' })).toBeNull();
    expect(screen.getByText('全21件')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(await screen.findByRole('link', { name: '道路改良工事' })).toBeTruthy();
  });

  it('deletes a draft after asking, and offers no 削除 for a sent application', async () => {
    const draft = { ...node, id: 'a-2', status: 'DRAFT', workName: null, orderer: null, submittedAt: null };
    let deleted = false;
    renderRoutes({
      path: '/applications',
      routes,
      mocks: [
        user('CONTRACTOR', { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' }),
        page({}, [draft, node], 2),
        {
          request: { query: DeleteApplicationMutation, variables: { input: { applicationId: 'a-2' } } },
          result: () => {
            deleted = true;
            return {
              data: {
                deleteApplication: {
                  __typename: 'DeleteApplicationPayload',
                  application: { __typename: 'GuaranteeApplication', id: 'a-2' },
                },
              },
            };
          },
        },
        page({}, [node], 1),
      ],
    });
    const table = await screen.findByRole('table', { name: '申込の一覧' });
    const [, draftRow, sentRow] = within(table).getAllByRole('row');
    expect(within(sentRow).queryByRole('button', { name: /削除/ })).toBeNull();
    fireEvent.click(within(draftRow).getByRole('button', { name: '削除（下書き「（工事名未入力）」）' }));
    const dialog = await screen.findByRole('dialog', { name: '下書きを削除しますか' });
    expect(dialog.textContent).toContain('「（工事名未入力）」の下書きを削除します。');
    expect(deleted).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('下書きを削除しました。')).toBeTruthy();
    expect(deleted).toBe(true);
    expect(await screen.findByText('全1件')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '（工事名未入力）' })).toBeNull();
  });
});
