import { expect, test, type PlaywrightWorkerArgs } from '@playwright/test';
import { apiAs, type Api } from './api';
import { expectAccessible, saveScreenshot, signIn } from './support';

type Playwright = PlaywrightWorkerArgs['playwright'];

/** A new contractor user invited by the administrator, with `password` set through the invitation's link. */
async function invitedUser(playwright: Playwright, baseURL: string, email: string, password: string) {
  const admin = await apiAs(playwright, baseURL, 'admin@demo.esurety.jp');
  const anonymous = await apiAs(playwright, baseURL, null);
  try {
    const { contractors } = await admin.gql<{ contractors: { edges: { node: { id: string; name: string } }[] } }>(
      `{ contractors(filter: { name: "〇〇建設" }) { edges { node { id name } } } }`,
    );
    await admin.gql(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`, {
      input: { email, name: '画面 確認', role: 'CONTRACTOR', organisationId: contractors.edges[0].node.id },
    });
    const { outboxMessages } = await admin.gql<{ outboxMessages: { edges: { node: { body: string } }[] } }>(
      `query($to: String) { outboxMessages(filter: { to: $to }, first: 5) { edges { node { body } } } }`,
      { to: email },
    );
    const token = /set-password#token=([A-Za-z0-9_-]{43})/.exec(outboxMessages.edges[0].node.body)?.[1];
    await anonymous.gql(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { user { id } } }`, {
      input: { token, password },
    });
  } finally {
    await admin.dispose();
    await anonymous.dispose();
  }
}

