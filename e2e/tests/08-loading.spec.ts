import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './support';

/**
 * What a visitor's browser downloads: the entry preloads only its own chunks, each page comes as
 * a chunk of its own when it is opened, with the namespace of its messages, and the English
 * catalogue only when someone asks for English. (The sizes are measured against their budgets by `pnpm --filter @esurety/bench all`.)
 */

/**
 * Chunks that belong to one page or one language, by the module they are named after;
 * SignedInFrame brings Apollo Client with the signed-in pages' frame.
 */
const PAGE_CHUNK =
  /^(SignedInFrame|LoginPage|VerifyPage|VerificationResultView|HomePage|Application\w*Page|Delivery\w*Page|GuaranteePage|ReviewQueuePage|LedgerPage|LedgerDetailPage|AuditLogPage|ApiTokensPage|Webhook\w*Page|WebhooksPage|OutboxPage|ElectronicOrderersPage|en)-[\w-]+\.js$/;

/**
 * The message namespaces of the Japanese catalogue other than `common` (in the entry): each a
 * chunk named after its file in client/src/app/i18n/ja/ (an 8-character hash follows the name).
 */
const MESSAGES_CHUNK = /^(login|setPassword|forgotPassword|register|verification|guarantee|applications|signedIn)-[\w-]{8}\.js$/;

/** The scripts the page fetched, by file name, from opening it until the network is idle. */
async function scriptsOf(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return scripts;
}

const pageChunks = (scripts: string[]) => scripts.filter((s) => PAGE_CHUNK.test(s)).map((s) => s.replace(/-[\w-]+\.js$/, ''));
const messageChunks = (scripts: string[]) => scripts.filter((s) => MESSAGES_CHUNK.test(s)).map((s) => s.replace(/-[\w-]{8}\.js$/, ''));

test('the app preloads only the chunks its entry needs', async ({ request }) => {
  const html = await (await request.get('/verify', { headers: { accept: 'text/html' } })).text();
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
  expect(html).toMatch(/<script type="module"[^>]* src="\/assets\/index-[\w-]+\.js"/);
  expect(pageChunks(preloaded)).toEqual([]);
});

test('a visitor of /verify downloads the verification page and its messages, no other', async ({ page }) => {
  const scripts = await scriptsOf(page, '/verify');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証確認サービス (D-Sure)');
  expect(pageChunks(scripts)).toEqual(['VerifyPage']);
  expect(messageChunks(scripts)).toEqual(['verification']);
});

test('a visitor of / is sent to the sign-in page without the signed-in pages', async ({ page }) => {
  const scripts = await scriptsOf(page, '/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: 'ログイン' })).toBeVisible();
  expect(pageChunks(scripts)).toEqual(['LoginPage']);
  expect(messageChunks(scripts)).toEqual(['login']);
});

test('Apollo Client comes with the signed-in frame, once the visitor has signed in', async ({ page }) => {
  const scripts = await scriptsOf(page, '/login');
  expect(pageChunks(scripts)).toEqual(['LoginPage']);
  await page.getByRole('textbox', { name: 'メールアドレス', exact: true }).fill('contractor@demo.esurety.jp');
  await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
  expect(pageChunks(scripts)).toEqual(['LoginPage', 'SignedInFrame', 'HomePage']);
  expect(messageChunks(scripts)).toContain('signedIn');
});

test('English is loaded when a visitor switches to it, and then shown', async ({ page }) => {
  const scripts = await scriptsOf(page, '/login');
  expect(pageChunks(scripts)).not.toContain('en');
  const english = page.waitForRequest((request) => /\/assets\/en-[\w-]+\.js$/.test(request.url()));
  await page.getByRole('button', { name: 'English' }).click();
  await english;
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
