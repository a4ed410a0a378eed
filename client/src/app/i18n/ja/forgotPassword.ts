/** The Japanese messages of the password-reset request page, loaded with it. */
export const forgotPassword = {
  forgotPassword: {
    title: 'パスワードの再設定',
    lead: 'ログインに使うメールアドレスを入力してください。登録されていれば、パスワードを設定し直すためのリンクをお送りします。',
    email: 'メールアドレス',
    submit: '再設定のメールを送る',
    doneTitle: '受け付けました',
    done: '{{email}} が登録されていれば、パスワード再設定のリンク（有効期間{{minutes}}分、1回限り）をお送りしました。届かない場合は、アドレスを確かめてもう一度お試しください。',
    failedTitle: '受け付けられませんでした',
    toLogin: 'ログイン画面へ戻る',
  },
};
