import DataLoader from 'dataloader';
import type { EntityManager } from '../../db/orm';
import { ElectronicIssuance } from './electronic-issuance.entity';

/**
 * The histories of the guarantees a request shows, read in one statement for all of them
 * (DataLoader batches the field resolvers of a page): a page of guarantees with their history or
 * certificate costs the same number of statements as one guarantee.
 */
export class IssuanceLoader {
  /** What the contractor and the orderer see: corrected entries and cancelled changes left out. */
  readonly visible = this.loader(true);
  /** Every entry, for staff. */
  readonly all = this.loader(false);

  constructor(private readonly em: EntityManager) {}

  private loader(visibleOnly: boolean) {
    return new DataLoader<string, ElectronicIssuance[]>(async (guaranteeIds) => {
      const issuances = await this.em.find(
        ElectronicIssuance,
        { guarantee: { $in: [...guaranteeIds] }, ...(visibleOnly ? { hiddenReason: null } : {}) },
        { orderBy: { sequence: 'asc' } },
      );
      const byGuarantee = new Map(guaranteeIds.map((id) => [id, [] as ElectronicIssuance[]]));
      for (const issuance of issuances) byGuarantee.get(issuance.guarantee.id)?.push(issuance);
      return guaranteeIds.map((id) => byGuarantee.get(id)!);
    });
  }
}

const loaders = new WeakMap<EntityManager, IssuanceLoader>();

/** The loader of a request: one per EntityManager, which is one per request. */
export function issuanceLoader(em: EntityManager): IssuanceLoader {
  let loader = loaders.get(em);
  if (!loader) loaders.set(em, (loader = new IssuanceLoader(em)));
  return loader;
}
