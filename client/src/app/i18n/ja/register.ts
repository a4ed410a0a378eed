/** The Japanese messages of the contractor's registration request page, loaded with it. */
export const register = {
  register: {
    title: '利用登録の申請',
    lead: 'esurety を利用する建設会社（請負者）の登録を申請します。管理者が確認して承認すると、担当者様あてにパスワード設定のご案内をお送りします。',
    name: '会社名（商号又は名称）',
    address: '所在地',
    corporateNumber: '法人番号（13桁）',
    corporateNumberHelp: '国税庁 法人番号公表サイトで確認できます。',
    representative: '代表者（役職と氏名）',
    contactName: '担当者名',
    email: '担当者のメールアドレス',
    emailHelp: '承認されると、このアドレスがログインIDになります。',
    submit: '申請する',
    doneTitle: '申請を受け付けました',
    done: '{{email}} に受付のメールをお送りしました。承認されるとパスワード設定のご案内をお送りします。',
    failedTitle: '申請できませんでした',
    requiredField: '入力してください。',
    invalidCorporateNumber: '法人番号が正しくありません（13桁の数字で、先頭の検査用数字が一致するもの）。',
    toLogin: 'ログイン画面へ',
  },
};
