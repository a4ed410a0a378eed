import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support';

/**
 * The contractor's side of the story: 〇〇建設 applies for the flyer's guarantees on ●●●●工事
 * (松本市, 50,000,000円) through the Net Desk screen and sends the application to 長野支店, which
 * finds it while 神奈川支店 does not. The application is found again by its id, so other
 * applications for the same work (other specs make their own) do not matter.
 */

/** The application this spec sends (its id, from the URL of its edit page). */
let applicationId = '';

const FLYER_WORK = '●●●●工事（松本市・50,000,000円）';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The text an element points to with aria-describedby: its notes and its error message. */
async function description(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function openNewApplication(page: Page) {
  await signIn(page, 'contractor@demo.esurety.jp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('請負者のホーム');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保証申込' }).click();
  await expect(page).toHaveURL('/applications');
  await page.getByRole('link', { name: '新しい申込' }).click();
  await expect(page).toHaveURL('/applications/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証申込');
}

async function fillAdvancePayment(page: Page) {
  const advance = region(page, '前払金保証');
  await advance.getByRole('checkbox', { name: '前払金保証を申し込む' }).check();
  await advance.getByRole('radio', { name: '電子保証(認証キーを含む)' }).check();
  const amount = advance.getByRole('textbox', { name: '前払金保証金額' });
  await amount.fill('20000000');
  await amount.blur();
  await expect(amount).toHaveValue('20,000,000');
  await expect(advance.getByText('40.0% (請負金額もしくは今年度対象額に対する前払金保証金額の割合)')).toBeVisible();
  await advance.getByRole('textbox', { name: '預託金融機関(全角)' }).fill('ｻﾝﾌﾟﾙ銀行 ABC支店');
  await advance.getByRole('radio', { name: '再預託を利用しない' }).check();
  await expect(advance.getByRole('radio', { name: '一括納付' })).toBeChecked();
  await advance.getByRole('textbox', { name: '前払金保証料請求先' }).fill('〇〇建設株式会社');
  await advance.getByRole('radio', { name: '希望しない' }).check();
}

async function fillContractGuarantee(page: Page) {
  const contract = region(page, '契約保証');
  await contract.getByRole('checkbox', { name: '契約保証を申し込む' }).check();
  await contract.getByRole('radio', { name: '電子保証(認証キーを含む)' }).check();
  const amount = contract.getByRole('textbox', { name: '契約保証金額' });
  await amount.fill('5,000,000');
  await amount.blur();
  await expect(contract.getByText('10.0% (請負金額に対する契約保証金額の割合)')).toBeVisible();
  await expect(contract.getByRole('radio', { name: '一括納付' })).toBeChecked();
  await contract.getByRole('textbox', { name: '契約保証料請求先' }).fill('〇〇建設株式会社');
  await contract.getByRole('radio', { name: '希望しない' }).check();
}

async function fillInformation(page: Page) {
  const information = region(page, 'インフォメーション');
  await information.getByRole('combobox', { name: '申込送信先' }).selectOption({ label: '長野支店' });
  await information.getByRole('radio', { name: '希望する' }).check();
  await information.getByRole('textbox', { name: 'メールアドレス' }).fill('soumu@example.co.jp');
  await information.getByRole('textbox', { name: '担当部署' }).fill('総務部');
  await information.getByRole('textbox', { name: '役職' }).fill('課長');
  await information.getByRole('textbox', { name: '担当者名' }).fill('建設 次郎');
  await information.getByRole('textbox', { name: '連絡先電話番号' }).fill('0263-00-0000');
  await information.getByRole('textbox', { name: 'お客様から弊社への連絡事項' }).fill('電子保証での発行をお願いします。');
}

/** The value of a row of the read-only tables on the confirm step and the detail page. */
const cell = (page: Page, table: string, row: string) =>
  page.getByRole('table', { name: table, exact: true }).getByRole('row', { name: row }).getByRole('cell');

