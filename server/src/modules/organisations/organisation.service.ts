import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import { Branch } from './branch.entity';
import type { OrdererFilter } from './organisation.input';
import { Orderer } from './orderer.entity';

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** The registry of orderers by name; `acceptsElectronic` narrows it to 電子保証対応の発注者. */
  orderers(filter: OrdererFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<Orderer>[] = [];
    if (typeof filter?.acceptsElectronic === 'boolean') conditions.push({ acceptsElectronic: filter.acceptsElectronic });
    if (filter?.name?.trim()) conditions.push({ name: { $like: `%${filter.name.trim()}%` } });
    return paginate(this.em, Orderer, conditions.length ? { $and: conditions } : {}, page, { order: { field: 'name', direction: 'asc' } });
  }

  /** The guarantor's branches by office code (店番). */
  branches(): Promise<Branch[]> {
    return this.em.find(Branch, {}, { orderBy: { officeCode: 'asc' } });
  }
}
