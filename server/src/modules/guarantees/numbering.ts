import { formatContractNumber } from '@esurety/schema';
import type { EntityManager } from '../../db/orm';
import type { Branch } from '../organisations/branch.entity';

/**
 * The branch's next contract number. The counter is raised by one UPDATE … RETURNING inside the
 * caller's transaction: PostgreSQL locks the branch row until commit and SQLite has one writer, so
 * two issuances can't get the same serial (and the unique indexes would refuse it if they did).
 */
export async function nextContractNumber(tx: EntityManager, branch: Branch): Promise<{ serial: number; contractNumber: string }> {
  const rows: { last_serial: number | string }[] = await tx
    .getConnection()
    .execute(
      'update branch set last_serial = last_serial + 1 where id = ? returning last_serial',
      [branch.id],
      'all',
      tx.getTransactionContext(),
    );
  const serial = Number(rows[0].last_serial);
  return { serial, contractNumber: formatContractNumber(branch.officeCode, serial) };
}
