import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { testGuarantee } from '../guarantees/test-guarantee';
import { testCertificate } from '../certificate/test-certificate';
import { RevealAuthKeyMutation } from './AuthKeySection';
import { DeliveryDetailPage, DeliveryGuaranteeQuery } from './DeliveryDetailPage';

const issuance = (id: string, sequence: number, kind: string, changeNumber: number | null, amount: number) => ({
  __typename: 'ElectronicIssuance',
  id,
  sequence,
  kind,
  changeNumber,
  hiddenReason: null,
  issuedAt: `2026-04-0${sequence + 3}T00:00:00.000Z`,
  certificate: testCertificate({ changeNumber, amount }),
});

/** As the contractor gets it: No.2 was corrected, so the server sends No.1 新規, No.3 訂正, No.4 変更 1. */
const electronic = testGuarantee({
  amount: 25_000_000,
  keyNoticeUrl: '/documents/guarantees/g1/key-notice.pdf',
  certificatePdfUrl: '/documents/guarantees/g1/certificate.pdf',
  certificate: testCertificate({ changeNumber: 1, amount: 25_000_000 }),
  issuances: [
    issuance('i4', 4, 'CHANGE', 1, 25_000_000),
    issuance('i1', 1, 'NEW', null, 20_000_000),
    issuance('i3', 3, 'CORRECTION', null, 20_000_000),
  ],
});

function renderDetail(guarantee: object, ...mocks: object[]) {
  return renderRoutes({
    path: '/guarantees/g1',
    routes: [{ path: '/guarantees/:id', element: <DeliveryDetailPage /> }],
    mocks: [
      { request: { query: DeliveryGuaranteeQuery, variables: { id: 'g1' } }, result: { data: { guarantee } } },
      ...mocks,
    ] as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

describe('DeliveryDetailPage', () => {
  it('shows the overview as the flyer does, with the latest information', async () => {
    renderDetail(electronic);
    const table = await screen.findByRole('table', { name: '電子保証概要(前払金保証)' });
    const labels = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(labels).toEqual(['保証契約番号', '請負契約者', 'JV名', '工事名', '発注者名', '請負金額', '保証金額', '商品名', '預託金融機関']);
    const value = (label: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${label}`) })).getByRole('cell').textContent;
    expect(value('発注者名')).toBe('松本市長');
    expect(value('保証金額')).toBe('25,000,000円');
    expect(value('請負金額')).toBe('50,000,000円');
    expect(screen.getByText('※最新の情報を表示しています。')).toBeTruthy();
  });

  it('numbers the history the contractor sees and labels each entry; 選択 opens that certificate', async () => {
    renderDetail(electronic);
    const history = await screen.findByRole('table', { name: '電子保証情報(履歴情報)' });
    const rows = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((td) => td.textContent),
      );
    expect(rows).toEqual([
      ['1', '2026/04/04 09:00', '新規'],
      ['2', '2026/04/06 09:00', '訂正'],
      ['3', '2026/04/07 09:00', '変更 1'],
    ]);
    expect(screen.getByText('※訂正、変更取消された履歴は表示されません。')).toBeTruthy();

    fireEvent.click(within(history).getByRole('button', { name: /No\.3 変更 1/ }));
    const dialog = await screen.findByRole('dialog', { name: 'No.3 変更 1の保証証書' });
    expect(within(dialog).getByTestId('certificate-change').textContent).toBe('変更 1');
    expect(within(dialog).getByRole('article').textContent).toContain('25,000,000円');
  });

  it('fetches the 認証キー only when 表示 is pressed; 印刷 downloads the key notice', async () => {
    renderDetail(electronic, {
      request: { query: RevealAuthKeyMutation, variables: { input: { guaranteeId: 'g1' } } },
      result: { data: { revealAuthKey: { __typename: 'RevealAuthKeyPayload', authKey: 'Z28YUE4J3Bux' } } },
    });
    await screen.findByRole('heading', { name: '認証キー' });
    expect(screen.queryByText('Z28YUE4J3Bux')).toBeNull();
    expect(screen.getByRole('link', { name: '印刷' }).getAttribute('href')).toBe('/documents/guarantees/g1/key-notice.pdf');
    fireEvent.click(screen.getByRole('button', { name: '表示' }));
    expect((await screen.findByTestId('auth-key')).textContent).toBe('Z28YUE4J3Bux');
    expect(screen.getByRole('link', { name: '保証証書(閲覧用)PDF' }).getAttribute('href')).toBe('/documents/guarantees/g1/certificate.pdf');
  });

  it('tells the contractor when the orderer viewed the certificate on the verification service', async () => {
    renderDetail({
      ...electronic,
      ordererView: {
        __typename: 'OrdererView',
        id: 'v1',
        firstViewedAt: '2026-04-06T00:00:00.000Z',
        lastViewedAt: '2026-05-01T01:30:00.000Z',
        viewCount: 3,
      },
    });
    const section = await screen.findByRole('region', { name: '発注者の閲覧' });
    expect(within(section).getByText('発注者が閲覧しました')).toBeTruthy();
    const rows = within(section)
      .getAllByRole('row')
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]);
    expect(rows).toEqual([
      ['最初の閲覧日時', '令和8年4月6日 09:00'],
      ['最後の閲覧日時', '令和8年5月1日 10:30'],
      ['閲覧回数', '3回'],
    ]);
  });

  it('says when the orderer has not viewed it yet', async () => {
    renderDetail(electronic);
    const section = await screen.findByRole('region', { name: '発注者の閲覧' });
    expect(within(section).getByText('発注者はまだ閲覧していません')).toBeTruthy();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('shows a paper guarantee’s certificate only: no key, no history', async () => {
    renderDetail(
      testGuarantee({
        certificateFormat: 'PAPER',
        keyNoticeUrl: null,
        certificatePdfUrl: '/documents/guarantees/g1/certificate.pdf',
        certificate: testCertificate({ certificateFormat: 'PAPER' }),
        issuances: [],
      }),
    );
    expect(await screen.findByRole('table', { name: '保証契約概要(前払金保証)' })).toBeTruthy();
    expect(screen.getByRole('article', { name: '保証証書(前払金保証)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '認証キー' })).toBeNull();
    expect(screen.queryByRole('table', { name: '電子保証情報(履歴情報)' })).toBeNull();
    expect(screen.queryByRole('region', { name: '発注者の閲覧' })).toBeNull();
  });
});
