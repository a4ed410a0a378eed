/** The Japanese messages every page needs, bundled in the entry: the frames, forms, errors. */
export const common = {
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
  form: {
    required: '必須',
    requiredNamed: '{{field}}を入力してください。',
    forbiddenCharacter: '{{field}}に使用できない文字（{{codePoint}}、{{kind}}）が含まれています。',
    dateInvalid: '日付で入力してください（例：令和8年4月1日、2026-04-01）。',
    dateRangeOrder: '{{to}}は{{from}}以降の日付にしてください。',
    datePlaceholder: '例：令和8年4月1日',
    // Asked before a page with unsaved input is left (useUnsavedChangesGuard).
    unsaved: {
      title: '保存していない変更があります',
      body: 'このページを離れると、入力した内容は保存されません。',
      stay: 'このページに留まる',
      leave: '保存せずに離れる',
    },
    calendar: {
      nextMonth: '次の月',
      previousMonth: '前の月',
      nextYear: '次の年',
      previousYear: '前の年',
      nextDecade: '次の10年',
      previousDecade: '前の10年',
    },
  },
  characterKind: {
    'bidi-control': '文字の向きを変える制御文字',
    control: '制御文字',
    'line-break': '改行',
    format: '見えない書式制御文字',
    'lone-surrogate': '対になっていないサロゲート',
    noncharacter: '文字として使えない符号位置',
    replacement: '文字化けを示す置換文字',
  },
  errors: {
    title: 'エラー',
    network: 'サーバーに接続できませんでした。時間をおいて再度お試しください。',
    pageTitle: 'このページを表示できませんでした',
    pageBody: '通信が途切れたか、サービスが更新された可能性があります。ページを再読み込みしてください。',
    reload: '再読み込み',
  },
  // The header of /verify names the service (ServiceName, in every public page's frame).
  verification: {
    serviceName: '保証確認サービス (D-Sure)',
  },
};
