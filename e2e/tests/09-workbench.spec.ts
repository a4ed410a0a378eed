import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiAs, issue, sendApplication, type IssuedGuarantee } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * Issue 13, the branch staff's workbench and the contractor's drafts: 長野支店 finds a guarantee
 * in its own 保証契約一覧 (by 請負者 and 状態) and downloads the list as CSV; the review queue
 * counts each status; 〇〇建設 cannot make a draft by a failed 確認へ, is asked before leaving
 * unsaved changes, and deletes a draft. Leaving a 変更 typed in the guarantee's dialog (長野支店)
 * or a half-filled 契約保証予約 (〇〇建設) asks too. The guarantees are this spec's own, issued
 * through the API.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let guarantees: Record<IssuedGuarantee['kind'], IssuedGuarantee>;
let applicationId = '';

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const contractor = await apiAs(playwright, baseURL, 'contractor@demo.esurety.jp');
  const nagano = await apiAs(playwright, baseURL, 'nagano@demo.esurety.jp');
  try {
    applicationId = await sendApplication(contractor, '●●●●工事');
    guarantees = await issue(nagano, applicationId);
  } finally {
    await contractor.dispose();
    await nagano.dispose();
  }
});

test('branch staff find a guarantee of their branch by contractor and state, and download the list as CSV', async ({ page }) => {
  const { contractNumber } = guarantees.ADVANCE_PAYMENT;
  await signIn(page, 'nagano@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証契約一覧' }).click();
  await expect(page).toHaveURL('/guarantees');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証契約一覧');
  await expect(page.getByRole('tab', { name: '保証申込' })).toHaveCount(0);

  const search = page.getByRole('region', { name: '検索条件' });
  await search.getByRole('textbox', { name: '請負者' }).fill('〇〇建設');
  await search.getByRole('combobox', { name: '状態' }).selectOption({ label: '有効' });
  await search.getByRole('combobox', { name: '保証種類' }).selectOption({ label: '前払金保証' });
  // 期間: a date typed as YYYY-MM-DD is shown in the era; the calendar opens on the field, and an
  // end before the start is named at the end.
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  const issuedFrom = search.getByLabel('期間(発行日から)');
  const issuedTo = search.getByLabel('期間(発行日まで)');
  await issuedFrom.fill(today);
  await issuedFrom.blur();
  await expect(issuedFrom).toHaveValue(/^令和\d+年\d{1,2}月\d{1,2}日$/);
  // The start's calendar has closed (it fades out) before the end's opens.
  await expect(page.getByRole('button', { name: '次の月' })).toHaveCount(0);
  await issuedTo.click();
  await expect(page.getByRole('button', { name: '次の月' })).toBeVisible();
  await saveScreenshot(page, 'workbench-staff-period-calendar');
  await issuedTo.fill('2000-01-01');
  await issuedTo.press('Escape');
  await search.getByRole('button', { name: '検索' }).click();
  await expect(issuedTo).toHaveAccessibleDescription(/期間\(発行日まで\)は期間\(発行日から\)以降の日付にしてください。/);
  await expect(page).toHaveURL('/guarantees');
  await issuedTo.fill(today);
  await issuedTo.press('Escape');
  await search.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`));
  await expect(page).toHaveURL(/state=VALID/);
  await expect(page).toHaveURL(/contractor=/);
  const table = page.getByRole('table', { name: '保証契約の一覧' });
  await expect(table.getByRole('columnheader', { name: '請負者' })).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: contractNumber });
  await expect(row).toContainText('〇〇建設株式会社');
  await expect(row).toContainText('●●●●工事');
  await expectAccessible(page);
  await saveScreenshot(page, 'workbench-staff-list');

  // CSV出力: the list as searched, UTF-8 with a BOM, Japanese column names.
  const csvButton = page.getByRole('link', { name: /^CSV出力（\d+件）$/ });
  const rows = Number(/（(\d+)件）/.exec((await csvButton.innerText()) ?? '')![1]);
  const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
  expect(download.suggestedFilename()).toMatch(/^guarantees-\d{4}-\d{2}-\d{2}\.csv$/);
  const body = fs.readFileSync((await download.path())!);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^保証契約番号,保証種類,保証証書の形式,状態,請負者,発注者,工事名,/);
  expect(lines).toHaveLength(rows + 1);
  const line = lines.find((l) => l.startsWith(contractNumber))!;
  expect(line).toContain(',前払金保証,電子保証,有効,〇〇建設株式会社,松本市,●●●●工事,50000000,20000000,令和');
  expect(lines.slice(1).every((l) => l.includes(',前払金保証,') && l.includes(',有効,'))).toBe(true);

  // 詳細 opens the staff's page of the guarantee, where it can be changed or revoked.
  await row.getByRole('link', { name: /^詳細/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`保証契約 ${contractNumber}`);
  await expectAccessible(page);
  // …and back to the list as it was searched.
  await page.getByRole('link', { name: '保証契約一覧へ戻る' }).click();
  await expect(page).toHaveURL(/\/guarantees\?.*state=VALID/);
  await expect(page.getByRole('textbox', { name: '請負者' })).toHaveValue('〇〇建設');
});

test('the review queue shows each status with its count, and the issued application in its tab', async ({ page }) => {
  await signIn(page, 'nagano@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '申込の審査' }).click();
  const tabs = page.getByRole('tablist', { name: '手続状況' });
  await expect(tabs.getByRole('tab', { name: /^送信済み（\d+件）$/ })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: /^発行済み（[1-9]\d*件）$/ })).toBeVisible();
  await expectAccessible(page);
  await tabs.getByRole('tab', { name: /^発行済み/ }).click();
  await expect(page).toHaveURL(/status=ISSUED/);
  await expect(page.locator(`a[href="/review/applications/${applicationId}"]`)).toBeVisible();
  await saveScreenshot(page, 'workbench-review-tabs');
});

test('a failed 確認へ saves nothing, leaving unsaved changes asks first, and a draft can be deleted', async ({ page }) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('請負者のホーム');
  const drafts = async () => {
    const query = '{ applications(filter: { status: DRAFT }, first: 1) { totalCount } }';
    const response = await page.request.post('/graphql', { data: { query } });
    const { data } = (await response.json()) as { data: { applications: { totalCount: number } } };
    return data.applications.totalCount;
  };
  const draftsBefore = await drafts();
  await page.goto('/applications/new');
  const contact = page.getByRole('textbox', { name: '担当者名' });
  await contact.fill('下書き 削除');
  await contact.press('Enter');
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await page.getByRole('button', { name: '確認へ' }).click();
  await expect(page).toHaveURL('/applications/new');
  expect(await drafts()).toBe(draftsBefore);

  // Another menu: asked, and staying keeps what was typed.
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証契約一覧' }).click();
  const dialog = page.getByRole('dialog', { name: '保存していない変更があります' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'このページに留まる' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL('/applications/new');
  await expect(contact).toHaveValue('下書き 削除');

  // 下書き保存 saves it; nothing is unsaved then, so the menu leaves without asking.
  await page.getByRole('button', { name: '下書き保存' }).click();
  await expect(page).toHaveURL(/\/applications\/[^/]+\/edit$/);
  // As a user does: moves on once the edit page says the draft is saved.
  await expect(page.getByText('下書きを保存しました。')).toBeVisible();
  const draftId = /\/applications\/([^/]+)\/edit$/.exec(page.url())![1];
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証申込' }).click();
  await expect(page).toHaveURL('/applications');

  const list = page.getByRole('table', { name: '申込の一覧' });
  const draftRow = list.getByRole('row').filter({ has: page.locator(`a[href="/applications/${draftId}"]`) });
  await expect(draftRow).toContainText('下書き');
  await draftRow.getByRole('button', { name: /^削除/ }).click();
  const confirm = page.getByRole('dialog', { name: '下書きを削除しますか' });
  await expect(confirm).toContainText('の下書きを削除します。');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByText('下書きを削除しました。')).toBeVisible();
  await expect(page.locator(`a[href="/applications/${draftId}"]`)).toHaveCount(0);
  expect(await drafts()).toBe(draftsBefore);
  await page.goto(`/applications/${draftId}`);
  await expect(page.getByText(/見つかりません/).first()).toBeVisible();
});

test('the browser’s Back asks before leaving unsaved changes, like a menu does', async ({ page }) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証申込' }).click();
  await expect(page).toHaveURL('/applications');
  await page.getByRole('link', { name: '新しい申込' }).click();
  await expect(page).toHaveURL('/applications/new');
  const contact = page.getByRole('textbox', { name: '担当者名' });
  await contact.fill('戻る 確認');

  await page.goBack();
  const dialog = page.getByRole('dialog', { name: '保存していない変更があります' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'このページに留まる' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL('/applications/new');
  await expect(contact).toHaveValue('戻る 確認');

  await page.goBack();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '保存せずに離れる' }).click();
  await expect(page).toHaveURL('/applications');
  await expect(page.getByRole('table', { name: '申込の一覧' })).toBeVisible();
});

test('leaving a guarantee with a 変更 typed in its dialog asks first, over the dialog', async ({ page }) => {
  const { contractNumber } = guarantees.ADVANCE_PAYMENT;
  await signIn(page, 'nagano@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証契約一覧' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証契約一覧');
  // This spec's guarantee among those issued today.
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  await page.goto(`/guarantees?from=${today}&to=${today}`);
  const row = page.getByRole('table', { name: '保証契約の一覧' }).getByRole('row').filter({ hasText: contractNumber });
  await row.getByRole('link', { name: /^詳細/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`保証契約 ${contractNumber}`);
  const detailUrl = page.url();

  await page.getByRole('button', { name: '変更', exact: true }).click();
  const change = page.getByRole('dialog', { name: '保証契約の変更' });
  const amount = change.getByRole('textbox', { name: '保証金額' });
  await amount.fill('55,000,000');

  // The browser's Back: asked over the 変更 dialog; Escape answers "stay" and keeps the dialog and its input.
  await page.goBack();
  const ask = page.getByRole('dialog', { name: '保存していない変更があります' });
  await expect(ask).toBeVisible();
  await expect(change).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'workbench-unsaved-over-change');
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  expect(page.url()).toBe(detailUrl);
  await expect(change).toBeVisible();
  await expect(amount).toHaveValue('55,000,000');

  // (The 変更 dialog covers the menu: Back is the way out while it is open.) Leaving goes back.
  await page.goBack();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '保存せずに離れる' }).click();
  await expect(page).toHaveURL(`/guarantees?from=${today}&to=${today}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証契約一覧');
  await expect(change).toBeHidden();
});

test('leaving a half-filled 契約保証予約 application asks first', async ({ page }) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('請負者のホーム');
  await page.goto('/bid-bonds/new');
  const workName = page.getByRole('textbox', { name: '工事名' });
  await workName.fill('予約 離脱 確認');

  const menu = page.getByRole('navigation', { name: 'メインメニュー' });
  await menu.getByRole('link', { name: '保証申込' }).click();
  const ask = page.getByRole('dialog', { name: '保存していない変更があります' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'このページに留まる' }).click();
  await expect(ask).toBeHidden();
  await expect(page).toHaveURL('/bid-bonds/new');
  await expect(workName).toHaveValue('予約 離脱 確認');

  await menu.getByRole('link', { name: '保証申込' }).click();
  await ask.getByRole('button', { name: '保存せずに離れる' }).click();
  await expect(page).toHaveURL('/applications');
});
