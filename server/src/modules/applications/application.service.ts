import { raw, type FilterQuery } from '@mikro-orm/core';
import {
  characterCount,
  forbiddenCharacterError,
  TEXT_LIMITS,
  toFullWidth,
  todayInJapan,
  validateApplication,
  type ApplicationFields,
  type FieldError,
  type ValidationMode,
  type WorkContext,
} from '@esurety/schema';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import { startOfJapaneseDay } from '../../common/dates';
import { isLostRace } from '../../common/error-contract';
import { isUnfiltered, pageCounting, paginate, type PageArgs, type PageSelection } from '../../common/pagination';
import { scopeCount } from '../../common/scope-count.entity';
import { rowPlan, type RowShape } from '../../common/page-rows';
import type { QBFilterQuery } from '@mikro-orm/knex';
import type { EntityManager } from '../../db/orm';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import type { SignedInActor } from '../identity/actor';
import { Role, type User } from '../identity/user.entity';
import { Branch } from '../organisations/branch.entity';
import type { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';
import { JointVentureMember, Work } from '../works/work.entity';
import type { ApplicationInput, GuaranteeApplicationFilter, SaveApplicationInput } from './application.input';
import { ApplicationItem, ApplicationStatus, GuaranteeApplication } from './guarantee-application.entity';
import { enqueueApplicationEvent } from '../webhooks/webhook-events';
import { WebhookEvent } from '../webhooks/webhook-event';

const POPULATE = ['items', 'work', 'work.orderer', 'orderer', 'destinationBranch', 'contractor'] as const;

/**
 * What a page of applications must read for the fields a query asked of them: the relations asked
 * for, the work for its name, the items for 前払金保証 / 契約保証. Joining only those keeps the
 * page query on the scope's index (a joined work with its orderer would be materialised whole).
 */
export function applicationPopulate(requested?: ReadonlySet<string>): string[] {
  if (!requested) return [...POPULATE];
  const relations: string[] = ['contractor', 'orderer', 'destinationBranch'].filter((r) => requested.has(r));
  if (requested.has('work') || requested.has('workName')) relations.push('work');
  if (requested.has('work.orderer')) relations.push('work.orderer');
  if (requested.has('advancePayment') || requested.has('contractGuarantee')) relations.push('items');
  return relations;
}

/**
 * What a list row of applications answers from its columns (see rowPlan): 工事名 from the chosen
 * work or the draft, 前払金保証 / 契約保証 from its items (read for the whole page in one
 * statement, with their kind). The guarantees issued from it are read as entities.
 */
const APPLICATION_ROW: RowShape = {
  computed: { workName: ['workDraft', 'work.name'] },
  relations: ['contractor', 'orderer', 'destinationBranch', 'work'],
  collections: { items: { answers: ['advancePayment', 'contractGuarantee'], reads: ['kind'] } },
};

export class ApplicationInvalidError extends BadUserInputError {
  constructor(errors: FieldError[]) {
    const fields = errors.map((e) => ({ field: `input.${e.field}`, message: e.message }));
    super(fields[0].field, fields[0].message);
    this.extensions.fields = fields;
  }
}

export class ApplicationService {
  private readonly user: User;

  constructor(
    private readonly em: EntityManager,
    actor: SignedInActor,
  ) {
    this.user = actor.user;
  }

  /** The contractor the actor acts for (only contractors make and send applications). */
  private get contractor() {
    const contractor = this.user.contractor;
    if (!contractor) throw new NotFoundError('申込が見つかりません。');
    return contractor;
  }

  /** The applications this user may see: a contractor its own, a branch those sent to it. */
  private scope(): FilterQuery<GuaranteeApplication> {
    switch (this.user.role) {
      case Role.CONTRACTOR:
        return { contractor: this.user.contractor?.id ?? null };
      case Role.BRANCH_STAFF:
        return { destinationBranch: this.user.branch?.id ?? null, status: { $ne: ApplicationStatus.DRAFT } };
      case Role.ADMIN:
        return {};
      default:
        return { id: null };
    }
  }

  /**
   * 保証申込一覧: the caller's applications, newest first, filtered, with the filter kept for the
   * connection's statusCounts. `selection`: what the query asks of them (see applicationPopulate)
   * and whether it asks for the total.
   */
  async list(filter: GuaranteeApplicationFilter | null | undefined, page: PageArgs, selection?: PageSelection) {
    const contractorId = this.user.role === Role.CONTRACTOR ? this.user.contractor?.id : undefined;
    const counted = isUnfiltered(filter) && contractorId;
    const found = await paginate(this.em, GuaranteeApplication, this.filtered(filter), page, {
      populate: applicationPopulate(selection?.node),
      rows: selection && rowPlan(this.em.getMetadata().get(GuaranteeApplication.name), selection.node, APPLICATION_ROW, 'createdAt'),
      ...pageCounting(selection, counted ? () => scopeCount(this.em, 'application.contractor', contractorId) : null),
    });
    return { ...found, filter };
  }

  private filtered(filter: GuaranteeApplicationFilter | null | undefined): FilterQuery<GuaranteeApplication> {
    const conditions: FilterQuery<GuaranteeApplication>[] = [this.scope()];
    const f = filter ?? {};
    if (f.status) conditions.push({ status: f.status });
    if (f.ordererId) conditions.push({ orderer: f.ordererId });
    if (f.submittedFrom) conditions.push({ submittedAt: { $gte: startOfJapaneseDay(f.submittedFrom) } });
    if (f.submittedTo) conditions.push({ submittedAt: { $lt: startOfJapaneseDay(f.submittedTo, 1) } });
    return { $and: conditions };
  }

  /**
   * The number of the caller's applications in each status, for the filter without its status
   * (the review queue's tabs). One query; every status the caller can see is in the answer, with 0 if none.
   */
  async countByStatus(filter: GuaranteeApplicationFilter | null | undefined): Promise<{ status: ApplicationStatus; count: number }[]> {
    const rows: { status: ApplicationStatus; count: number | string }[] = await this.em
      .createQueryBuilder(GuaranteeApplication, 'a')
      .select(['a.status', raw('count(*) as count')])
      .where(this.filtered({ ...filter, status: null }) as QBFilterQuery<GuaranteeApplication>)
      .groupBy('a.status')
      .execute();
    const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
    const statuses = Object.values(ApplicationStatus).filter((s) => this.user.role !== Role.BRANCH_STAFF || s !== ApplicationStatus.DRAFT);
    return statuses.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  /**
   * 削除: the contractor's own draft goes, with its items; anything sent is a CONFLICT, another's
   * NOT_FOUND. Answers the draft as it was.
   */
  async delete(id: string): Promise<GuaranteeApplication> {
    if (this.user.role !== Role.CONTRACTOR) throw new NotFoundError('申込が見つかりません。');
    return this.em
      .transactional(async (tx) => {
        const application = await this.get(id, tx);
        application.assertDeletable();
        tx.remove(application);
        return application;
      })
      .catch((error) => this.rethrowStale(error, id));
  }

  /** One application, or NOT_FOUND: another organisation's answers exactly like a missing one. */
  async get(id: string, em = this.em): Promise<GuaranteeApplication> {
    const application = await em.findOne(GuaranteeApplication, { $and: [{ id }, this.scope()] }, { populate: POPULATE });
    if (!application) throw new NotFoundError('申込が見つかりません。');
    return application;
  }

  /**
   * Creates a draft (no applicationId) or updates a draft or returned application, in one
   * transaction. An update names the version it was read at: a save from a stale tab is a
   * CONFLICT that carries the current content, never a silent overwrite.
   */
  async save(input: SaveApplicationInput): Promise<GuaranteeApplication> {
    const { applicationId, expectedVersion, ...fields } = input;
    if (applicationId == null && expectedVersion != null) {
      throw new BadUserInputError('input.expectedVersion', '新しい申込には版数（expectedVersion）を指定しないでください。');
    }
    if (applicationId != null && expectedVersion == null) {
      throw new BadUserInputError(
        'input.expectedVersion',
        '申込を更新するときは、読み込んだときの版数（expectedVersion）を指定してください。',
      );
    }
    const saved = await this.em
      .transactional(async (tx) => {
        let application: GuaranteeApplication;
        if (applicationId != null) {
          application = await this.get(applicationId, tx);
          if (application.version !== expectedVersion) throw staleDraft(application);
          application.assertEditable();
        } else {
          application = tx.create(GuaranteeApplication, { contractor: this.contractor });
        }
        const normalised = normalise(fields);
        const context = await this.context(normalised, tx);
        this.check(normalised, context, 'draft');
        await this.apply(application, normalised, context, tx);
        return application;
      })
      .catch((error) => this.rethrowStale(error, applicationId));
    return this.get(saved.id, this.em.fork());
  }

  /** Sends the application to its branch: every rule must hold. */
  async submit(id: string): Promise<GuaranteeApplication> {
    await this.em
      .transactional(async (tx) => {
        const application = await this.editable(id, tx);
        const fields = fieldsOf(application);
        const context = await this.context(fields, tx);
        this.check(fields, context, 'submit');
        if (application.workDraft) {
          // A returned application sent again updates the work its first sending made.
          const fields = workFrom(application.workDraft, context.work!, this.contractor);
          if (application.work) tx.assign(application.work, fields);
          else application.work = tx.create(Work, fields);
        }
        application.submit();
        await enqueueApplicationEvent(tx, WebhookEvent.APPLICATION_SUBMITTED, application);
      })
      .catch((error) => this.rethrowStale(error, id));
    return this.get(id, this.em.fork());
  }

  /** Takes a sent application back, as long as the branch has not issued it. */
  async withdraw(id: string): Promise<GuaranteeApplication> {
    await this.em
      .transactional(async (tx) => {
        const application = await this.get(id, tx);
        application.withdraw();
      })
      .catch((error) => this.rethrowStale(error, id));
    return this.get(id, this.em.fork());
  }

  /** 差戻し: the branch sends the application back with a message the contractor sees. */
  async returnToContractor(id: string, message: string): Promise<GuaranteeApplication> {
    const text = message.trim();
    if (!text) throw new BadUserInputError('input.message', '差戻しの理由（お客様へのお知らせ）を入力してください。');
    const forbidden = forbiddenCharacterError('差戻しの理由', text, { multiline: true });
    if (forbidden) throw new BadUserInputError('input.message', forbidden);
    if (characterCount(text) > TEXT_LIMITS.message) {
      throw new BadUserInputError('input.message', `お客様へのお知らせは${TEXT_LIMITS.message}文字以内で入力してください。`);
    }
    await this.em
      .transactional(async (tx) => {
        const application = await this.get(id, tx);
        application.returnToContractor(text);
        await enqueueApplicationEvent(tx, WebhookEvent.APPLICATION_RETURNED, application);
      })
      .catch((error) => this.rethrowStale(error, id));
    return this.get(id, this.em.fork());
  }

  private async editable(id: string, tx: EntityManager) {
    const application = await this.get(id, tx);
    application.assertEditable();
    return application;
  }

  /** Two requests acted on the same application at once: the later one lost, and sees the current one. */
  private async rethrowStale(error: unknown, id: string | null | undefined): Promise<never> {
    if (isLostRace(error) && id) throw staleDraft(await this.get(id, this.em.fork()));
    throw error;
  }

  /** What the rules need to know beyond the input: the work (chosen or entered) and its orderer. */
  private async context(input: ApplicationFields, tx: EntityManager) {
    let work: (WorkContext & { orderer: Orderer }) | null = null;
    let existing: Work | null = null;
    if (input.workId) {
      existing = await tx.findOne(Work, { id: input.workId, contractor: this.contractor.id }, { populate: ['orderer'] });
      if (!existing) throw new BadUserInputError('input.workId', '指定された請負工事が見つかりません。');
      work = { ...existing, orderer: existing.orderer };
    } else if (input.work?.ordererId) {
      const orderer = await tx.findOne(Orderer, { id: input.work.ordererId });
      if (!orderer) throw new BadUserInputError('input.work.ordererId', '指定された発注者が見つかりません。');
      work = { ...input.work, orderer };
    }
    let branch: Branch | null = null;
    if (input.destinationBranchId) {
      branch = await tx.findOne(Branch, { id: input.destinationBranchId });
      if (!branch) throw new BadUserInputError('input.destinationBranchId', '指定された申込送信先が見つかりません。');
    }
    return { work, existing, branch };
  }

  private check(input: ApplicationFields, context: { work: WorkContext | null }, mode: ValidationMode) {
    const errors = validateApplication(input, { work: context.work, today: todayInJapan(), contractorName: this.contractor.name }, mode);
    if (errors.length) throw new ApplicationInvalidError(errors);
  }

  private async apply(
    application: GuaranteeApplication,
    input: ApplicationFields,
    context: Awaited<ReturnType<ApplicationService['context']>>,
    tx: EntityManager,
  ) {
    // Every save is a new version, also when only the items changed (they are other rows).
    application.updatedAt = new Date();
    // A work made from this application's own draft stays linked while the draft is edited.
    application.work = context.existing ?? (input.work && application.workDraft ? application.work : null);
    application.workDraft = input.work ?? null;
    application.orderer = context.work?.orderer ?? null;
    application.destinationBranch = context.branch;
    application.issuanceNoticeWanted = input.issuanceNoticeWanted ?? false;
    application.notifyEmail = input.notifyEmail ?? null;
    application.contactDepartment = input.contactDepartment ?? null;
    application.contactTitle = input.contactTitle ?? null;
    application.contactName = input.contactName ?? null;
    application.contactPhone = input.contactPhone ?? null;
    application.messageToBranch = input.messageToBranch ?? null;

    const kinds: [GuaranteeKind, ApplicationFields['advancePayment']][] = [
      [GuaranteeKind.ADVANCE_PAYMENT, input.advancePayment],
      [GuaranteeKind.CONTRACT, input.contractGuarantee],
    ];
    for (const [kind, fields] of kinds) {
      const current = application.item(kind);
      if (!fields) {
        if (current) application.items.remove(current);
        continue;
      }
      const item = current ?? tx.create(ApplicationItem, { application, kind });
      item.certificateFormat = (fields.certificateFormat ?? null) as ApplicationItem['certificateFormat'];
      item.currentYearTargetAmount = kind === GuaranteeKind.ADVANCE_PAYMENT ? (fields.currentYearTargetAmount ?? null) : null;
      item.amount = fields.amount ?? null;
      item.depositBank = kind === GuaranteeKind.ADVANCE_PAYMENT ? (fields.depositBank ?? null) : null;
      item.redeposit = kind === GuaranteeKind.ADVANCE_PAYMENT ? (fields.redeposit ?? null) : null;
      item.feeBillingParty = fields.feeBillingParty ?? null;
      item.feeStatementWanted = fields.feeStatementWanted ?? null;
      if (!current) application.items.add(item);
    }
  }
}

/**
 * The CONFLICT of a save or a sending that lost to another tab or request: `current` is the
 * application as it now is, in the shape of SaveApplicationInput, with its id, version and status.
 */
function staleDraft(application: GuaranteeApplication): ConflictError {
  return new ConflictError('この申込は他の画面又は操作で更新されました。最新の内容を確認してから、もう一度保存してください。', {
    applicationId: application.id,
    version: application.version,
    status: application.status,
    updatedAt: application.updatedAt.toISOString(),
    ...fieldsOf(application),
  });
}

/** Trims text, turns empty strings into nothing, and writes 預託金融機関 in full-width. */
function normalise(input: ApplicationInput): ApplicationFields {
  const clean = <T>(value: T): T => {
    if (typeof value === 'string') return (value.trim() === '' ? null : value.trim()) as T;
    if (Array.isArray(value)) return value.map(clean) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)])) as T;
    }
    return value;
  };
  const fields = clean({ ...input }) as ApplicationFields;
  if (fields.advancePayment?.depositBank) {
    fields.advancePayment = { ...fields.advancePayment, depositBank: toFullWidth(fields.advancePayment.depositBank) };
  }
  if (fields.notifyEmail) fields.notifyEmail = fields.notifyEmail.toLowerCase();
  return fields;
}

