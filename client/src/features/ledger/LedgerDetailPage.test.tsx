import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { testCertificate } from '../certificate/test-certificate';
import { testGuarantee } from '../guarantees/test-guarantee';
import { LedgerDetailPage, LedgerGuaranteeQuery } from './LedgerDetailPage';

function renderDetail(guarantee: object) {
  renderRoutes({
    path: '/ledger/g1',
    routes: [{ path: '/ledger/:id', element: <LedgerDetailPage /> }],
    mocks: [{ request: { query: LedgerGuaranteeQuery, variables: { id: 'g1' } }, result: { data: { guarantee } } }],
  });
}

const viewed = {
  __typename: 'OrdererView',
  id: 'v1',
  firstViewedAt: '2026-04-06T00:00:00.000Z',
  lastViewedAt: '2026-05-01T01:30:00.000Z',
  viewCount: 2,
};

describe('LedgerDetailPage', () => {
  it('shows the guarantee as it stands, its certificate, its visible history and the viewing-copy PDF', async () => {
    renderDetail(testGuarantee({ ordererView: viewed }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('保証契約 20075-00001X');
    const summary = screen.getByRole('table', { name: '保証契約の概要' });
    const value = (label: string) =>
      within(within(summary).getByRole('row', { name: new RegExp(`^${label}`) })).getByRole('cell').textContent;
    expect(value('状態')).toBe('有効');
    expect(value('請負者')).toBe('〇〇建設株式会社');
    expect(value('保証金額')).toBe('20,000,000円');
    expect(value('最初に閲覧')).toBe('令和8年4月6日 09:00');
    expect(value('最後に閲覧')).toBe('令和8年5月1日 10:30');

    expect(screen.getByRole('article', { name: '保証証書(前払金保証)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '印刷（閲覧用）' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '保証証書(閲覧用)PDF' }).getAttribute('href')).toBe('/documents/guarantees/g1/certificate.pdf');
    // The change cancelled by the branch is not the orderer's to see.
    const history = screen.getByRole('table', { name: '電子保証情報(履歴情報)' });
    expect(within(history).getAllByRole('row')).toHaveLength(2);
  });

  it('says a revoked guarantee’s certificate is no longer in force', async () => {
    renderDetail(
      testGuarantee({
        status: 'REVOKED',
        validity: 'REVOKED',
        revokedAt: '2026-06-30T03:00:00.000Z',
        certificate: testCertificate({ revokedOn: '2026-06-30' }),
        ordererView: viewed,
      }),
    );
    expect(await screen.findByText('この保証契約は取り消されています。保証証書に効力はありません。')).toBeTruthy();
    expect(screen.getByTestId('validity-badge').textContent).toBe('取消済み（令和8年6月30日）');
  });
});
