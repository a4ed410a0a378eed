import { OptimisticLockError, type FilterQuery } from '@mikro-orm/core';
import {
  characterCount,
  hasControlCharacters,
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
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import { Role, type User } from '../identity/user.entity';
import { Branch } from '../organisations/branch.entity';
import { Orderer } from '../organisations/orderer.entity';
import { JointVentureMember, Work } from '../works/work.entity';
import type { ApplicationInput } from './application.input';
import { ApplicationItem, ApplicationStatus, GuaranteeApplication } from './guarantee-application.entity';
import { enqueueApplicationEvent } from '../webhooks/webhook-events';
import { WebhookEvent } from '../webhooks/webhook-event';

export interface ApplicationFilter {
  status?: ApplicationStatus | null;
  ordererId?: string | null;
  /** Sent on or after this day (JST). */
  submittedFrom?: string | null;
  /** Sent on or before this day (JST). */
  submittedTo?: string | null;
}

/** Statuses in which the contractor may still edit and send. */
const EDITABLE = [ApplicationStatus.DRAFT, ApplicationStatus.RETURNED];
const POPULATE = ['items', 'work', 'work.orderer', 'orderer', 'destinationBranch', 'contractor'] as const;

export class ApplicationInvalidError extends BadUserInputError {
  constructor(errors: FieldError[]) {
    const fields = errors.map((e) => ({ field: `input.${e.field}`, message: e.message }));
    super(fields[0].field, fields[0].message);
    this.extensions.fields = fields;
  }
}

export class ApplicationService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: User,
  ) {}

  /** The applications this user may see: a contractor its own, a branch those sent to it. */
  private scope(): FilterQuery<GuaranteeApplication> {
    switch (this.user.role) {
      case Role.CONTRACTOR:
        return { contractor: this.user.contractor!.id };
      case Role.BRANCH_STAFF:
        return { destinationBranch: this.user.branch!.id, status: { $ne: ApplicationStatus.DRAFT } };
      case Role.ADMIN:
        return {};
      default:
        return { id: null };
    }
  }

  list(filter: ApplicationFilter, page: PageArgs) {
    const conditions: FilterQuery<GuaranteeApplication>[] = [this.scope()];
    if (filter.status) conditions.push({ status: filter.status });
    if (filter.ordererId) conditions.push({ orderer: filter.ordererId });
    if (filter.submittedFrom) conditions.push({ submittedAt: { $gte: startOfJapaneseDay(filter.submittedFrom) } });
    if (filter.submittedTo) conditions.push({ submittedAt: { $lt: startOfJapaneseDay(filter.submittedTo, 1) } });
    return paginate(this.em, GuaranteeApplication, { $and: conditions }, page, { populate: POPULATE });
  }

  /** One application, or NOT_FOUND: another organisation's answers exactly like a missing one. */
  async get(id: string, em = this.em): Promise<GuaranteeApplication> {
    const application = await em.findOne(GuaranteeApplication, { $and: [{ id }, this.scope()] }, { populate: POPULATE });
    if (!application) throw new NotFoundError('申込が見つかりません。');
    return application;
  }

  /** Creates a draft (no id) or updates a draft or returned application, in one transaction. */
  async save(id: string | null | undefined, input: ApplicationInput): Promise<GuaranteeApplication> {
    const saved = await this.em.transactional(async (tx) => {
      const application = id ? await this.editable(id, tx) : tx.create(GuaranteeApplication, { contractor: this.user.contractor! });
      const normalised = normalise(input);
      const context = await this.context(normalised, tx);
      this.check(normalised, context, 'draft');
      await this.apply(application, normalised, context, tx);
      return application;
    });
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
          const fields = workFrom(application.workDraft, context.work!, this.user);
          if (application.work) tx.assign(application.work, fields);
          else application.work = tx.create(Work, fields);
        }
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = new Date();
        await enqueueApplicationEvent(tx, WebhookEvent.APPLICATION_SUBMITTED, application);
      })
      .catch(rethrowStale);
    return this.get(id, this.em.fork());
  }

  /** Takes a sent application back, as long as the branch has not issued it. */
  async withdraw(id: string): Promise<GuaranteeApplication> {
    await this.em
      .transactional(async (tx) => {
        const application = await this.get(id, tx);
        if (![ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED].includes(application.status)) {
          throw new BadUserInputError('id', '送信済み又は差戻しの申込だけを取り下げられます。');
        }
        application.status = ApplicationStatus.WITHDRAWN;
        application.withdrawnAt = new Date();
      })
      .catch(rethrowStale);
    return this.get(id, this.em.fork());
  }

  /** 差戻し: the branch sends the application back with a message the contractor sees. */
  async returnToContractor(id: string, message: string): Promise<GuaranteeApplication> {
    const text = message.trim();
    if (!text) throw new BadUserInputError('message', '差戻しの理由（お客様へのお知らせ）を入力してください。');
    if (hasControlCharacters(text, { multiline: true }) || characterCount(text) > TEXT_LIMITS.message) {
      throw new BadUserInputError('message', `お客様へのお知らせは${TEXT_LIMITS.message}文字以内で、制御文字を含めずに入力してください。`);
    }
    await this.em
      .transactional(async (tx) => {
        const application = await this.get(id, tx);
        if (application.status !== ApplicationStatus.SUBMITTED) {
          throw new ConflictError('送信済みの申込だけを差し戻せます。', { status: application.status });
        }
        application.status = ApplicationStatus.RETURNED;
        application.returnedAt = new Date();
        application.messageFromBranch = text;
        await enqueueApplicationEvent(tx, WebhookEvent.APPLICATION_RETURNED, application);
      })
      .catch(rethrowStale);
    return this.get(id, this.em.fork());
  }

  private async editable(id: string, tx: EntityManager) {
    const application = await this.get(id, tx);
    if (!EDITABLE.includes(application.status)) {
      throw new BadUserInputError(
        'id',
        application.status === ApplicationStatus.SUBMITTED ? 'この申込は既に送信済みです。' : 'この申込は変更できません。',
      );
    }
    return application;
  }

  /** What the rules need to know beyond the input: the work (chosen or entered) and its orderer. */
  private async context(input: ApplicationFields, tx: EntityManager) {
    let work: (WorkContext & { orderer: Orderer }) | null = null;
    let existing: Work | null = null;
    if (input.workId) {
      existing = await tx.findOne(Work, { id: input.workId, contractor: this.user.contractor!.id }, { populate: ['orderer'] });
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
    const errors = validateApplication(
      input,
      { work: context.work, today: todayInJapan(), contractorName: this.user.contractor!.name },
      mode,
    );
    if (errors.length) throw new ApplicationInvalidError(errors);
  }

  private async apply(
    application: GuaranteeApplication,
    input: ApplicationFields,
    context: Awaited<ReturnType<ApplicationService['context']>>,
    tx: EntityManager,
  ) {
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

/** The stored application as the rules see the input. */
function fieldsOf(application: GuaranteeApplication): ApplicationFields {
  const item = (kind: GuaranteeKind) => {
    const i = application.item(kind);
    return (
      i && {
        certificateFormat: i.certificateFormat,
        currentYearTargetAmount: i.currentYearTargetAmount,
        amount: i.amount,
        depositBank: i.depositBank,
        redeposit: i.redeposit,
        feePaymentMethod: i.feePaymentMethod,
        feeBillingParty: i.feeBillingParty,
        feeStatementWanted: i.feeStatementWanted,
      }
    );
  };
  return {
    workId: application.workDraft ? null : (application.work?.id ?? null),
    work: application.workDraft ?? null,
    advancePayment: item(GuaranteeKind.ADVANCE_PAYMENT),
    contractGuarantee: item(GuaranteeKind.CONTRACT),
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
function workFrom(draft: NonNullable<ApplicationFields['work']>, context: { orderer: Orderer }, user: User) {
  return {
    name: draft.name!,
    location: draft.location!,
    orderer: context.orderer,
    contractor: user.contractor!,
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

/** Two requests acted on the same application at once: the later one lost. */
function rethrowStale(error: unknown): never {
  if (error instanceof OptimisticLockError) {
    throw new BadUserInputError('id', 'この申込は他の操作で更新されました。画面を更新してください。');
  }
  throw error;
}
