import type { EntityManager } from '../../db/orm';
import type { Branch } from '../organisations/branch.entity';

/**
 * 予約番号 `NNNNN-BNNNNN`: the branch's office code, `B` (so that it can never be taken for a
 * 保証契約番号, which has digits only there) and the branch's own serial of reservations.
 */
export function formatBidBondNumber(officeCode: string, serial: number): string {
  if (!/^\d{5}$/.test(officeCode)) throw new Error(`office code must be 5 digits: ${officeCode}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 99_999) throw new Error(`serial out of range: ${serial}`);
  return `${officeCode}-B${String(serial).padStart(5, '0')}`;
}

/**
 * The branch's next 予約番号. Its own counter, raised by one UPDATE … RETURNING inside the
 * caller's transaction like the contract numbers' (guarantees/numbering.ts): two issuances can't
 * get the same serial, and the unique index would refuse it if they did.
 */
export async function nextBidBondNumber(tx: EntityManager, branch: Branch): Promise<string> {
  const rows: { last_bid_bond_serial: number | string }[] = await tx
    .getConnection()
    .execute(
      'update branch set last_bid_bond_serial = last_bid_bond_serial + 1 where id = ? returning last_bid_bond_serial',
      [branch.id],
      'all',
      tx.getTransactionContext(),
    );
  return formatBidBondNumber(branch.officeCode, Number(rows[0].last_bid_bond_serial));
}
