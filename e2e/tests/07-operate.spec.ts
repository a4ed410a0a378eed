import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support';

const cli = path.resolve(__dirname, '..', '..', 'server', 'dist', 'cli', 'main.js');

/** The operator's `esurety` command against the running server's database. */
function esurety(baseURL: string, ...args: string[]): string {
  return execFileSync(process.execPath, [cli, ...args], {
    env: { ...process.env, NODE_ENV: 'production', DATA_DIR: process.env.ESURETY_E2E_DATA_DIR, PUBLIC_URL: baseURL.replace(/\/$/, '') },
    encoding: 'utf8',
  });
}

test.describe('operating the service', () => {
  test('the administrator made by `esurety create-admin` sets a password through the link, then signs in', async ({ page, baseURL }) => {
    const printed = esurety(baseURL!, 'create-admin', '--email', 'operator@example.jp', '--name', '運用 花子');
    const link = /^(http\S+\/set-password#token=[A-Za-z0-9_-]{43})$/m.exec(printed)?.[1];
    expect(link).toBeTruthy();

    await page.goto(link!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('パスワードの設定');
    // The token leaves the address bar (and the history) at once.
    await expect(page).toHaveURL(/\/set-password$/);
    await expectAccessible(page);
    await saveScreenshot(page, 'set-password');

    const password = page.getByRole('textbox', { name: '新しいパスワード', exact: true });
    const confirmation = page.getByRole('textbox', { name: '新しいパスワード（確認）', exact: true });
    await password.fill('short');
    await confirmation.fill('short');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect(page.getByText('パスワードは12文字以上にしてください。')).toBeVisible();
    await expect(password).toBeFocused();
    await expectAccessible(page);

    await password.fill('安曇野の朝は静かで美しい');
    await confirmation.fill('安曇野の朝は静かで美しい');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect(page.getByRole('status')).toContainText('operator@example.jp とこのパスワードでログインしてください。');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'ログイン画面へ' }).click();

    await signIn(page, 'operator@example.jp', '安曇野の朝は静かで美しい');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('システム管理者のホーム');

    // The same link again: used up.
    await page.goto(link!);
    await page.getByRole('textbox', { name: '新しいパスワード', exact: true }).fill('another fine password');
    await page.getByRole('textbox', { name: '新しいパスワード（確認）', exact: true }).fill('another fine password');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await expect(page.getByRole('alert')).toContainText('このリンクは使えません');
    await expectAccessible(page);
  });

  test('readiness and metrics answer on the server’s own address', async ({ request }) => {
    const ready = await request.get('/readyz');
    expect(ready.status()).toBe(200);
    const metrics = await request.get('/metrics');
    expect(metrics.status()).toBe(200);
    expect(await metrics.text()).toMatch(/esurety_graphql_requests_total\{operation="mutation setPassword",outcome="OK"\} 1/);
  });
});
