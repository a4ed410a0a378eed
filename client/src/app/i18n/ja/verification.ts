/** The Japanese messages of 保証確認サービス (/verify), loaded with it. */
export const verification = {
  verification: {
    title: '保証確認サービス (D-Sure)',
    lead: '「電子保証にかかる「認証キー」のお知らせ」に記載された保証契約番号と認証キーを入力して、電子保証の保証証書をご確認ください。',
    form: {
      heading: '保証契約番号と認証キーの入力',
      contractNumber: '保証契約番号',
      contractNumberRequired: '保証契約番号を入力してください。',
      authKey: '認証キー',
      authKeyHelp: '認証キーは12文字です（大文字・小文字を区別します）',
      authKeyRequired: '認証キーを入力してください。',
      authKeyMalformed: '認証キーは12文字の英数字です。入力に誤りがないかご確認ください。',
      submit: '確認する',
    },
    failed: {
      title: '確認できませんでした',
      remaining: 'あと{{remaining}}回続けて失敗すると、この保証契約番号は15分間ロックされます。',
      locked: 'この保証契約番号は15分間ロックされました。',
    },
    result: {
      heading: '確認結果',
      contractNumber: '保証契約番号',
      status: '状態',
      publishedAt: '電子保証発行日時',
      verifiedAt: '確認日時',
      certificateHeading: '保証証書',
      certificateNote:
        'この画面に表示されている保証証書が電子保証の保証証書です。印刷したものは閲覧用の写しであり、保証証書ではありません。',
      again: '別の保証を確認する',
    },
    links: {
      heading: '関連情報',
      orderers: '電子保証に対応している発注者の一覧',
      ledger: '確認済み保証の台帳（発注者の方はログインしてご覧ください）',
    },
  },
  // The contract-number field of the form, shared with the signed-in search (ContractNumberInput).
  guarantee: {
    contractNumberInput: {
      field: '保証契約番号',
      help: '例: 20075-00001R(ハイフンの有無・全角・小文字を問いません)',
      typo: '確認文字が合いません。入力に誤りがないかご確認ください。({{contractNumber}})',
    },
  },
};
