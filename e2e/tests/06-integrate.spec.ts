import { expect, test } from '@playwright/test';
import { apiAs, flyerGuaranteesChanged, revealAuthKey } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * Integrations: the contractor makes an API token in the SPA and a tool uses it; registers a
 * webhook and keeps its secret; 長野支店 reads the audit trail of what this spec did through the
 * API first (an issue, a display of the key, a verification).
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const { advance } = await flyerGuaranteesChanged(playwright, baseURL);
  const contractor = await apiAs(playwright, baseURL, 'contractor@demo.esurety.jp');
  const orderer = await apiAs(playwright, baseURL, null);
  try {
    const authKey = await revealAuthKey(contractor, advance.id);
    await orderer.gql(`mutation($input: VerifyGuaranteeInput!) { verifyGuarantee(input: $input) { verification { validity } } }`, {
      input: { contractNumber: advance.contractNumber, authKey },
    });
  } finally {
    await contractor.dispose();
    await orderer.dispose();
  }
});

test('the contractor creates an API token, sees it once, and a tool acts as the contractor with it', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page).not.toHaveURL(/\/login$/); // signed in before going on
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'APIトークン' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('APIトークン');
  await page.getByRole('textbox', { name: /^名前\(用途\)/ }).fill('基幹システム連携');
  await page.getByRole('button', { name: '作成' }).click();
  await expect(page.getByText('このトークンは今だけ表示されます。安全な場所に保管してください。')).toBeVisible();
  const token = await page.getByRole('textbox', { name: /トークン「基幹システム連携」/ }).inputValue();
  expect(token).toMatch(/^esr_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);
  await saveScreenshot(page, 'api-tokens');

  const tool = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const me = await (await tool.post('/graphql', { data: { query: '{ me { email role } }' } })).json();
  expect(me.data.me).toEqual({ email: 'contractor@demo.esurety.jp', role: 'CONTRACTOR' });
  const forbidden = await (await tool.post('/graphql', { data: { query: '{ auditEvents(first: 1) { totalCount } }' } })).json();
  expect(forbidden.data).toBeNull();
  expect(forbidden.errors[0].extensions.code).toBe('FORBIDDEN');

  // Revoked, the token stops working at once.
  await page.getByRole('button', { name: '保管しました(表示を閉じる)' }).click();
  const row = page.getByRole('row').filter({ hasText: '基幹システム連携' });
  await row.getByRole('button', { name: /失効/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /失効/ }).click();
  await expect(row).toContainText('失効済み');
  const refused = await tool.post('/graphql', { data: { query: '{ me { email } }' } });
  expect(refused.status()).toBe(401);
  await tool.dispose();
});

test('the contractor registers a webhook and is shown its signing secret once', async ({ page }) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page).not.toHaveURL(/\/login$/); // signed in before going on
  await page.goto('/settings/webhooks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webhook');
  await page.getByRole('textbox', { name: /^送信先URL/ }).fill('https://erp.example.co.jp/esurety');
  await page.getByRole('checkbox', { name: '保証契約の発行' }).check();
  await page.getByRole('checkbox', { name: '保証契約の変更' }).check();
  await page.getByRole('button', { name: '登録' }).click();
  await expect(page.getByText('この秘密は今だけ表示されます。安全な場所に保管してください。')).toBeVisible();
  expect(await page.getByRole('textbox', { name: /署名用の秘密/ }).inputValue()).toMatch(/^whsec_/);
  await expect(page.getByRole('row').filter({ hasText: 'https://erp.example.co.jp/esurety' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'webhooks');
});

test('長野支店 reads the audit trail: the issue, the key shown, the verification', async ({ page }) => {
  await signIn(page, 'nagano@demo.esurety.jp');
  await expect(page).not.toHaveURL(/\/login$/); // signed in before going on
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '監査ログ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('監査ログ');
  const table = page.getByRole('table').first();
  for (const action of ['発行', '認証キーの表示', '保証確認']) await expect(table).toContainText(action);
  await expectAccessible(page);
  await saveScreenshot(page, 'audit');
});
