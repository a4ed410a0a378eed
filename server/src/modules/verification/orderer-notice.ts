import { formatYen } from '@esurety/schema';
import type { EntityManager } from '../../db/orm';
import { kindName } from '../guarantees/certificate';
import type { Guarantee } from '../guarantees/guarantee.entity';
import { Role, User } from '../identity/user.entity';
import { enqueueMail } from '../notifications/outbox';
import { OrdererView } from './orderer-view.entity';

/** What happened to a guarantee that its orderer has already verified. */
export type OrdererNoticeEvent = '変更' | '訂正' | '変更取消' | '取消';

/**
 * Tells the orderer's users, through the outbox in the caller's transaction, that a guarantee in
 * their ledger (one whose certificate they have seen) now reads differently. Nothing is sent for
 * a guarantee nobody has verified yet: the orderer will see the current certificate when it does.
 */
export async function enqueueOrdererNotice(tx: EntityManager, guarantee: Guarantee, event: OrdererNoticeEvent, publicUrl: string) {
  if (!(await tx.count(OrdererView, { guarantee }))) return;
  const users = await tx.find(User, { role: Role.ORDERER, orderer: guarantee.orderer });
  const subject = event === '取消' ? '電子保証の取消のお知らせ' : `電子保証の${event}のお知らせ`;
  for (const user of users) {
    enqueueMail(tx, {
      to: user.email,
      subject,
      body: [
        `${guarantee.orderer.name} ${user.name} 様`,
        '',
        `保証確認サービス (D-Sure) で確認された次の電子保証について、保証会社が「${event}」を行いました。`,
        '',
        `保証契約番号: ${guarantee.contractNumber}`,
        `保証種類: ${kindName(guarantee.kind)}`,
        `工事名: ${guarantee.workName}`,
        `保証金額: ${formatYen(guarantee.amount)}`,
        ...(event === '取消' && guarantee.revocationReason ? [`取消の理由: ${guarantee.revocationReason}`] : []),
        '',
        '最新の内容は、ログインして「確認済み保証の台帳」からご確認ください。',
        `${publicUrl}/ledger`,
        '',
        `${guarantee.branch.guarantor.name} ${guarantee.branch.name}`,
        `TEL ${guarantee.branch.tel}　FAX ${guarantee.branch.fax}`,
      ].join('\n'),
    });
  }
}
