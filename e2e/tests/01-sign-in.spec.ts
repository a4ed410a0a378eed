import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support';

interface DemoAccount {
  email: string;
  role: string;
  heading: string;
  /** shown in the header; the administrator belongs to none */
  organisation?: string;
  /** rows of the home's 登録情報 table that must be there */
  details?: Record<string, string>;
  screenshot: string;
}

const accounts: DemoAccount[] = [
  {
    email: 'contractor@demo.esurety.jp',
    role: '請負者',
    heading: '請負者のホーム',
    organisation: '〇〇建設株式会社',
    details: { 商号又は名称: '〇〇建設株式会社', 法人番号: '3100001012345' },
    screenshot: 'home-contractor',
  },
  {
    email: 'contractor2@demo.esurety.jp',
    role: '請負者',
    heading: '請負者のホーム',
    organisation: '△△工業株式会社',
    details: { 商号又は名称: '△△工業株式会社' },
    screenshot: 'home-contractor2',
  },
  {
    email: 'nagano@demo.esurety.jp',
    role: '支店担当者',
    heading: '支店担当者のホーム',
    organisation: '長野支店',
    details: { 支店名: '長野支店', TEL: '026-226-7520', 保証事業会社: '東日本建設業保証株式会社' },
    screenshot: 'home-branch-nagano',
  },
  {
    email: 'kanagawa@demo.esurety.jp',
    role: '支店担当者',
    heading: '支店担当者のホーム',
    organisation: '神奈川支店',
    details: { 支店名: '神奈川支店', TEL: '045-662-8203' },
    screenshot: 'home-branch-kanagawa',
  },
  {
    email: 'matsumoto@demo.esurety.jp',
    role: '発注者',
    heading: '発注者のホーム',
    organisation: '松本市',
    details: { 発注者名: '松本市', 証書の名義: '松本市長', 電子保証: '対応しています', 電子保証の開始日: '令和8年3月1日' },
    screenshot: 'home-orderer-matsumoto',
  },
  {
    email: 'odawara@demo.esurety.jp',
    role: '発注者',
    heading: '発注者のホーム',
    organisation: '小田原市',
    details: { 発注者名: '小田原市', 証書の名義: '小田原市長', 電子保証の開始日: '令和8年4月1日' },
    screenshot: 'home-orderer-odawara',
  },
  {
    email: 'admin@demo.esurety.jp',
    role: 'システム管理者',
    heading: 'システム管理者のホーム',
    screenshot: 'home-admin',
  },
];

async function detailRows(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: '登録情報' });
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').all();
  const entries = await Promise.all(
    rows.map(async (row) => [await row.getByRole('rowheader').innerText(), await row.getByRole('cell').innerText()]),
  );
  return Object.fromEntries(entries);
}

test.describe('sign-in', () => {
  test('the login page is in Japanese, labelled and accessible', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ログイン');
    await expect(page.getByRole('banner')).toContainText('esurety 電子保証サービス');
    await expect(page.getByRole('textbox', { name: 'メールアドレス', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'パスワード', exact: true })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'login');

    // Sent empty: each field names what is missing, and the first takes the focus.
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(page.getByRole('textbox', { name: 'メールアドレス', exact: true })).toHaveAccessibleDescription(
      'メールアドレスを入力してください。',
    );
    await expect(page.getByText('パスワードを入力してください。')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'メールアドレス', exact: true })).toBeFocused();
    await expect(page).toHaveURL(/\/login$/);
    await expectAccessible(page);
  });

  for (const account of accounts) {
    test(`${account.email} sees the ${account.role} home of ${account.organisation ?? 'the administrator'}`, async ({ page }) => {
      await signIn(page, account.email);

      await expect(page).toHaveURL('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.heading);
      const header = page.getByRole('banner');
      await expect(header.getByText(account.role, { exact: true })).toBeVisible();
      await expect(header.getByRole('button', { name: 'ログアウト' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
      if (account.organisation) await expect(header).toContainText(account.organisation);
      if (account.details) expect(await detailRows(page)).toMatchObject(account.details);
      else await expect(page.getByRole('table')).toHaveCount(0);

      await expectAccessible(page);
      await saveScreenshot(page, account.screenshot);
    });
  }

  test('a wrong password shows the server’s message and stays on /login', async ({ page }) => {
    await signIn(page, 'contractor@demo.esurety.jp', 'not-the-password');

    await expect(page.getByRole('alert')).toContainText('メールアドレスまたはパスワードが正しくありません。');
    await expect(page).toHaveURL('/login');
    await expectAccessible(page);
    await saveScreenshot(page, 'login-error');
  });

  test('an unknown user gets the same message as a wrong password', async ({ page }) => {
    await signIn(page, 'nobody@demo.esurety.jp');

    await expect(page.getByRole('alert')).toContainText('メールアドレスまたはパスワードが正しくありません。');
    await expect(page).toHaveURL('/login');
  });

  test('logging out returns to /login, and pages then send the visitor back there', async ({ page }) => {
    await signIn(page, 'contractor@demo.esurety.jp');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('請負者のホーム');

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await expect(page).toHaveURL('/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ログイン');

    await page.goto('/');
    await expect(page).toHaveURL('/login');
    await page.goto('/guarantees');
    await expect(page).toHaveURL('/login');
  });

  test('a visitor who never signed in is sent to /login', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/login');
  });

  test('an unknown page shows the 404 page to a signed-in user', async ({ page }) => {
    await signIn(page, 'nagano@demo.esurety.jp');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('支店担当者のホーム');

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    await page.getByRole('link', { name: 'ホームへ戻る' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('支店担当者のホーム');

    await page.goto('/no-such-page');
    await expectAccessible(page);
    await saveScreenshot(page, 'not-found');
  });

  test('the English switch changes the language and <html lang>, and is remembered', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ログイン');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});