test.describe.serial('保証申込', () => {
  // Long stories on a shared two-core machine, with axe on every step.
  test.describe.configure({ timeout: 120_000 });

  test('mistakes show at their fields as they are typed, and 確認へ stays on the form until they are fixed', async ({ page }) => {
    await openNewApplication(page);

    // An amount above the contract amount, as it is typed.
    await page.getByRole('combobox', { name: '工事の選択' }).selectOption({ label: FLYER_WORK });
    const advance = region(page, '前払金保証');
    await advance.getByRole('checkbox', { name: '前払金保証を申し込む' }).check();
    const amount = advance.getByRole('textbox', { name: '前払金保証金額' });
    await amount.fill('60,000,000');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(await description(amount)).toContain('前払金保証金額は請負金額（50,000,000円）以下にしてください。');
    await expect(advance.getByText('120.0% (請負金額もしくは今年度対象額に対する前払金保証金額の割合)')).toBeVisible();

    // 確認へ saves nothing while a rule is broken: the summary takes the focus, the URL stays.
    await page.getByRole('button', { name: '確認へ' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('前払金保証金額は請負金額（50,000,000円）以下にしてください。');
    await expect(summary).toContainText('前払金保証料請求先を入力してください。');
    expect(await description(advance.getByRole('textbox', { name: '前払金保証料請求先' }))).toContain(
      '前払金保証料請求先を入力してください。',
    );
    await expect(page).toHaveURL('/applications/new');
    await expectAccessible(page);
    await saveScreenshot(page, 'apply-form-errors');

    // A new work for an orderer that takes no electronic guarantee: said at 保証証書の形式.
    await page.getByRole('radio', { name: '新しい工事を入力する' }).check();
    await page.getByRole('combobox', { name: '発注者' }).selectOption({ label: '塩尻市' });
    await advance.getByRole('radio', { name: '電子保証(認証キーを含む)' }).check();
    const format = advance.getByRole('radiogroup', { name: '保証証書の形式について' });
    expect(await description(format)).toContain('塩尻市は電子保証に対応していません。証書(紙)を選択してください。');

    // Its dates, typed in the era or the Western calendar, are shown in the era; the order of the
    // dates and a date that cannot be read are named at their field.
    const contractDate = page.getByLabel(/^請負契約日/);
    await contractDate.fill('2026-04-01');
    await contractDate.blur();
    await expect(contractDate).toHaveValue('令和8年4月1日');
    const start = page.getByRole('textbox', { name: '工期（着工日）' });
    await start.fill('令和8年3月31日');
    await start.blur();
    await expect(start).toHaveValue('令和8年3月31日');
    expect(await description(start)).toContain('工期（着工日）は請負契約日以降の日付にしてください。');
    await start.fill('R8.4.2');
    await start.blur();
    await expect(start).toHaveValue('令和8年4月2日');
    expect(await description(start)).not.toContain('工期（着工日）は請負契約日以降');
    const end = page.getByRole('textbox', { name: '工期（完成日）' });
    await end.fill('年度末');
    await end.blur();
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => description(start)).toContain('工期（完成日）の日付が正しくありません。');
    // The calendar to pick from, in the era (once the last field's calendar has faded out).
    const month = page.getByRole('button', { name: /^令和\d+年\d+月$/ });
    await expect(month).toHaveCount(0);
    await end.fill('');
    await end.click();
    await expect(month).toBeVisible();
    await expect(page.getByRole('button', { name: /^令和\d+年\d+月15日$/ })).toHaveCount(1);
    await expectAccessible(page);
    await saveScreenshot(page, 'apply-form-calendar');
    await page.keyboard.press('Escape');
    await expect(month).toBeHidden();

    // 「こちら」 lists the orderers that do.
    await advance.getByRole('button', { name: 'こちら' }).click();
    const dialog = page.getByRole('dialog', { name: '電子保証対応の発注者' });
    await expect(dialog.getByRole('row', { name: /松本市/ })).toContainText('令和8年3月1日');
    await expect(dialog.getByRole('row', { name: /小田原市/ })).toContainText('令和8年4月1日');
    await expect(dialog.getByRole('row', { name: /塩尻市/ })).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, 'apply-electronic-orderers');
    await dialog.getByRole('button', { name: '閉じる' }).last().click();
    await expect(dialog).toBeHidden();
  });

  test('contractor@demo applies as the flyer shows and sends the application to 長野支店', async ({ page }) => {
    await openNewApplication(page);
    const steps = page.getByRole('group', { name: '申込の手順' });
    await expect(steps).toContainText('申込作成');
    await expect(steps).toContainText('申込確認');
    await expect(steps).toContainText('送信完了');

    // 請負工事の情報: the registered ●●●●工事.
    await page.getByRole('combobox', { name: '工事の選択' }).selectOption({ label: FLYER_WORK });
    const chosen = page.getByRole('table', { name: '選択した工事の情報' });
    await expect(chosen.getByRole('row', { name: /請負金額/ })).toContainText('50,000,000円');
    await expect(chosen.getByRole('row', { name: /発注者が電子保証の利用を認めた工事/ })).toContainText('はい');

    await fillAdvancePayment(page);
    await fillContractGuarantee(page);
    await fillInformation(page);

    // The help behind a 「?」.
    await region(page, '前払金保証').getByRole('button', { name: '「預託金融機関(全角)」のヘルプ' }).click();
    const help = page.getByText('前払金を預け入れる金融機関と支店名を入力してください');
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await expectAccessible(page);
    await saveScreenshot(page, 'apply-form');

    // 下書き保存: the URL now names the application.
    await page.getByRole('button', { name: '下書き保存' }).click();
    await expect(page.getByText('下書きを保存しました。')).toBeVisible();
    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}\/edit$/);
    const editUrl = page.url();
    applicationId = /\/applications\/([0-9a-f-]{36})\/edit$/.exec(editUrl)![1];
    await expect(region(page, '前払金保証').getByRole('textbox', { name: '前払金保証金額' })).toHaveValue('20,000,000');

    // 確認へ: the application as the server saved it, 預託金融機関 in full-width.
    await page.getByRole('button', { name: '確認へ' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '申込内容の確認' })).toBeVisible();
    await expect(cell(page, '前払金保証', '預託金融機関(全角)')).toHaveText('サンプル銀行　ＡＢＣ支店');
    await expect(cell(page, '前払金保証', '前払金保証金額')).toHaveText('20,000,000円（40.0%）');
    await expect(cell(page, '契約保証', '契約保証金額')).toHaveText('5,000,000円（10.0%）');
    await expect(cell(page, 'インフォメーション', '申込送信先')).toHaveText('長野支店');

    // 戻る, and the flyer's 〇〇銀行 ××支店 typed with a half-width space comes back full-width too.
    await page.getByRole('button', { name: '戻る' }).click();
    await region(page, '前払金保証').getByRole('textbox', { name: '預託金融機関(全角)' }).fill('〇〇銀行 ××支店');
    await expect(region(page, '前払金保証').getByText('全角に変換して登録します：〇〇銀行　××支店')).toBeVisible();
    await page.getByRole('button', { name: '確認へ' }).click();
    await expect(cell(page, '前払金保証', '預託金融機関(全角)')).toHaveText('〇〇銀行　××支店');
    await expect(page).toHaveURL(editUrl);
    await expectAccessible(page);
    await saveScreenshot(page, 'apply-confirm');

    // 送信 → 送信完了.
    await page.getByRole('button', { name: '送信' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '送信完了' })).toBeVisible();
    await expect(page.getByText('申込を長野支店へ送信しました。')).toBeVisible();
    const sent = page.getByRole('table', { name: '送信した申込' });
    await expect(sent.getByRole('row', { name: /手続状況/ })).toContainText('送信済み');
    await expect(sent.getByRole('row', { name: /送信日時/ })).toContainText(/令和\d+年\d+月\d+日 \d{2}:\d{2}/);
    await expectAccessible(page);
    await saveScreenshot(page, 'apply-sent');

    // In the list as 送信済み; its detail is read-only, with 取下げ but no 編集.
    await page.getByRole('link', { name: '申込一覧へ' }).click();
    await expect(page).toHaveURL('/applications');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証申込一覧');
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="/applications/${applicationId}"]`) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('送信済み');
    await expect(row).toContainText('前払金保証・契約保証');
    await expect(row).toContainText('長野支店');
    await expect(row).toContainText('松本市');
    await expectAccessible(page);
    await saveScreenshot(page, 'applications-contractor');

    await row.getByRole('link', { name: '●●●●工事' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('保証申込の内容');
    await expect(cell(page, '前払金保証', '預託金融機関(全角)')).toHaveText('〇〇銀行　××支店');
    await expect(page.getByRole('button', { name: '取下げ' })).toBeVisible();
    await expect(page.getByRole('link', { name: '編集' })).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, 'application-detail');
  });

  test('nagano@demo finds the application among those sent to 長野支店', async ({ page }) => {
    await signIn(page, 'nagano@demo.esurety.jp');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '申込の審査' }).click();
    await expect(page).toHaveURL(/^http:\/\/[^/]+\/review/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('申込の審査');
    await expect(page.getByText(/^全\d+ページ\(\d+件\)中の1ページ目を表示しています$/)).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="/review/applications/${applicationId}"]`) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('送信済み');
    await expect(row.getByRole('link', { name: '●●●●工事' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'applications-branch-nagano');
  });

  test('kanagawa@demo does not see it', async ({ page }) => {
    await signIn(page, 'kanagawa@demo.esurety.jp');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '申込の審査' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('申込の審査');
    // The page has loaded its list before we look for the application.
    await expect(page.getByText(/^全\d+ページ\(\d+件\)中の1ページ目を表示しています$/)).toBeVisible();
    expect(applicationId).not.toBe('');
    await expect(page.locator(`a[href="/review/applications/${applicationId}"]`)).toHaveCount(0);
    await page.goto(`/review/applications/${applicationId}`);
    await expect(page.getByRole('alert')).toContainText('申込が見つかりません。');
  });

  test('anyone can look up the orderers that accept electronic guarantees', async ({ page }) => {
    await page.goto('/orderers/electronic');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('電子保証対応の発注者');
    await expect(page.getByRole('row', { name: /松本市/ })).toContainText('松本市が電子保証の利用を認めた工事');
    await expectAccessible(page);
  });
});
