import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm';

/**
 * How many rows a list's scope holds (a contractor's guarantees, a branch's, an orderer's ledger, a
 * contractor's applications), kept exact by the database's own triggers in the transaction that
 * inserts or deletes a row (the migration `…ScopeCount…`), so that an unfiltered list's
 * `totalCount` is one row read instead of a count of the whole scope.
 */
@Entity({ tableName: 'scope_count' })
export class ScopeCount {
  /** `guarantee.contractor`, `guarantee.branch`, `ledger.orderer` or `application.contractor` */
  @PrimaryKey({ type: 'string', length: 32 })
  scope!: string;

  /** the id of the contractor, branch or orderer */
  @PrimaryKey({ type: 'string', length: 36 })
  scopeId!: string;

  @Property({ type: 'integer' })
  count!: number;
}

export type CountedScope = 'guarantee.contractor' | 'guarantee.branch' | 'ledger.orderer' | 'application.contractor';

/** The exact number of rows in a counted scope (0 when it has never had one). */
export async function scopeCount(em: EntityManager, scope: CountedScope, scopeId: string): Promise<number> {
  const row = await em.findOne(ScopeCount, { scope, scopeId }, { disableIdentityMap: true });
  return row?.count ?? 0;
}
