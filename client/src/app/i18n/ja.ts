/** The Japanese catalogue: the source of every message key. */
export const ja = {
  app: {
    name: 'esurety 電子保証サービス',
    skipToContent: '本文へ移動',
    mainNavigation: 'メインメニュー',
    loading: '読み込み中',
  },
  language: {
    // The switch offers the other language, so it is written in that language.
    switchTo: 'English',
    switchToCode: 'en',
    switchLabel: '表示言語を英語に切り替える',
  },
  nav: {
    home: 'ホーム',
  },
  form: {
    required: '必須',
  },
  role: {
    CONTRACTOR: '請負者',
    BRANCH_STAFF: '支店担当者',
    ORDERER: '発注者',
    ADMIN: 'システム管理者',
  },
  user: {
    summary: 'ログイン中の利用者',
    roleLabel: '役割',
  },
  login: {
    title: 'サインイン',
    lead: '登録されたメールアドレスとパスワードでログインしてください。',
    email: 'メールアドレス',
    password: 'パスワード',
    showPassword: 'パスワードを表示する',
    submit: 'ログイン',
    failedTitle: 'ログインできませんでした',
  },
  logout: {
    action: 'ログアウト',
    failedTitle: 'ログアウトできませんでした',
  },
  home: {
    title: 'ホーム',
    welcome: '{{name}} さん、ようこそ。',
    registeredDetails: '登録情報',
    missingOrganisation: '所属する組織の情報がありません。システム管理者にお問い合わせください。',
    contractor: {
      heading: '請負者のホーム',
      name: '商号又は名称',
      address: '所在地',
      corporateNumber: '法人番号',
      representative: '代表者',
    },
    branch: {
      heading: '支店担当者のホーム',
      name: '支店名',
      officeCode: '店番',
      address: '所在地',
      tel: 'TEL',
      fax: 'FAX',
      guarantor: '保証事業会社',
    },
    orderer: {
      heading: '発注者のホーム',
      name: '発注者名',
      certificateTitle: '証書の名義',
      acceptsElectronic: '電子保証',
      accepted: '対応しています',
      notAccepted: '対応していません',
      electronicFrom: '電子保証の開始日',
      electronicRule: '電子保証の対象となる工事',
    },
    admin: {
      heading: 'システム管理者のホーム',
      note: 'システム管理者のホームです。システム管理者としてログインしています。',
    },
  },
  electronicRule: {
    ANNOUNCED_OR_NOMINATED_FROM: '開始日以降に公告（競争入札）又は指名（随意契約）した工事',
    WORKS_ALLOWED_BY_ORDERER: '発注者が電子保証の利用を認めた工事',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'お探しのページは移動または削除されたか、URL が間違っている可能性があります。',
    backHome: 'ホームへ戻る',
  },
  errors: {
    title: 'エラー',
    network: 'サーバーに接続できませんでした。時間をおいて再度お試しください。',
  },
};

export type Messages = typeof ja;
