import type { EntityManager } from '../../db/orm';
import { Branch } from './branch.entity';
import { Orderer } from './orderer.entity';

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** The registry of orderers; `acceptsElectronic` narrows it to 電子保証対応の発注者. */
  orderers(acceptsElectronic?: boolean | null): Promise<Orderer[]> {
    const where = acceptsElectronic === undefined || acceptsElectronic === null ? {} : { acceptsElectronic };
    return this.em.find(Orderer, where, { orderBy: { name: 'asc' } });
  }

  branches(): Promise<Branch[]> {
    return this.em.find(Branch, {}, { orderBy: { officeCode: 'asc' } });
  }
}
