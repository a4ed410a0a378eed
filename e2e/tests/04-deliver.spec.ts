import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { flyerGuaranteesChanged } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * The contractor's side after issuance, as the flyer's part 5 walks it: ①保証契約一覧,
 * ②電子保証(認証キー)タブ, ③詳細 (認証キー, history), ④保証契約内容の確認画面, ⑤ the key notice
 * PDF. The guarantee is this spec's own: the advance payment guarantee of ●●●●工事, issued by
 * 長野支店 and changed to 25,000,000円 (変更 1) through the API before it starts.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let contractNumber = '';

test.beforeAll(async ({ playwright }, testInfo) => {
  const { advance } = await flyerGuaranteesChanged(playwright, String(testInfo.project.use.baseURL));
  contractNumber = advance.contractNumber;
});

const artifact = (name: string) => path.join(__dirname, '..', 'artifacts', `${name}.png`);

/** How people type a number: no hyphen, lower case, full-width. */
const typedCarelessly = (contractNumber: string) =>
  [...contractNumber.replace('-', '').toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');

function detailValue(page: Page, table: string, label: string) {
  return page
    .getByRole('table', { name: table, exact: true })
    .getByRole('row', { name: new RegExp(`^${label}`) })
    .getByRole('cell');
}

test('the contractor finds the issued guarantee, shows its key, reads the certificate and downloads the key notice', async ({
  page,
}, testInfo) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('請負者のホーム');

  // ① 保証契約一覧, ② 電子保証(認証キー)
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証契約一覧' }).click();
  await expect(page).toHaveURL('/guarantees');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証契約一覧');
  await page.getByRole('tab', { name: '電子保証(認証キー)' }).click();
  await expect(page).toHaveURL('/guarantees?tab=electronic');
  await expect(page.getByRole('tab', { name: '電子保証(認証キー)' })).toHaveAttribute('aria-selected', 'true');

  const search = page.getByRole('region', { name: '検索条件' });
  await search.getByRole('combobox', { name: '保証種類' }).selectOption({ label: '前払金保証' });
  await search.getByRole('textbox', { name: '工事名' }).fill('●●●●');
  await search.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/kind=ADVANCE_PAYMENT/);
  const table = page.getByRole('table', { name: '保証契約の一覧' });
  const row = table.getByRole('row').filter({ hasText: contractNumber });
  await expect(row).toContainText('●●●●工事');
  await expect(row).toContainText('前払');
  await expect(row).toContainText('松本市長');
  await expect(row).toContainText('50,000,000円');
  await expect(page.getByText(/^全\d+ページ\(\d+件\)中の1ページ目を表示しています$/)).toBeVisible();
  expect((await row.getByRole('cell').nth(2).innerText()).trim().split('\n')[0]).toBe(contractNumber);
  await expectAccessible(page);
  await saveScreenshot(page, 'deliver-list');

  // Pinpoint search: a typo is pointed out, the number typed carelessly is found.
  const pinpoint = page.getByRole('region', { name: 'ピンポイント検索' });
  const numberInput = pinpoint.getByRole('textbox', { name: '保証契約番号' });
  const last = contractNumber.slice(-1);
  const typo = `${contractNumber.slice(0, -1)}${last === '0' ? '1' : '0'}`;
  await numberInput.fill(typo);
  await pinpoint.getByRole('button', { name: '検索' }).click();
  await expect(numberInput).toHaveAccessibleDescription(/確認文字が合いません。入力に誤りがないかご確認ください。/);
  await numberInput.fill(typedCarelessly(contractNumber));
  await pinpoint.getByRole('button', { name: '検索' }).click();
  await expect(page.getByText(`保証契約番号 ${typedCarelessly(contractNumber)} の検索結果です。`)).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(contractNumber);
  await expect(page.getByText('全1ページ(1件)中の1ページ目を表示しています')).toBeVisible();

  // ③ 詳細
  await table.getByRole('row').nth(1).getByRole('link', { name: /^詳細/ }).click();
  await expect(page).toHaveURL(/\/guarantees\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証契約の詳細');
  const summary = '電子保証概要(前払金保証)';
  await expect(detailValue(page, summary, '保証契約番号')).toHaveText(contractNumber);
  await expect(detailValue(page, summary, '請負契約者')).toHaveText('〇〇建設株式会社');
  await expect(detailValue(page, summary, '工事名')).toHaveText('●●●●工事');
  await expect(detailValue(page, summary, '発注者名')).toHaveText('松本市長');
  await expect(detailValue(page, summary, '請負金額')).toHaveText('50,000,000円');
  await expect(detailValue(page, summary, '保証金額')).toHaveText('25,000,000円');
  await expect(detailValue(page, summary, '商品名')).toHaveText('前払金保証');
  await expect(detailValue(page, summary, '預託金融機関')).toHaveText('〇〇銀行　××支店');

  // The key appears only on 表示.
  await expect(page.getByTestId('auth-key')).toHaveCount(0);
  await page.getByRole('button', { name: '表示' }).click();
  const key = page.getByTestId('auth-key');
  await expect(key).toHaveText(/^[0-9A-Za-z]{12}$/);
  const authKey = (await key.innerText()).trim();

  const history = page.getByRole('table', { name: '電子保証情報(履歴情報)' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('新規');
  await expect(history.getByRole('row').nth(2)).toContainText('変更 1');
  await expect(history.getByRole('row').nth(1)).toContainText(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
  await expectAccessible(page);
  await saveScreenshot(page, 'deliver-detail');

  // ④ 保証契約内容の確認画面: the certificate of 変更 1.
  await history.getByRole('button', { name: /^選択.*No\.2 変更 1/ }).click();
  const dialog = page.getByRole('dialog', { name: 'No.2 変更 1の保証証書' });
  const certificate = dialog.getByRole('article', { name: '保証証書(前払金保証)' });
  await expect(certificate.getByTestId('certificate-change')).toHaveText('変更 1');
  await expect(certificate).toContainText(`保証契約番号${contractNumber}`);
  await expect(certificate).toContainText('25,000,000円');
  await expect(certificate).toContainText('松本市長');
  await expectAccessible(page);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: artifact('deliver-certificate') });
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(dialog).toBeHidden();

  // ⑤ 印刷: the key notice PDF, with the number and the key shown on screen.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '印刷' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`key-notice-${contractNumber}.pdf`);
  const file = testInfo.outputPath('key-notice.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(contractNumber);
  expect(text).toContain(authKey);
});

test('the contractor’s home leads to the list, and 詳細 offers no staff procedures', async ({ page }) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('請負者のホーム');
  await page.getByRole('link', { name: '保証契約一覧へ' }).click();
  await expect(page).toHaveURL('/guarantees');
  await expect(page.getByRole('tab', { name: 'すべての保証契約' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: '保証契約の一覧' });
  await table.getByRole('row').nth(1).getByRole('link', { name: /^詳細/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証契約の詳細');
  for (const procedure of ['変更', '訂正', '変更取消', '取消']) {
    await expect(page.getByRole('button', { name: procedure, exact: true })).toHaveCount(0);
  }
  await page.getByRole('link', { name: '保証契約一覧へ戻る' }).click();
  await expect(page).toHaveURL('/guarantees');
});