/** The stored application as the rules see the input, in the shape of SaveApplicationInput. */
function fieldsOf(application: GuaranteeApplication): ApplicationFields {
  const terms = (i: ApplicationItem) => ({
    certificateFormat: i.certificateFormat,
    amount: i.amount,
    feePaymentMethod: i.feePaymentMethod,
    feeBillingParty: i.feeBillingParty,
    feeStatementWanted: i.feeStatementWanted,
  });
  const advance = application.item(GuaranteeKind.ADVANCE_PAYMENT);
  const contract = application.item(GuaranteeKind.CONTRACT);
  return {
    workId: application.workDraft ? null : (application.work?.id ?? null),
    work: application.workDraft ?? null,
    advancePayment: advance && {
      ...terms(advance),
      currentYearTargetAmount: advance.currentYearTargetAmount,
      depositBank: advance.depositBank,
      redeposit: advance.redeposit,
    },
    contractGuarantee: contract && terms(contract),
    destinationBranchId: application.destinationBranch?.id ?? null,
    issuanceNoticeWanted: application.issuanceNoticeWanted,
    notifyEmail: application.notifyEmail,
    contactDepartment: application.contactDepartment,
    contactTitle: application.contactTitle,
    contactName: application.contactName,
    contactPhone: application.contactPhone,
    messageToBranch: application.messageToBranch,
  };
}

/** The Work made from a sent application's 請負工事の情報 (all checked by then). */
function workFrom(draft: NonNullable<ApplicationFields['work']>, context: { orderer: Orderer }, contractor: Contractor) {
  return {
    name: draft.name!,
    location: draft.location!,
    orderer: context.orderer,
    contractor,
    contractAmount: draft.contractAmount!,
    contractDate: draft.contractDate!,
    startDate: draft.startDate!,
    endDate: draft.endDate!,
    announcedOn: draft.announcedOn ?? null,
    nominatedOn: draft.nominatedOn ?? null,
    electronicAllowedByOrderer: draft.electronicAllowedByOrderer ?? false,
    jointVentureName: draft.jointVentureName ?? null,
    jointVentureMembers: (draft.jointVentureMembers ?? []).map((m) => new JointVentureMember(m.name, m.address ?? '')),
  };
}
