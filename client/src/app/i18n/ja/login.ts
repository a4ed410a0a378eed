/** The Japanese messages of the sign-in page (/login), loaded with it. */
export const login = {
  login: {
    title: 'ログイン',
    lead: '登録されたメールアドレスとパスワードでログインしてください。',
    email: 'メールアドレス',
    password: 'パスワード',
    showPassword: 'パスワードを表示する',
    submit: 'ログイン',
    failedTitle: 'ログインできませんでした',
    forgotPassword: 'パスワードを忘れた場合',
    register: '利用登録の申請（建設会社の方）',
  },
};
