import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiAs } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * 契約保証予約（入札ボンド）: 〇〇建設 applies for a reservation before bidding (the form of the
 * 保証契約一覧's tab), 長野支店 issues it with its number, and, the bid won, 〇〇建設 converts it:
 * the 契約保証 application's form opens with the orderer, the work name and the amount filled in.
 */

// A name of this run's own, so that the spec finds its reservation whatever ran before.
const WORK_NAME = `松本市立第一小学校改築工事 ${Date.now().toString(36)}`;
const BID_BOND_NUMBER = /20075-B\d{5}/;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** The bid date of this spec's reservation: two weeks from today in Japan (YYYY-MM-DD). */
const bidDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + 14 * 86_400_000));
const bidDateInEra = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Tokyo',
}).format(new Date(`${bidDate}T12:00:00+09:00`));

const row = (page: Page) => page.getByRole('table', { name: '契約保証予約の一覧' }).getByRole('row', { name: new RegExp(WORK_NAME) });

async function pageAs(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/のホーム$/);
  return page;
}

test('the contractor applies for a reservation from the 契約保証予約(入札ボンド) tab', async ({ browser }) => {
  const page = await pageAs(browser, 'contractor@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証契約一覧' }).click();
  await page.getByRole('tab', { name: '契約保証予約(入札ボンド)' }).click();
  await expect(page).toHaveURL('/guarantees?tab=bid-bonds');
  await expect(page.getByRole('heading', { name: '契約保証予約の一覧' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '契約保証予約を申し込む' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('契約保証予約の申込');
  // Sent empty: every field is named, and nothing is sent.
  await page.getByRole('button', { name: '申し込む' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('工事名を入力してください。');
  await expect(page.getByTestId('error-summary')).toContainText('契約予定金額を入力してください。');

  await page.getByRole('combobox', { name: '発注者' }).selectOption({ label: '松本市' });
  await page.getByRole('textbox', { name: '工事名' }).fill(WORK_NAME);
  // The field itself shows the date in the era once left.
  const bidDateInput = page.getByLabel('入札日');
  await bidDateInput.fill(bidDate);
  await bidDateInput.blur();
  await expect(bidDateInput).toHaveValue(bidDateInEra);
  const amount = page.getByRole('textbox', { name: '契約予定金額' });
  await amount.fill('１２０００００００');
  await amount.blur();
  await expect(amount).toHaveValue('120,000,000');
  await page.getByRole('combobox', { name: '申込送信先' }).selectOption({ label: '長野支店' });
  await expectAccessible(page);
  await saveScreenshot(page, 'bid-bond-apply');
  await page.getByRole('button', { name: '申し込む' }).click();

  await expect(page).toHaveURL('/guarantees?tab=bid-bonds');
  const applied = row(page);
  await expect(applied).toContainText('申込中');
  await expect(applied).toContainText('(未発行)');
  await expect(applied).toContainText(bidDateInEra);
  await expect(applied).toContainText('120,000,000円');
  await expect(applied.getByRole('button', { name: /申込へ移行/ })).toHaveCount(0);
  await page.context().close();
});

test('長野支店 issues it with a number of its own; another branch does not see it', async ({ browser, playwright }, testInfo) => {
  const page = await pageAs(browser, 'nagano@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '契約保証予約' }).click();
  await expect(page).toHaveURL('/bid-bonds');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('契約保証予約（入札ボンド）');
  await expect(row(page)).toContainText('〇〇建設株式会社');
  await expectAccessible(page);
  await row(page)
    .getByRole('button', { name: `発行（${WORK_NAME}）` })
    .click();
  const status = page.getByRole('status').filter({ hasText: '予約番号' });
  await expect(status).toContainText(`${WORK_NAME}の予約を予約番号`);
  const number = (await status.textContent())!.match(/20075-B\d{5}/)![0];
  expect(number).toMatch(/^20075-B\d{5}$/);
  await expect(row(page)).toContainText('予約済み');
  await expect(row(page)).toContainText(number);
  await saveScreenshot(page, 'bid-bond-issue');
  await page.context().close();

  // 神奈川支店 lists nothing of 長野支店's (checked through the API, as a third-party tool would).
  const kanagawa = await apiAs(playwright, String(testInfo.project.use.baseURL), 'kanagawa@demo.esurety.jp');
  try {
    const { bidBonds } = await kanagawa.gql<{ bidBonds: { edges: { node: { workName: string } }[] } }>(
      `{ bidBonds(first: 100) { edges { node { workName } } } }`,
    );
    expect(bidBonds.edges.map((e) => e.node.workName)).not.toContain(WORK_NAME);
  } finally {
    await kanagawa.dispose();
  }
});

test('the bid won, the contractor converts it: the 契約保証 application opens prefilled', async ({ browser }) => {
  const page = await pageAs(browser, 'contractor@demo.esurety.jp');
  await page.goto('/guarantees?tab=bid-bonds');
  await expect(row(page)).toContainText('予約済み');
  await expect(row(page)).toContainText(BID_BOND_NUMBER);
  await row(page)
    .getByRole('button', { name: `落札: 申込へ移行（${WORK_NAME}）` })
    .click();

  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}\/edit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証申込');
  await expect(page.getByRole('radio', { name: '新しい工事を入力する' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: '工事名' })).toHaveValue(WORK_NAME);
  await expect(page.getByRole('combobox', { name: '発注者' })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: '発注者' }).locator('option:checked')).toHaveText('松本市');
  await expect(page.getByRole('textbox', { name: '請負金額' })).toHaveValue('120,000,000');
  const contract = page.getByRole('region', { name: '契約保証', exact: true });
  await expect(contract.getByRole('checkbox', { name: '契約保証を申し込む' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '前払金保証を申し込む' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: '申込送信先' }).locator('option:checked')).toHaveText('長野支店');
  await expectAccessible(page);
  await saveScreenshot(page, 'bid-bond-converted-application');

  // The reservation now says where it went, and can no longer be converted nor withdrawn.
  await page.goto('/guarantees?tab=bid-bonds');
  await expect(row(page)).toContainText('申込へ移行済み');
  await expect(row(page).getByRole('link', { name: '申込を開く' })).toBeVisible();
  await expect(row(page).getByRole('button')).toHaveCount(0);
  await expectAccessible(page);
  await saveScreenshot(page, 'bid-bond-tab');
  await page.context().close();
});
