import type { FilterQuery } from '@mikro-orm/core';
import { todayInJapan, validateBidBond, type BidBondFields, type FieldError } from '@esurety/schema';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import { ApplicationItem, ApplicationStatus, GuaranteeApplication } from '../applications/guarantee-application.entity';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import type { SignedInActor } from '../identity/actor';
import { Role, type User } from '../identity/user.entity';
import { Branch } from '../organisations/branch.entity';
import { Orderer } from '../organisations/orderer.entity';
import { WebhookEvent } from '../webhooks/webhook-event';
import { enqueueBidBondEvent } from '../webhooks/webhook-events';
import { BidBond } from './bid-bond.entity';
import type { ApplyBidBondInput, BidBondFilter } from './bid-bond.input';
import { nextBidBondNumber } from './numbering';

const POPULATE = ['contractor', 'orderer', 'destinationBranch', 'application'] as const;

/** Bad bid bond input: the first field as `field`, all of them in `fields` (paths from `input`). */
export class BidBondInvalidError extends BadUserInputError {
  constructor(errors: FieldError[]) {
    const fields = errors.map((e) => ({ field: `input.${e.field}`, message: e.message }));
    super(fields[0].field, fields[0].message);
    this.extensions.fields = fields;
  }
}

/**
 * 契約保証予約（入札ボンド）: the contractor applies and, having won, converts or, having lost,
 * withdraws; the branch the reservation was sent to issues it. Each change is one transaction
 * with its webhook event; the audit middleware records each mutation.
 */
export class BidBondService {
  private readonly user: User;

  constructor(
    private readonly em: EntityManager,
    actor: SignedInActor,
  ) {
    this.user = actor.user;
  }

  /** The reservations this user may see: a contractor its own, a branch those sent to it. */
  private scope(): FilterQuery<BidBond> {
    switch (this.user.role) {
      case Role.CONTRACTOR:
        return { contractor: this.user.contractor?.id ?? null };
      case Role.BRANCH_STAFF:
        return { destinationBranch: this.user.branch?.id ?? null };
      case Role.ADMIN:
        return {};
      default:
        return { id: null };
    }
  }

  /** A page of the reservations the user may see, newest first. */
  list(filter: BidBondFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<BidBond>[] = [this.scope()];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.ordererId) conditions.push({ orderer: filter.ordererId });
    return paginate(this.em, BidBond, { $and: conditions }, page, { populate: POPULATE });
  }

  /** One reservation, or NOT_FOUND: another organisation's answers exactly like a missing one. */
  async get(id: string, em = this.em): Promise<BidBond> {
    const bidBond = await em.findOne(BidBond, { $and: [{ id }, this.scope()] }, { populate: POPULATE });
    if (!bidBond) throw new NotFoundError('契約保証予約が見つかりません。');
    return bidBond;
  }

  /**
   * The application `bidBond` was converted into, if this user may see it: its contractor (and
   * an administrator) always; branch staff once it has been sent to their branch, never as a draft.
   */
  visibleApplication(bidBond: BidBond): GuaranteeApplication | null {
    const application = bidBond.application;
    if (!application) return null;
    if (this.user.role === Role.CONTRACTOR || this.user.role === Role.ADMIN) return application;
    const sentToBranch =
      this.user.role === Role.BRANCH_STAFF &&
      application.status !== ApplicationStatus.DRAFT &&
      application.destinationBranch?.id === this.user.branch?.id;
    return sentToBranch ? application : null;
  }

  /** 申込: the contractor reserves a 契約保証 for a tendered work; BAD_USER_INPUT names the field. */
  async apply(input: ApplyBidBondInput): Promise<BidBond> {
    const contractor = this.user.contractor;
    if (!contractor) throw new NotFoundError('請負者が見つかりません。');
    const fields: BidBondFields = { ...input, workName: input.workName.trim() };
    const errors = validateBidBond(fields, { today: todayInJapan() });
    if (errors.length) throw new BidBondInvalidError(errors);
    const id = await this.em.transactional(async (tx) => {
      const orderer = await tx.findOne(Orderer, { id: input.ordererId });
      if (!orderer) throw new BadUserInputError('input.ordererId', '指定された発注者が見つかりません。');
      const branch = await tx.findOne(Branch, { id: input.destinationBranchId });
      if (!branch) throw new BadUserInputError('input.destinationBranchId', '指定された申込送信先が見つかりません。');
      const bidBond = tx.create(BidBond, {
        contractor,
        orderer,
        destinationBranch: branch,
        workName: fields.workName!,
        bidDate: input.bidDate,
        expectedContractAmount: input.expectedContractAmount,
      });
      await enqueueBidBondEvent(tx, WebhookEvent.BID_BOND_APPLIED, bidBond);
      return bidBond.id;
    });
    return this.get(id, this.em.fork());
  }

  /** 発行: the branch gives an applied reservation the branch's next 予約番号. */
  async issue(id: string): Promise<BidBond> {
    await this.em.transactional(async (tx) => {
      const bidBond = await this.get(id, tx);
      // A refused issuance rolls the counter back with the transaction: no gap in the serials.
      bidBond.issue(await nextBidBondNumber(tx, bidBond.destinationBranch));
      await enqueueBidBondEvent(tx, WebhookEvent.BID_BOND_ISSUED, bidBond);
    });
    return this.get(id, this.em.fork());
  }

  /**
   * 移行: the contractor won the bid. Makes a 契約保証 draft application carrying the
   * reservation's orderer, work name, expected contract amount (as 請負金額) and branch; the
   * contractor completes the rest (work location, dates, amount of the guarantee…) and sends it.
   */
  async convert(id: string): Promise<{ bidBond: BidBond; application: GuaranteeApplication }> {
    const applicationId = await this.em.transactional(async (tx) => {
      const bidBond = await this.get(id, tx);
      const application = tx.create(GuaranteeApplication, {
        contractor: bidBond.contractor,
        orderer: bidBond.orderer,
        destinationBranch: bidBond.destinationBranch,
        workDraft: { name: bidBond.workName, ordererId: bidBond.orderer.id, contractAmount: bidBond.expectedContractAmount },
      });
      application.items.add(tx.create(ApplicationItem, { application, kind: GuaranteeKind.CONTRACT }));
      bidBond.convert(application, todayInJapan());
      await enqueueBidBondEvent(tx, WebhookEvent.BID_BOND_CONVERTED, bidBond);
      return application.id;
    });
    const fresh = this.em.fork();
    const application = await fresh.findOneOrFail(
      GuaranteeApplication,
      { id: applicationId },
      {
        populate: ['items', 'orderer', 'destinationBranch', 'contractor'],
      },
    );
    return { bidBond: await this.get(id, fresh), application };
  }

  /** 取下げ: the contractor takes back an open reservation (e.g. it lost the bid). */
  async withdraw(id: string): Promise<BidBond> {
    await this.em.transactional(async (tx) => {
      const bidBond = await this.get(id, tx);
      bidBond.withdraw();
      await enqueueBidBondEvent(tx, WebhookEvent.BID_BOND_WITHDRAWN, bidBond);
    });
    return this.get(id, this.em.fork());
  }
}
