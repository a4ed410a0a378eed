import type { Mail } from '../notifications/outbox';
import { setPasswordLink } from './password-token.service';
import type { User } from './user.entity';

const SIGNATURE = ['', '――', 'esurety 電子保証サービス', '（このメールは送信専用です）'];

/** 「esurety へのご招待」: the one-time link (7 days) with which an invited user sets a first password. */
export function invitationMail(user: User, token: string, expiresAt: Date, publicUrl: string): Mail {
  return {
    to: user.email,
    subject: 'esurety へのご招待',
    body: [
      `${user.name} 様`,
      '',
      'esurety 電子保証サービスの利用者として登録されました。',
      '次のリンクを開いてパスワードを設定してください。設定後、このメールアドレスでログインできます。',
      '',
      setPasswordLink(publicUrl, token),
      '',
      `リンクの有効期限: ${formatJst(expiresAt)}（一度だけ使えます）`,
      'お心当たりのない場合は、このメールを破棄してください。',
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** 「パスワード再設定のご案内」: the one-time link (1 hour) asked for on the sign-in page. */
export function passwordResetMail(user: User, token: string, expiresAt: Date, publicUrl: string): Mail {
  return {
    to: user.email,
    subject: 'パスワード再設定のご案内',
    body: [
      `${user.name} 様`,
      '',
      'パスワードの再設定を受け付けました。次のリンクを開いて新しいパスワードを設定してください。',
      '設定すると、全ての端末でログアウトされます。',
      '',
      setPasswordLink(publicUrl, token),
      '',
      `リンクの有効期限: ${formatJst(expiresAt)}（一度だけ使えます）`,
      'お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** `令和8年11月30日 15:04`, in Japan time. */
export function formatJst(date: Date): string {
  return new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    timeZone: 'Asia/Tokyo',
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
