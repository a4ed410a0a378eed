import { formatYen } from '@esurety/schema';
import type { Mail } from '../notifications/outbox';
import { kindName } from './certificate';
import type { Guarantee } from './guarantee.entity';

/**
 * 「電子保証（認証キー）発行完了のお知らせ」. It names the guarantees and where to find them, but
 * never carries the key: the contractor reads it after signing in.
 */
export function issuanceNotice(to: string, guarantees: Guarantee[], publicUrl: string): Mail {
  const { work, contractor, branch } = guarantees[0];
  const lines = guarantees.map((g) => `・${kindName(g.kind)}　保証契約番号 ${g.contractNumber}　保証金額 ${formatYen(g.amount)}`);
  return {
    to,
    subject: '電子保証（認証キー）発行完了のお知らせ',
    body: [
      `${contractor.name} 様`,
      '',
      'お申込みいただいた保証について、電子保証の発行手続きが完了しました。',
      '',
      `工事名: ${work.name}`,
      ...lines,
      '',
      '認証キーは、ログイン後に「保証契約一覧」の「電子保証(認証キー)」タブから「詳細」を開いてご確認ください。',
      '「電子保証にかかる「認証キー」のお知らせ」（PDF）をダウンロードし、発注者様へご提出ください。',
      '',
      publicUrl,
      '',
      `${branch.guarantor.name} ${branch.name}`,
      `TEL ${branch.tel}　FAX ${branch.fax}`,
    ].join('\n'),
  };
}
