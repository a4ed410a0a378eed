import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { feeRateTableProblem, todayInJapan, type FeeBand } from '@esurety/schema';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import type { SignedInActor } from '../identity/actor';
import { Role, type User } from '../identity/user.entity';
import { enqueueFeeStatementEvent } from '../webhooks/webhook-events';
import { WebhookEvent } from '../webhooks/webhook-event';
import { FeeRate } from './fee-rate.entity';
import { FeeStatement } from './fee-statement.entity';
import type { FeeRateFilter, FeeStatementFilter, SetFeeRatesInput } from './fee.input';

/** 保証料: the statements each user may see, the admin's rate tables, the staff's mailing mark. */
export class FeeService {
  private readonly user: User;

  constructor(
    private readonly em: EntityManager,
    actor: SignedInActor,
  ) {
    this.user = actor.user;
  }

  /** A contractor sees its own statements, branch staff their branch's, the admin all; the orderer none. */
  scope(): FilterQuery<FeeStatement> {
    switch (this.user.role) {
      case Role.CONTRACTOR:
        return { contractor: this.user.contractor?.id ?? null };
      case Role.BRANCH_STAFF:
        return { branch: this.user.branch?.id ?? null };
      case Role.ADMIN:
        return {};
      default:
        return { id: null };
    }
  }

  /** One statement; another's answers exactly as one that does not exist (NOT_FOUND). */
  async get(id: string, em = this.em): Promise<FeeStatement> {
    const statement = await em.findOne(FeeStatement, { $and: [{ id }, this.scope()] }, { populate: ['branch', 'branch.guarantor'] });
    if (!statement) throw new NotFoundError('保証料計算書が見つかりません。');
    return statement;
  }

  /** 保証料計算書一覧: newest first. */
  list(filter: FeeStatementFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<FeeStatement>[] = [this.scope()];
    const f = filter ?? {};
    if (f.guaranteeId) conditions.push({ guarantee: f.guaranteeId });
    if (f.reason) conditions.push({ reason: f.reason });
    if (f.mailingPending === true) conditions.push({ paperWanted: true, mailedAt: null });
    if (f.mailingPending === false) conditions.push({ $or: [{ paperWanted: false }, { mailedAt: { $ne: null } }] });
    return paginate(this.em, FeeStatement, { $and: conditions }, page);
  }

  /** The rate tables, newest set first (staff and admin). */
  rates(filter: FeeRateFilter | null | undefined, page: PageArgs) {
    return paginate(this.em, FeeRate, filter?.kind ? { kind: filter.kind } : {}, page);
  }

  /**
   * Sets one product's rate table from a date on (today or later, JST: a table never reaches
   * back to guarantees already issued). A table of the same product and date is replaced, unless
   * a fee was already computed with it (then CONFLICT).
   */
  async setRates(input: SetFeeRatesInput): Promise<FeeRate> {
    const bands: FeeBand[] = input.bands.map((b) => ({ upTo: b.upTo ?? null, ratePerMillion: b.ratePerMillion }));
    const problem = feeRateTableProblem({ bands, minimumFee: input.minimumFee });
    if (problem) throw new BadUserInputError(`input.${problem.field}`, problem.message);
    const today = todayInJapan();
    if (input.effectiveFrom < today) {
      throw new BadUserInputError('input.effectiveFrom', '適用開始日は今日以降の日付にしてください（発行済みの保証料は変えられません）。');
    }
    try {
      return await this.em.transactional(async (tx) => {
        const existing = await tx.findOne(FeeRate, { kind: input.kind, effectiveFrom: input.effectiveFrom });
        if (existing) {
          const used = await tx.count(FeeStatement, { kind: input.kind, rateEffectiveFrom: input.effectiveFrom });
          if (used)
            throw new ConflictError(
              'この保証料率表は既に保証料の計算に使われているため、置き換えられません。別の適用開始日で設定してください。',
            );
          Object.assign(existing, { bands, minimumFee: input.minimumFee, setBy: this.user });
          return existing;
        }
        return tx.create(FeeRate, {
          kind: input.kind,
          effectiveFrom: input.effectiveFrom,
          bands,
          minimumFee: input.minimumFee,
          setBy: this.user,
        });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new ConflictError('同じ保証料率表が同時に設定されました。一覧を確認してください。');
      throw error;
    }
  }

  /** Staff mark that the paper copy of their branch's statement was mailed: once, even when two mark it at the same moment. */
  async markMailed(id: string): Promise<FeeStatement> {
    await this.em.transactional(async (tx) => {
      const statement = await this.get(id, tx);
      const now = new Date();
      statement.markMailed(this.user, now);
      // Written only if nobody marked it since it was read (the other one's commit wins: CONFLICT here).
      const written = await tx.nativeUpdate(FeeStatement, { id, mailedAt: null }, { mailedAt: now, mailedBy: this.user.id });
      if (written !== 1) throw new ConflictError('この保証料計算書は既に郵送済みです。');
      await enqueueFeeStatementEvent(tx, WebhookEvent.FEE_STATEMENT_MAILED, statement);
    });
    return this.get(id, this.em.fork());
  }
}
