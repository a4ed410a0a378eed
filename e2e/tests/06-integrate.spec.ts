import { expect, test } from '@playwright/test';
import { apiAs, flyerGuaranteesChanged, revealAuthKey } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * Integrations: the contractor makes a read-only API token (with its required expiry) in the
 * SPA and a tool uses it within its budget; registers a webhook, keeps its secret, sends a test
 * event, pauses and resumes it and rotates its secret; 長野支店 reads the audit trail of what this
 * spec did through the API first (an issue, a display of the key, a verification).
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

test('the contractor creates a read-only API token, sees it once, and a tool reads as the contractor with it', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page).not.toHaveURL(/\/login$/); // signed in before going on
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'APIトークン' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('APIトークン');
  await page.getByRole('textbox', { name: /^名前\(用途\)/ }).fill('基幹システム連携');
  // The expiry is required and filled in (90 days ahead); read-only is the default.
  await expect(page.getByLabel(/^有効期限/)).toHaveValue(/^令和\d+年\d+月\d+日$/);
  await expect(page.getByRole('radio', { name: '読み取りのみ' })).toBeChecked();
  await page.getByRole('button', { name: '作成' }).click();
  await expect(page.getByText('このトークンは今だけ表示されます。安全な場所に保管してください。')).toBeVisible();
  const token = await page.getByRole('textbox', { name: /トークン「基幹システム連携」/ }).inputValue();
  expect(token).toMatch(/^esr_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);
  await saveScreenshot(page, 'api-tokens');

  await expect(page.getByRole('row').filter({ hasText: '基幹システム連携' })).toContainText('読み取りのみ');

  const tool = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const answer = await tool.post('/graphql', { data: { query: '{ me { email role } }' } });
  expect((await answer.json()).data.me).toEqual({ email: 'contractor@demo.esurety.jp', role: 'CONTRACTOR' });
  // Its budget, in the IETF draft's RateLimit fields.
  expect(answer.headers()['ratelimit-policy']).toMatch(/^"api-token";q=\d+;w=60$/);
  expect(answer.headers()['ratelimit']).toMatch(/^"api-token";r=\d+;t=\d+$/);
  // Read-only: no mutation.
  const write = await (await tool.post('/graphql', { data: { query: 'mutation { logout(input: {}) { endedSessionCount } }' } })).json();
  expect(write.errors[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
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

test('the contractor registers a webhook, is shown its secret once, tests, pauses and rotates it', async ({ page }) => {
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
  const secret = await page.getByRole('textbox', { name: /署名用の秘密/ }).inputValue();
  const row = page.getByRole('row').filter({ hasText: 'https://erp.example.co.jp/esurety' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('有効');
  await expectAccessible(page);
  await saveScreenshot(page, 'webhooks');
  await page.getByRole('button', { name: '保管しました(表示を閉じる)' }).click();

  await row.getByRole('button', { name: /にテスト送信$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'テスト送信を受け付けました' })).toBeVisible();
  await row.getByRole('button', { name: /を一時停止$/ }).click();
  await expect(row).toContainText('一時停止中');
  await expect(row.getByRole('button', { name: /にテスト送信$/ })).toBeDisabled();
  await row.getByRole('button', { name: /を再開$/ }).click();
  await expect(row).toContainText('有効');

  await row.getByRole('button', { name: /の秘密の更新$/ }).click();
  const dialog = page.getByRole('dialog', { name: '署名用の秘密を更新します' });
  await expect(dialog).toContainText('24時間は前の秘密でも署名する');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '更新する' }).click();
  await expect(page.getByText('署名用の秘密を更新しました')).toBeVisible();
  const rotated = await page.getByRole('textbox', { name: /署名用の秘密/ }).inputValue();
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
  await expect(row).toContainText('前の秘密でも');

  // The test event is in the endpoint's deliveries.
  await row.getByRole('link', { name: /の配信状況$/ }).click();
  await expect(page.getByRole('table', { name: '配信の一覧' })).toContainText('テスト送信');
  await expectAccessible(page);
  await saveScreenshot(page, 'webhook-deliveries');
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
