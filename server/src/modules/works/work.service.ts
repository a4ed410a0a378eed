import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import type { User } from '../identity/user.entity';
import { Work } from './work.entity';

export class WorkService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: User,
  ) {}

  /** The contractor's own works (for a JV, those it represents), newest first. */
  list(page: PageArgs) {
    return paginate(this.em, Work, { contractor: this.user.contractor!.id }, page, { populate: ['orderer'] });
  }
}
