import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../gql';
import { renderWithTheme } from '../../test/render';
import { CertificateDocument, CertificateFieldsFragment } from './CertificateDocument';
import { testCertificate } from './test-certificate';

function renderCertificate(overrides: Parameters<typeof testCertificate>[0] = {}) {
  renderWithTheme(<CertificateDocument certificate={makeFragmentData(testCertificate(overrides), CertificateFieldsFragment)} />);
  const document = screen.getByRole('article');
  const rows = Object.fromEntries(
    within(document)
      .getAllByRole('row')
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]),
  );
  return { document, rows };
}

describe('CertificateDocument', () => {
  it('is titled by the kind, and shows 変更 N right under the title of a changed guarantee', () => {
    const { document } = renderCertificate({ changeNumber: 2 });
    const title = within(document).getByRole('heading', { level: 2 });
    expect(title.textContent).toBe('保証証書(前払金保証)');
    expect(screen.getByRole('article', { name: '保証証書(前払金保証)' })).toBe(document);
    expect(title.nextElementSibling?.textContent).toBe('変更 2');
  });

  it('shows no change mark on a new guarantee', () => {
    const { document } = renderCertificate();
    expect(within(document).queryByText(/^変更/)).toBeNull();
    expect(within(document).getByRole('heading').nextElementSibling?.textContent).toBe('保証証書(書面)は発行されない電子保証書となります');
  });

  it('marks a cancelled guarantee’s certificate as 取消済み with the date', () => {
    const { document } = renderCertificate({ revokedOn: '2026-06-30' });
    expect(within(document).getByTestId('certificate-revoked').textContent).toBe('取消済み（令和8年6月30日取消）');
  });

  it('shows no cancellation mark on a live guarantee', () => {
    const { document } = renderCertificate();
    expect(within(document).queryByTestId('certificate-revoked')).toBeNull();
  });

  it('gives dates in 令和 and amounts in yen, row by row as the flyer does', () => {
    const { document, rows } = renderCertificate();
    expect(within(document).getByText('令和8年4月4日')).toBeTruthy();
    expect(rows).toEqual({
      保証契約番号: '20075-00001X',
      保証契約者: '長野県松本市中央一丁目1番1号〇〇建設株式会社',
      発注者: '松本市長',
      '保証金額(総額)': '20,000,000円',
      保証期限: '令和9年3月19日',
      工事名: '●●●●工事',
      '請負金額(総額)': '50,000,000円',
      工期: '令和8年4月2日 〜 令和9年3月19日',
      請負契約日: '令和8年4月1日',
      預託金融機関: '〇〇銀行　××支店',
    });
  });

  it('names the guarantor, the handling branch and carries both notes', () => {
    const { document } = renderCertificate();
    const text = document.textContent ?? '';
    expect(text).toContain('当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。');
    expect(text).toContain('東京都中央区八丁堀2丁目27番10号東日本建設業保証株式会社取締役社長　保証 一郎');
    expect(text).toContain('取扱支店長野支店TEL:026-226-7520FAX:026-226-7530');
    const notes = within(document)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(notes).toEqual([
      '保証契約を変更する場合は、表題の下に変更の表示と変更の発生番号を付記し、変更後の契約内容を表示します。',
      '請負金額のみの変更の場合は、この保証契約の効力に影響を及ぼさないで、保証契約の変更の手続きをとる必要はありません。',
    ]);
  });

  it('shows a contract guarantee without a deposit bank, and a JV with its members', () => {
    const { document, rows } = renderCertificate({
      kind: 'CONTRACT',
      certificateFormat: 'PAPER',
      depositBank: null,
      amount: 5_000_000,
      contractorName: '〇〇・△△特定建設工事共同企業体',
      jointVentureMembers: ['〇〇建設株式会社', '△△工業株式会社'],
    });
    expect(within(document).getByRole('heading').textContent).toBe('保証証書(契約保証)');
    expect(rows['預託金融機関']).toBeUndefined();
    expect(rows['保証金額(総額)']).toBe('5,000,000円');
    expect(rows['保証契約者']).toBe('長野県松本市中央一丁目1番1号〇〇・△△特定建設工事共同企業体構成員: 〇〇建設株式会社、△△工業株式会社');
    expect(within(document).queryByText('保証証書(書面)は発行されない電子保証書となります')).toBeNull();
  });

  it('prints as a viewing copy on the orderer’s pages: 印刷（閲覧用）, marked 閲覧用 with the note', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderWithTheme(
      <CertificateDocument certificate={makeFragmentData(testCertificate(), CertificateFieldsFragment)} printable viewingCopy />,
    );
    const document = screen.getByRole('article');
    expect(document.getAttribute('data-viewing-copy')).toBe('閲覧用');
    expect(document.textContent).toContain('【閲覧用】この印刷物は閲覧用の写しであり、保証証書ではありません。');
    fireEvent.click(screen.getByRole('button', { name: '印刷（閲覧用）' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.hasAttribute('data-printing')).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.hasAttribute('data-printing')).toBe(false);
    print.mockRestore();
  });

  it('prints plain elsewhere', () => {
    renderWithTheme(<CertificateDocument certificate={makeFragmentData(testCertificate(), CertificateFieldsFragment)} printable />);
    expect(screen.getByRole('button', { name: '印刷' })).toBeTruthy();
    expect(screen.getByRole('article').hasAttribute('data-viewing-copy')).toBe(false);
    expect(screen.getByRole('article').textContent).not.toContain('閲覧用');
  });
});
