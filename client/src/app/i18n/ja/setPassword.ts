/** The Japanese messages of the one-time link's page (/set-password), loaded with it. */
export const setPassword = {
  setPassword: {
    title: 'パスワードの設定',
    lead: 'このアカウントのパスワードを決めてください。設定したあと、メールアドレスとこのパスワードでログインします。',
    password: '新しいパスワード',
    confirmation: '新しいパスワード（確認）',
    policy:
      '{{min}}文字以上{{max}}文字以内。日本語や空白も使えます。同じ文字だけのもの、推測されやすいもの、メールアドレスと同じものは使えません。',
    showPassword: '新しいパスワードを表示する',
    showConfirmation: '確認のパスワードを表示する',
    submit: 'パスワードを設定する',
    mismatch: '確認のパスワードが一致しません。',
    failedTitle: 'パスワードを設定できませんでした',
    invalidTitle: 'このリンクは使えません',
    noToken: 'リンクが正しくありません。メールや管理者から受け取ったリンクを、そのまま開いてください。',
    invalid: 'このリンクは無効か、有効期限が切れています。新しいリンクを発行してもらってください。',
    doneTitle: 'パスワードを設定しました',
    done: '{{email}} とこのパスワードでログインしてください。',
    toLogin: 'ログイン画面へ',
    problems: {
      TOO_SHORT: 'パスワードは{{min}}文字以上にしてください。',
      TOO_LONG: 'パスワードは{{max}}文字以内にしてください。',
      CONTROL_CHARACTERS: 'パスワードに制御文字は使えません。',
      ONE_CHARACTER: '同じ文字だけのパスワードは使えません。',
      GUESSABLE: 'このパスワードは推測されやすいため使えません。',
      SAME_AS_EMAIL: 'メールアドレスと同じパスワードは使えません。',
    },
  },
};
