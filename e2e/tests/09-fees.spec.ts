import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { apiAs, changeAmount, issue, sendApplication } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * 保証料: the contractor's 保証料計算書一覧 and a statement's PDF, the branch marking a paper copy
 * as mailed, and the administrator's 保証料率表 (whose demo rates are examples). The data is the
 * spec's own: ●●●●工事's two guarantees issued by 長野支店 (契約保証 with a paper statement
 * asked for), the advance payment then lowered to 10,000,000円, which refunds part of its fee.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface Statement {
  id: string;
  statementNumber: string;
  reason: string;
  kind: string;
  fee: number;
  charge: number;
  refund: number;
}

let advanceStatements: Statement[] = [];
let contractStatement: Statement;

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const contractor = await apiAs(playwright, baseURL, 'contractor@demo.esurety.jp');
  const nagano = await apiAs(playwright, baseURL, 'nagano@demo.esurety.jp');
  try {
    const { ADVANCE_PAYMENT: advance, CONTRACT: contract } = await issue(nagano, await sendApplication(contractor, '●●●●工事'));
    await changeAmount(nagano, advance, 10_000_000);
    const statementsOf = async (guaranteeId: string) =>
      (
        await contractor.gql<{ feeStatements: { edges: { node: Statement }[] } }>(
          `query($id: ID!) { feeStatements(filter: { guaranteeId: $id }, first: 10) { edges { node { id statementNumber reason kind fee charge refund } } } }`,
          { id: guaranteeId },
        )
      ).feeStatements.edges.map((e) => e.node);
    advanceStatements = await statementsOf(advance.id);
    [contractStatement] = await statementsOf(contract.id);
  } finally {
    await contractor.dispose();
    await nagano.dispose();
  }
});

test('the contractor opens 保証料計算書一覧, a statement, and its PDF', async ({ page }, testInfo) => {
  const refund = advanceStatements.find((s) => s.reason === 'CHANGE')!;
  expect(refund.refund).toBeGreaterThan(0);
  await signIn(page, 'contractor@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証料計算書一覧' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証料計算書一覧');
  const table = page.getByRole('table', { name: '保証料計算書' });
  const row = table.getByRole('row').filter({ hasText: refund.statementNumber });
  await expect(row).toContainText('変更');
  await expect(row).toContainText(`返戻 ${refund.refund.toLocaleString('ja-JP')}円`);
  await expect(table.getByRole('row').filter({ hasText: contractStatement.statementNumber })).toContainText('郵送予定');
  await expectAccessible(page);
  await saveScreenshot(page, 'fee-statements-contractor');

  // The PDF, as downloaded from the list.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: `保証料計算書 ${refund.statementNumber} のPDF` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`fee-statement-${refund.statementNumber}.pdf`);
  const file = testInfo.outputPath('fee-statement.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of [
    '保証料計算書',
    refund.statementNumber,
    '前払金保証',
    '●●●●工事',
    '10,000,000円',
    `${refund.refund.toLocaleString('ja-JP')}円を返戻します。`,
    '一括納付',
    '保証料請求先',
    'デモ用の例示です',
  ]) {
    expect(text).toContain(expected);
  }

  // The statement on screen.
  await row.getByRole('link', { name: refund.statementNumber, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証料計算書');
  const detail = page.getByRole('table', { name: '計算書の内容' });
  await expect(detail.getByRole('row', { name: /^保証料請求先/ })).toContainText('〇〇建設株式会社');
  await expect(detail.getByRole('row', { name: /^請求・返戻/ })).toContainText(`返戻 ${refund.refund.toLocaleString('ja-JP')}円`);
  await expect(page.getByText('この料率はデモ用の例示です。実在する保証会社の料率ではありません。')).toBeVisible();
  await expect(page.getByRole('link', { name: 'PDFをダウンロード' })).toHaveAttribute(
    'href',
    `/documents/fee-statements/${refund.id}/fee-statement.pdf`,
  );
  await expectAccessible(page);
  await saveScreenshot(page, 'fee-statement-detail');
});

test('the branch sees the paper copies to mail and marks one as mailed', async ({ page }) => {
  await signIn(page, 'nagano@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証料計算書一覧' }).click();
  await page.getByRole('checkbox', { name: /郵送予定/ }).check();
  const row = page.getByRole('table', { name: '保証料計算書' }).getByRole('row').filter({ hasText: contractStatement.statementNumber });
  await expect(row).toContainText('郵送予定');
  await expectAccessible(page);
  await row.getByRole('button', { name: `保証料計算書 ${contractStatement.statementNumber} の紙を郵送済みにする` }).click();
  await expect(row).toContainText('郵送済み');
});

test('the administrator reads the rate tables (examples) and sets a future one', async ({ page }) => {
  await signIn(page, 'admin@demo.esurety.jp');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証料率表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証料率表');
  await expect(page.getByText('この料率はデモ用の例示です。実在する保証会社の料率ではありません。')).toBeVisible();
  const tables = page.getByRole('table', { name: '料率表の一覧' });
  await expect(tables.getByRole('row').filter({ hasText: '契約保証' }).first()).toContainText('年0.3%');
  await expectAccessible(page);

  const form = page.getByRole('region', { name: '料率表を設定' });
  await form.getByRole('combobox', { name: '商品名' }).selectOption({ label: '中間前払金保証' });
  await form.getByLabel('適用開始日').fill('2099-04-01');
  await form.getByRole('textbox', { name: '最低保証料' }).fill('3000');
  await expect(form.getByLabel('適用開始日')).toHaveValue('令和81年4月1日');
  await form.getByRole('textbox', { name: '区分1の料率' }).fill('2500');
  await form.getByRole('button', { name: '設定' }).click();
  // The last band's rate is missing: the form says so at the field.
  await expect(form.getByText('料率を整数で入力してください。')).toBeVisible();
  await form.getByRole('textbox', { name: '区分2の料率' }).fill('1500');
  await form.getByRole('button', { name: '設定' }).click();
  await expect(form.getByRole('status')).toHaveText('中間前払金保証の料率表（令和81年4月1日から）を設定しました。');
  await expect(tables.getByRole('row').filter({ hasText: '令和81年4月1日' })).toContainText('100,000,000円超の部分　年0.15%');
  await expectAccessible(page);
  await saveScreenshot(page, 'fee-rates-admin');
});