/** Another device: an API client signed in as `email`. */
async function otherDevice(playwright: Playwright, baseURL: string, email: string, password: string): Promise<Api> {
  const device = await apiAs(playwright, baseURL, null);
  await device.gql(`mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, { input: { email, password } });
  return device;
}

test.describe('every user’s account', () => {
  test('sign-in returns to the page asked for; the account page changes the password and signs out the other devices', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const email = `account-${Date.now()}@example.co.jp`;
    await invitedUser(playwright, baseURL!, email, 'the first e2e password');
    const other = await otherDevice(playwright, baseURL!, email, 'the first e2e password');
    const third = await otherDevice(playwright, baseURL!, email, 'the first e2e password');
    try {
      await page.goto('/account');
      await expect(page).toHaveURL(/\/login$/);
      await signIn(page, email, 'the first e2e password');
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('アカウント');

      const devices = page.getByRole('table', { name: 'ログイン中の端末' });
      await expect(devices.getByRole('row')).toHaveCount(4);
      await expect(devices.getByText('この端末')).toHaveCount(1);
      await expectAccessible(page);
      await saveScreenshot(page, 'account');

      // Sign out one other device from here.
      await devices
        .getByRole('button', { name: /をログアウトさせる$/ })
        .first()
        .click();
      await expect(page.getByRole('status')).toContainText('選んだ端末をログアウトさせました。');
      await expect(devices.getByRole('row')).toHaveCount(3);
      const stillIn = await Promise.all(
        [other, third].map((d) => d.gql<{ me: { email: string } | null }>(`{ me { email } }`).then((r) => r.me !== null)),
      );
      expect(stillIn.sort()).toEqual([false, true]);

      // A wrong current password is named at its field.
      await page.getByRole('textbox', { name: '現在のパスワード', exact: true }).fill('not the password');
      await page.getByRole('textbox', { name: '新しいパスワード', exact: true }).fill('the second e2e password');
      await page.getByRole('textbox', { name: '新しいパスワード（確認）', exact: true }).fill('the second e2e password');
      await page.getByRole('button', { name: 'パスワードを変更する' }).click();
      await expect(page.getByText('現在のパスワードが正しくありません。')).toBeVisible();
      await expectAccessible(page);

      await page.getByRole('textbox', { name: '現在のパスワード', exact: true }).fill('the first e2e password');
      await page.getByRole('button', { name: 'パスワードを変更する' }).click();
      await expect(page.getByRole('status').first()).toContainText('パスワードを変更しました。');
      await expect(devices.getByRole('row')).toHaveCount(2);
      for (const device of [other, third]) expect((await device.gql<{ me: unknown }>(`{ me { email } }`)).me).toBeNull();

      await page.getByRole('button', { name: 'ログアウト' }).click();
      await signIn(page, email, 'the second e2e password');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('請負者のホーム');
    } finally {
      await other.dispose();
      await third.dispose();
    }
  });

  test('forgot password: the page takes an address and says the same whether it is registered or not', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'パスワードを忘れた場合' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('パスワードの再設定');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'メールアドレス' }).fill('nobody-at-all@example.co.jp');
    await page.getByRole('button', { name: '再設定のメールを送る' }).click();
    await expect(page.getByRole('status')).toContainText('nobody-at-all@example.co.jp が登録されていれば');
    await expectAccessible(page);
  });
});

test.describe('administering', () => {
  test('a company registers at /register, the administrator approves it, and invites a user on the users page', async ({ page }) => {
    const serial = String(Date.now()).slice(-11);
    // 法人番号: the check digit of the 12 digits after it.
    const base = `9${serial}`;
    let sum = 0;
    for (let n = 1; n <= 12; n++) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
    const corporateNumber = `${9 - (sum % 9)}${base}`;
    const contactEmail = `tantou-${serial}@example.co.jp`;

    await page.goto('/login');
    await page.getByRole('link', { name: '利用登録の申請（建設会社の方）' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('利用登録の申請');
    await page.getByRole('textbox', { name: '会社名（商号又は名称）' }).fill('□□土木株式会社');
    await page.getByRole('textbox', { name: '所在地' }).fill('長野県塩尻市大門1番地');
    await page
      .getByRole('textbox', { name: '法人番号（13桁）' })
      .fill(`${(Number(corporateNumber[0]) % 9) + 1}${corporateNumber.slice(1)}`);
    await page.getByRole('textbox', { name: '代表者（役職と氏名）' }).fill('代表取締役 土木 一郎');
    await page.getByRole('textbox', { name: '担当者名' }).fill('工事 二郎');
    await page.getByRole('textbox', { name: '担当者のメールアドレス' }).fill(contactEmail);
    await page.getByRole('button', { name: '申請する' }).click();
    await expect(page.getByText('法人番号が正しくありません')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: '法人番号（13桁）' }).fill(corporateNumber);
    await page.getByRole('button', { name: '申請する' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${contactEmail} に受付のメールをお送りしました。` })).toBeVisible();

    await signIn(page, 'admin@demo.esurety.jp');
    await page.getByRole('link', { name: '利用登録申請' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('利用登録申請');
    await expectAccessible(page);
    await saveScreenshot(page, 'admin-registrations');
    await page.getByRole('button', { name: '□□土木株式会社 の申請を承認する' }).click();
    const dialog = page.getByRole('dialog', { name: '利用登録申請の承認' });
    await expect(dialog).toContainText(contactEmail);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: '承認する' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${contactEmail} に招待メールを送りました。` })).toBeVisible();

    await page.getByRole('link', { name: '利用者の管理' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('利用者の管理');
    const users = page.getByRole('table', { name: '利用者の一覧' });
    await page.getByRole('textbox', { name: 'メールアドレス（部分一致）' }).fill(contactEmail);
    await page.getByRole('button', { name: '検索' }).click();
    await expect(users.getByRole('row', { name: /工事 二郎/ })).toContainText('□□土木株式会社');

    const invitee = `staff-${serial}@example.co.jp`;
    await page.getByRole('textbox', { name: 'メールアドレス', exact: true }).fill(invitee);
    await page.getByRole('textbox', { name: '氏名' }).fill('支店 三郎');
    await page.getByRole('combobox', { name: '役割' }).first().selectOption('BRANCH_STAFF');
    await page.getByRole('combobox', { name: '所属組織' }).selectOption({ label: '長野支店（20075）' });
    await page.getByRole('button', { name: '招待メールを送る' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${invitee} に招待メールを送りました。` })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'admin-users');

    await page.getByRole('textbox', { name: 'メールアドレス（部分一致）' }).fill(invitee);
    await page.getByRole('button', { name: '検索' }).click();
    await users.getByRole('button', { name: '支店 三郎 の役割を変更する' }).click();
    const roleDialog = page.getByRole('dialog', { name: '役割と所属の変更' });
    await roleDialog.getByRole('combobox', { name: '役割' }).selectOption('ORDERER');
    await roleDialog.getByRole('combobox', { name: '所属組織' }).selectOption({ label: '松本市' });
    await expectAccessible(page);
    await roleDialog.getByRole('button', { name: '変更する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '支店 三郎 の役割を変更しました。' })).toBeVisible();
    await expect(users.getByRole('row', { name: /支店 三郎/ })).toContainText('松本市');

    await users.getByRole('button', { name: '支店 三郎 を無効にする' }).click();
    await page.getByRole('dialog', { name: '利用者を無効にする' }).getByRole('button', { name: '無効にする' }).click();
    await expect(users.getByRole('row', { name: /支店 三郎/ })).toContainText('無効');
    // Checked once the dialog has gone: while it fades out, its title is half transparent.
    await expect(page.getByRole('dialog', { name: '利用者を無効にする' })).toBeHidden();
    await expectAccessible(page);
  });

  test('the organisations page: the guarantor, the branches and an orderer’s electronic rule', async ({ page }) => {
    await signIn(page, 'admin@demo.esurety.jp');
    await page.getByRole('link', { name: '組織の管理' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('組織の管理');
    await expect(page.getByRole('textbox', { name: '商号' })).toHaveValue('東日本建設業保証株式会社');
    await expect(page.getByRole('table', { name: '支店' })).toContainText('長野支店');
    await expectAccessible(page);
    await saveScreenshot(page, 'admin-organisations');

    await page.getByRole('button', { name: '小田原市 の電子保証の条件を変更する' }).click();
    const dialog = page.getByRole('dialog', { name: '小田原市 の電子保証の条件' });
    // The first day shows in the era and is read as typed in it.
    const from = dialog.getByRole('textbox', { name: '電子保証の開始日' });
    await expect(from).toHaveValue('令和8年4月1日');
    await from.fill('R8.4.1');
    await from.press('Tab');
    await expect(from).toHaveValue('令和8年4月1日');
    await dialog.getByRole('textbox', { name: '請負者に示す条件の説明' }).fill('');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await expect(dialog.getByText('条件の説明を入力してください。')).toBeVisible();
    await expectAccessible(page);
    const description = `競争入札: 令和8年4月1日以降に公告する工事案件（${Date.now()}）`;
    await dialog.getByRole('textbox', { name: '請負者に示す条件の説明' }).fill(description);
    await dialog.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '小田原市 の電子保証の条件を保存しました。' })).toBeVisible();
    await expect(page.getByRole('row', { name: /^小田原市/ })).toContainText('令和8年4月1日');

    // The public list shows the new wording.
    await page.goto('/orderers/electronic');
    await expect(page.getByText(description)).toBeVisible();
  });

  test('the organisations page: a new orderer, refused under a name in use, then renamed', async ({ page }) => {
    await signIn(page, 'admin@demo.esurety.jp');
    await page.getByRole('link', { name: '組織の管理' }).click();
    const orderers = page.getByRole('table', { name: '発注者と電子保証の条件' });
    await expect(orderers).toContainText('松本市');

    await page.getByRole('button', { name: '発注者を登録', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '発注者を登録' });
    await dialog.getByRole('textbox', { name: /^発注者/ }).fill('松本市');
    await dialog.getByRole('textbox', { name: /^宛名/ }).fill('松本市長');
    await dialog.getByRole('button', { name: '発注者を登録する' }).click();
    await expect(dialog.getByText('発注者「松本市」は既に登録されています。')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('textbox', { name: /^発注者/ }).fill('安曇野市');
    await dialog.getByRole('textbox', { name: /^宛名/ }).fill('安曇野市長');
    await dialog.getByRole('button', { name: '発注者を登録する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '安曇野市 を登録しました。' })).toBeVisible();
    await expect(orderers.getByRole('row', { name: /安曇野市/ })).toContainText('未対応');

    await page.getByRole('button', { name: '安曇野市 の名前・宛名を変更する' }).click();
    const edit = page.getByRole('dialog', { name: '安曇野市 の名前・宛名' });
    await edit.getByRole('textbox', { name: /^宛名/ }).fill('安曇野市長　太田寛');
    await edit.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '安曇野市 の名前・宛名を保存しました。' })).toBeVisible();
    await expect(edit).toBeHidden();
    await expect(orderers.getByRole('row', { name: /安曇野市/ })).toContainText('安曇野市長　太田寛');
    await expectAccessible(page);
  });
});
