import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { flyerGuaranteesChanged } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * The orderer's side: 松本市 receives the key notice of the advance payment guarantee of
 * ●●●●工事 (this spec's own: issued and changed to 25,000,000円 through the API before it
 * starts), opens the QR code's link on the verification service and sees the certificate; a wrong
 * key is refused; its signed-in staff find the guarantee in their ledger; the contractor sees
 * that the orderer has looked.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let issuedNumber = '';
let contractNumber = '';
let authKey = '';
let verificationLink = '';

test.beforeAll(async ({ playwright }, testInfo) => {
  const { advance } = await flyerGuaranteesChanged(playwright, String(testInfo.project.use.baseURL));
  issuedNumber = advance.contractNumber;
});

test('the contractor downloads the key notice for the orderer', async ({ page }, testInfo) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page).not.toHaveURL(/\/login$/); // signed in before going on
  await page.goto('/guarantees?tab=electronic&kind=ADVANCE_PAYMENT&work=●●●●');
  const row = page.getByRole('table', { name: '保証契約の一覧' }).getByRole('row').filter({ hasText: issuedNumber });
  await expect(row).toContainText('●●●●工事');
  await row.getByRole('link', { name: /^詳細/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証契約の詳細');
  await expect(page.getByText('発注者はまだ閲覧していません')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '印刷' }).click();
  const file = testInfo.outputPath('key-notice.pdf');
  await (await downloading).saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  contractNumber = /20075-\d{5}[0-9A-Z]/.exec(text)![0];
  expect(contractNumber).toBe(issuedNumber);
  // The QR code's target, which the PDF also carries as a link over the code.
  verificationLink = /\/URI \(([^)]*)\)/.exec(fs.readFileSync(file).toString('latin1'))![1];
  authKey = new URL(verificationLink).hash.match(/key=([^&]+)/)![1];
  expect(text).toContain(authKey);
  expect(verificationLink).toContain(`#number=${contractNumber}&key=`);
});

test('the orderer opens the QR code’s link and sees the certificate, without an account', async ({ page }) => {
  await page.goto(verificationLink);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('保証確認サービス');
  await expect(page.getByText('有効', { exact: true })).toBeVisible();
  const certificate = page.getByRole('article', { name: '保証証書(前払金保証)' });
  await expect(certificate).toContainText(`保証契約番号${contractNumber}`);
  await expect(certificate).toContainText('25,000,000円');
  await expect(certificate).toContainText('松本市長');
  await expect(certificate.getByTestId('certificate-change')).toHaveText('変更 1');
  // The key does not stay in the address bar or the history.
  await expect(page).toHaveURL(/\/verify$/);
  await expectAccessible(page);
  await saveScreenshot(page, 'verify-certificate');
});

test('a wrong key is refused with the same message as an unknown number', async ({ page }) => {
  await page.goto('/verify');
  await page.getByRole('textbox', { name: '保証契約番号' }).fill(contractNumber);
  await page.getByRole('textbox', { name: '認証キー' }).fill(authKey.split('').reverse().join(''));
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.getByRole('alert')).toContainText('保証契約番号または認証キーが正しくありません。');
  await expect(page.getByRole('article')).toHaveCount(0);
  await expectAccessible(page);
  await saveScreenshot(page, 'verify-refused');

  // Typed from the PDF instead: the right key shows the certificate.
  await page.getByRole('textbox', { name: '認証キー' }).fill(authKey);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.getByRole('article', { name: '保証証書(前払金保証)' })).toContainText(contractNumber);
});

test('松本市’s staff find the verified guarantee in their ledger', async ({ page }) => {
  await signIn(page, 'matsumoto@demo.esurety.jp');
  await expect(page).not.toHaveURL(/\/login$/); // signed in before going on
  await page.goto('/ledger');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('台帳');
  const row = page.getByRole('row').filter({ hasText: contractNumber });
  await expect(row).toContainText('有効');
  await expect(row).toContainText('●●●●工事');
  await expectAccessible(page);
  await saveScreenshot(page, 'orderer-ledger');
  await row.getByRole('link').first().click();
  await expect(page.getByRole('article', { name: '保証証書(前払金保証)' })).toContainText(contractNumber);
  await expectAccessible(page);
});

test('the contractor sees that the orderer has looked', async ({ page }) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page).not.toHaveURL(/\/login$/); // signed in before going on
  await page.goto('/guarantees?tab=electronic&kind=ADVANCE_PAYMENT&work=●●●●');
  const row = page.getByRole('table', { name: '保証契約の一覧' }).getByRole('row').filter({ hasText: contractNumber });
  await row.getByRole('link', { name: /^詳細/ }).click();
  await expect(page.getByText('発注者が閲覧しました')).toBeVisible();
  await expectAccessible(page);
});
