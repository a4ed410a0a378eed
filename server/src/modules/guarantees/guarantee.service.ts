import type { FilterQuery } from '@mikro-orm/core';
import { isLostRace } from '../../common/error-contract';
import {
  readContractNumber,
  dateError,
  dateOrderErrors,
  forbiddenCharacterError,
  GUARANTEE_DATE_ORDER,
  isValidYen,
  todayInJapan,
  toFullWidth,
  characterCount,
  TEXT_LIMITS,
  unprintableMessage,
  formatYen,
} from '@esurety/schema';
import type { Config } from '../../config';
import { BadUserInputError, ConflictError, DomainError, NotFoundError } from '../../common/errors';
import { recordAudit } from '../audit/audit';
import type { Keyring } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import { ApplicationStatus, GuaranteeApplication } from '../applications/guarantee-application.entity';
import type { SignedInActor } from '../identity/actor';
import { Role, type User } from '../identity/user.entity';
import { enqueueMail } from '../notifications/outbox';
import { AuthKeyDisplay, AuthKeyDisplayPurpose } from './auth-key-display.entity';
import { authKeyHmac, decryptAuthKey, encryptAuthKey, generateAuthKey } from './auth-keys';
import { certificateOf, type Certificate } from './certificate';
import { ElectronicIssuance, IssuanceHiddenReason, IssuanceKind } from './electronic-issuance.entity';
import type { GuaranteeFilter, GuaranteeTermsInput } from './guarantee.input';
import { isUnfiltered, pageCounting, paginate, type PageArgs, type PageSelection } from '../../common/pagination';
import { rowPlan, type RowShape } from '../../common/page-rows';
import { scopeCount, type CountedScope } from '../../common/scope-count.entity';
import { startOfJapaneseDay } from '../../common/dates';
import { CertificateFormat, GuaranteeKind } from './guarantee-kind';
import { Guarantee, GuaranteeStatus, type GuaranteeTerms } from './guarantee.entity';
import { GuaranteeValidity } from './guarantee-validity';
import { issuanceNotice } from './issuance-notice';
import { issuanceLoader } from './issuance-loader';
import { nextContractNumber } from './numbering';
import { workNameContains } from './work-name-search';
import { enqueueOrdererNotice } from '../verification/orderer-notice';
import { enqueueGuaranteeEvent } from '../webhooks/webhook-events';
import { WebhookEvent } from '../webhooks/webhook-event';
import { statementOnIssue, statementOnNewTerms, statementOnRevocation } from '../fees/fee-calculation';
import { FeeStatement, FeeStatementReason } from '../fees/fee-statement.entity';

/** A guarantee after a staff action, with the fee statements the action made (none if the fee did not change). */
export interface GuaranteeChange {
  guarantee: Guarantee;
  feeStatements: FeeStatement[];
}

/** The terms as 変更 and 訂正 send them (訂正 may also correct 預託金融機関). */
type TermsInput = GuaranteeTermsInput & { depositBank?: string | null };

const POPULATE = ['work', 'work.orderer', 'contractor', 'orderer', 'branch', 'branch.guarantor', 'ordererView'] as const;
const LIST_RELATIONS = ['work', 'orderer', 'contractor', 'branch', 'ordererView'] as const;
type ListRelation = (typeof LIST_RELATIONS)[number];

/**
 * What a page must join for the fields a query asked of its guarantees: each relation asked for,
 * and everything the certificate is made of if that is asked for. Joining only those keeps a
 * page of 50 from reading and hydrating five tables it does not show.
 */
export function listPopulate(requested?: ReadonlySet<string>): (ListRelation | 'work.orderer')[] {
  if (!requested || requested.has('certificate')) return [...LIST_RELATIONS, 'work.orderer'];
  const relations: (ListRelation | 'work.orderer')[] = LIST_RELATIONS.filter((relation) => requested.has(relation));
  if (requested.has('work.orderer')) relations.push('work.orderer');
  return relations;
}

/**
 * What a list row of guarantees answers from its columns (see rowPlan): the fields computed from
 * them and the relations it joins. The certificate and the issuances are read as entities.
 */
const GUARANTEE_ROW: RowShape = {
  computed: { validity: ['status', 'deadline'], keyNoticeUrl: ['certificateFormat'], certificatePdfUrl: [] },
  relations: LIST_RELATIONS,
};

/** A contract number as typed, or BAD_USER_INPUT naming the field (and whether the check character shows a typo). */
function readNumberOrFail(input: string, field: string): string {
  const reading = readContractNumber(input);
  if (reading.kind === 'malformed') {
    throw new BadUserInputError(field, '保証契約番号は「NNNNN-NNNNNC」（数字10桁と確認文字1文字）の形で入力してください。');
  }
  if (reading.kind === 'typo') {
    const error = new BadUserInputError(
      field,
      `保証契約番号 ${reading.contractNumber} の確認文字が合いません。入力に誤りがないかご確認ください。`,
    );
    error.extensions.reason = 'CHECK_CHARACTER';
    throw error;
  }
  return reading.contractNumber;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id as the filter names it: one that cannot be an id is BAD_USER_INPUT (PostgreSQL would refuse it as a uuid). */
function readIdOrFail(id: string, field: string): string {
  if (!UUID.test(id)) throw new BadUserInputError(field, '指定された id が正しくありません。');
  return id;
}

/** The rows in a state (validityOf, as a condition): 期限切れ from the day after the 保証期限, Japan time. */
function validityCondition(validity: GuaranteeValidity): FilterQuery<Guarantee> {
  const today = todayInJapan();
  switch (validity) {
    case GuaranteeValidity.REVOKED:
      return { status: GuaranteeStatus.REVOKED };
    case GuaranteeValidity.EXPIRED:
      return { status: GuaranteeStatus.ACTIVE, deadline: { $lt: today } };
    default:
      return { status: GuaranteeStatus.ACTIVE, deadline: { $gte: today } };
  }
}

export class GuaranteeService {
  private readonly user: User;

  constructor(
    private readonly em: EntityManager,
    private readonly actor: SignedInActor,
    private readonly keyring: Keyring,
    private readonly config: Pick<Config, 'publicUrl'>,
  ) {
    this.user = actor.user;
  }

  /** The guarantees this user may see: a contractor its own, a branch those it issued, an orderer those it verified. */
  scope(): FilterQuery<Guarantee> {
    switch (this.user.role) {
      case Role.CONTRACTOR:
        return { contractor: this.user.contractor?.id ?? null };
      case Role.BRANCH_STAFF:
        return { branch: this.user.branch?.id ?? null };
      case Role.ORDERER:
        // The orderer's ledger: guarantees addressed to it whose certificate was shown on the
        // verification service (with the number and key the contractor handed over).
        return { orderer: this.user.orderer?.id ?? null, ordererView: { $ne: null } };
      case Role.ADMIN:
        return {};
      default:
        return { id: null };
    }
  }

  private get isStaff() {
    return this.user.role === Role.BRANCH_STAFF || this.user.role === Role.ADMIN;
  }

  async get(id: string, em = this.em): Promise<Guarantee> {
    const guarantee = await em.findOne(Guarantee, { $and: [{ id }, this.scope()] }, { populate: POPULATE });
    if (!guarantee) throw new NotFoundError('保証契約が見つかりません。');
    return guarantee;
  }

  /**
   * 保証契約一覧: the caller's guarantees, newest first, filtered; a contract number is read
   * forgivingly. `selection`: the node fields the query selects (see listPopulate) and whether it
   * asks for the total.
   */
  list(filter: GuaranteeFilter | null | undefined, page: PageArgs, selection?: PageSelection) {
    const counted = isUnfiltered(filter) ? this.countedScope() : null;
    return paginate(this.em, Guarantee, this.filtered(filter), page, {
      populate: listPopulate(selection?.node),
      rows: selection && rowPlan(this.em.getMetadata().get(Guarantee.name), selection.node, GUARANTEE_ROW, 'createdAt'),
      ...pageCounting(selection, counted && (() => scopeCount(this.em, counted.scope, counted.id))),
    });
  }

  /** The counter row of the caller's whole scope (scope-count.entity.ts), if it has one. */
  private countedScope(): { scope: CountedScope; id: string } | null {
    const { contractor, branch, orderer } = this.user;
    if (this.user.role === Role.CONTRACTOR && contractor) return { scope: 'guarantee.contractor', id: contractor.id };
    if (this.user.role === Role.BRANCH_STAFF && branch) return { scope: 'guarantee.branch', id: branch.id };
    if (this.user.role === Role.ORDERER && orderer) return { scope: 'ledger.orderer', id: orderer.id };
    return null;
  }

  /**
   * Every guarantee of the list as filtered (for the CSV download), newest first, with what its
   * rows show; at most `limit` (BAD_USER_INPUT beyond it, so that a download is never cut short silently).
   */
  async listAll(filter: GuaranteeFilter | null | undefined, limit: number): Promise<Guarantee[]> {
    const where = this.filtered(filter);
    if ((await this.em.count(Guarantee, where())) > limit) {
      throw new BadUserInputError('filter', `CSVに出力できるのは${limit}件までです。検索条件で絞り込んでください。`);
    }
    return this.em.find(Guarantee, where(), {
      populate: ['work', 'orderer', 'contractor', 'branch'],
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /**
   * The caller's guarantees that match the filter (the list's and the CSV's conditions). Bad
   * values are refused here, once; the conditions are a function because the 工事名 search holds
   * raw SQL fragments, which serve one query each.
   */
  private filtered(filter: GuaranteeFilter | null | undefined): () => FilterQuery<Guarantee> {
    const f = filter ?? {};
    const ordererId = f.ordererId ? readIdOrFail(f.ordererId, 'filter.ordererId') : null;
    const contractorId = f.contractorId ? readIdOrFail(f.contractorId, 'filter.contractorId') : null;
    const contractNumber = f.contractNumber?.trim() ? readNumberOrFail(f.contractNumber, 'filter.contractNumber') : null;
    return () => {
      const all: FilterQuery<Guarantee>[] = [this.scope()];
      if (f.kind) all.push({ kind: f.kind });
      if (f.certificateFormat) all.push({ certificateFormat: f.certificateFormat });
      if (ordererId) all.push({ orderer: ordererId });
      if (contractorId) all.push({ contractor: contractorId });
      if (f.issuedFrom) all.push({ issuedAt: { $gte: startOfJapaneseDay(f.issuedFrom) } });
      if (f.issuedTo) all.push({ issuedAt: { $lt: startOfJapaneseDay(f.issuedTo, 1) } });
      if (f.workName?.trim()) all.push(workNameContains(this.em, f.workName.trim()));
      if (f.contractorName?.trim()) all.push({ contractor: { name: { $like: `%${f.contractorName.trim()}%` } } });
      if (f.validity) all.push(validityCondition(f.validity));
      if (contractNumber) all.push({ contractNumber });
      return { $and: all };
    };
  }

  /** One guarantee by its number; another's answers exactly as one that does not exist. */
  async byNumber(contractNumber: string): Promise<Guarantee> {
    const number = readNumberOrFail(contractNumber, 'contractNumber');
    const guarantee = await this.em.findOne(Guarantee, { $and: [{ contractNumber: number }, this.scope()] }, { populate: POPULATE });
    if (!guarantee) throw new NotFoundError('保証契約が見つかりません。');
    return guarantee;
  }

  /**
   * The 認証キー of the contractor's own electronic guarantee, decrypted for display; every
   * display is recorded. Nobody else sees keys, staff included.
   */
  async revealAuthKey(guaranteeId: string, purpose: AuthKeyDisplayPurpose): Promise<{ guarantee: Guarantee; authKey: string }> {
    const audit = (outcome: string, guarantee?: Guarantee) =>
      recordAudit(this.em, this.actor, [
        {
          action: 'revealAuthKey',
          outcome,
          objectType: 'Guarantee',
          objectId: guaranteeId,
          branchId: guarantee?.branch.id,
          detail: purpose,
        },
      ]);
    try {
      const revealed = await this.decryptAuthKey(guaranteeId, purpose, this.actor.address);
      await audit('SUCCESS', revealed.guarantee);
      return revealed;
    } catch (error) {
      await audit(error instanceof DomainError ? error.code : 'INTERNAL');
      throw error;
    }
  }

  private async decryptAuthKey(guaranteeId: string, purpose: AuthKeyDisplayPurpose, address: string | null) {
    if (this.user.role !== Role.CONTRACTOR) throw new NotFoundError('保証契約が見つかりません。');
    const guarantee = await this.get(guaranteeId);
    if (guarantee.certificateFormat !== CertificateFormat.ELECTRONIC) {
      throw new BadUserInputError('input.guaranteeId', '証書(紙)の保証契約には認証キーがありません。');
    }
    await this.em.populate(guarantee, ['authKeyCiphertext']);
    const authKey = decryptAuthKey(this.keyring, guarantee.contractNumber, guarantee.authKeyCiphertext!);
    this.em.create(AuthKeyDisplay, { guarantee, user: this.user, purpose, address });
    await this.em.flush();
    return { guarantee, authKey };
  }

  forApplication(applicationId: string, em = this.em): Promise<Guarantee[]> {
    return em.find(Guarantee, { $and: [{ application: applicationId }, this.scope()] }, { populate: POPULATE, orderBy: { kind: 'asc' } });
  }

  /** The history: staff see every entry, the contractor only those that are not hidden. */
  history(guarantee: Guarantee): Promise<ElectronicIssuance[]> {
    const loader = issuanceLoader(this.em);
    return (this.isStaff ? loader.all : loader.visible).load(guarantee.id);
  }

  async currentCertificate(guarantee: Guarantee): Promise<Certificate> {
    return currentCertificateOf(guarantee, await issuanceLoader(this.em).visible.load(guarantee.id));
  }

  /**
   * 発行: one guarantee per kind applied for, numbered, with a key if electronic, a 新規 issuance,
   * and the notice e-mail in the outbox, all in one transaction. A second issue of the same
   * application is a CONFLICT, however close in time.
   */
  async issue(
    applicationId: string,
  ): Promise<{ application: GuaranteeApplication; guarantees: Guarantee[]; feeStatements: FeeStatement[] }> {
    const statements: FeeStatement[] = [];
    try {
      await this.em.transactional(async (tx) => {
        const application = await tx.findOne(
          GuaranteeApplication,
          { id: applicationId, destinationBranch: this.user.branch?.id ?? null, status: { $ne: ApplicationStatus.DRAFT } },
          { populate: ['items', 'work', 'work.orderer', 'contractor', 'destinationBranch', 'destinationBranch.guarantor'] },
        );
        if (!application) throw new NotFoundError('申込が見つかりません。');
        const now = new Date();
        application.markIssued(now);
        const issued: Guarantee[] = [];
        const items = application.items.getItems().sort((a, b) => a.kind.localeCompare(b.kind));
        for (const item of items) {
          const work = application.work!;
          const { serial, contractNumber } = await nextContractNumber(tx, application.destinationBranch!);
          const guarantee = tx.create(Guarantee, {
            contractNumber,
            serial,
            kind: item.kind,
            certificateFormat: item.certificateFormat!,
            application,
            work,
            contractor: application.contractor,
            orderer: work.orderer,
            branch: application.destinationBranch!,
            amount: item.amount!,
            deadline: work.endDate,
            workName: work.name,
            workStartDate: work.startDate,
            workEndDate: work.endDate,
            depositBank: item.kind === GuaranteeKind.ADVANCE_PAYMENT ? item.depositBank : null,
            issuedAt: now,
          });
          if (guarantee.certificateFormat === CertificateFormat.ELECTRONIC) {
            const key = generateAuthKey();
            guarantee.authKeyHmac = authKeyHmac(this.keyring, contractNumber, key);
            guarantee.authKeyCiphertext = encryptAuthKey(this.keyring, contractNumber, key);
            this.record(tx, guarantee, IssuanceKind.NEW, 1, null, now);
          }
          issued.push(guarantee);
          // 保証料計算書: the fee of this guarantee, with the rates in effect today.
          statements.push(await statementOnIssue(tx, guarantee, item, now));
        }
        for (const guarantee of issued) await enqueueGuaranteeEvent(tx, WebhookEvent.GUARANTEE_ISSUED, guarantee);
        const electronic = issued.filter((g) => g.certificateFormat === CertificateFormat.ELECTRONIC);
        if (application.issuanceNoticeWanted && application.notifyEmail && electronic.length) {
          enqueueMail(tx, issuanceNotice(application.notifyEmail, electronic, this.config.publicUrl));
        }
      });
    } catch (error) {
      throw asConflict(error, 'この申込は既に発行済みです。');
    }
    const em = this.em.fork();
    const [application, guarantees] = await Promise.all([
      em.findOneOrFail(GuaranteeApplication, applicationId, {
        populate: ['items', 'work', 'work.orderer', 'orderer', 'destinationBranch', 'contractor'],
      }),
      this.forApplication(applicationId, em),
    ]);
    return { application, guarantees, feeStatements: await this.reloaded(statements) };
  }

  /** 変更: new terms and an issuance 変更 N, if `expectedVersion` is still the current one. */
  async change(id: string, expectedVersion: number, input: GuaranteeTermsInput): Promise<GuaranteeChange> {
    const statements: FeeStatement[] = [];
    await this.act(id, async (tx, guarantee) => {
      if (guarantee.version !== expectedVersion) throw this.conflict(guarantee);
      guarantee.assertActive();
      guarantee.amend(this.checkTerms(guarantee, input, { allowDepositBank: false }));
      if (guarantee.certificateFormat === CertificateFormat.ELECTRONIC) {
        const visible = await tx.find(ElectronicIssuance, { guarantee, hiddenReason: null });
        const changeNumber = visible.filter((i) => i.changeNumber).reduce((n, i) => Math.max(n, i.changeNumber!), 0) + 1;
        this.record(tx, guarantee, IssuanceKind.CHANGE, await this.nextSequence(tx, guarantee), changeNumber, new Date());
      }
      await enqueueOrdererNotice(tx, guarantee, '変更', this.config.publicUrl);
      await enqueueGuaranteeEvent(tx, WebhookEvent.GUARANTEE_CHANGED, guarantee);
      statements.push(...compact(await statementOnNewTerms(tx, guarantee, FeeStatementReason.CHANGE, new Date())));
    });
    return this.changed(id, statements);
  }

  /** 訂正: replaces the latest issuance with corrected data; the corrected one is hidden. */
  async correct(issuanceId: string, input: TermsInput): Promise<GuaranteeChange> {
    const guaranteeId = await this.guaranteeOf(issuanceId);
    const statements: FeeStatement[] = [];
    await this.act(guaranteeId, async (tx, guarantee) => {
      guarantee.assertActive();
      const corrected = await this.latestVisible(tx, guarantee, issuanceId);
      guarantee.amend(this.checkTerms(guarantee, input, { allowDepositBank: true }));
      corrected.hiddenReason = IssuanceHiddenReason.CORRECTED;
      const correction = this.record(
        tx,
        guarantee,
        IssuanceKind.CORRECTION,
        await this.nextSequence(tx, guarantee),
        corrected.changeNumber ?? null,
        new Date(),
      );
      correction.corrects = corrected;
      await enqueueOrdererNotice(tx, guarantee, '訂正', this.config.publicUrl);
      await enqueueGuaranteeEvent(tx, WebhookEvent.GUARANTEE_CORRECTED, guarantee);
      statements.push(...compact(await statementOnNewTerms(tx, guarantee, FeeStatementReason.CORRECTION, new Date())));
    });
    return this.changed(guaranteeId, statements);
  }

  /** 変更取消: hides the latest change; the version before it is current again. */
  async cancelChange(issuanceId: string): Promise<GuaranteeChange> {
    const guaranteeId = await this.guaranteeOf(issuanceId);
    const statements: FeeStatement[] = [];
    await this.act(guaranteeId, async (tx, guarantee) => {
      guarantee.assertActive();
      const change = await this.latestVisible(tx, guarantee, issuanceId);
      if (!change.changeNumber) throw new BadUserInputError('input.issuanceId', '取り消せるのは変更の発行だけです。');
      change.hiddenReason = IssuanceHiddenReason.CHANGE_CANCELLED;
      const previous = await tx.findOneOrFail(
        ElectronicIssuance,
        { guarantee, hiddenReason: null, id: { $ne: change.id } },
        { orderBy: { sequence: 'desc' } },
      );
      const c = previous.certificate;
      guarantee.amend({
        amount: c.amount,
        deadline: c.deadline,
        workName: c.workName,
        workStartDate: c.workStartDate,
        workEndDate: c.workEndDate,
        depositBank: c.depositBank,
      });
      await enqueueOrdererNotice(tx, guarantee, '変更取消', this.config.publicUrl);
      await enqueueGuaranteeEvent(tx, WebhookEvent.GUARANTEE_CHANGED, guarantee);
      statements.push(...compact(await statementOnNewTerms(tx, guarantee, FeeStatementReason.CHANGE_CANCELLED, new Date())));
    });
    return this.changed(guaranteeId, statements);
  }

  /** 取消: the guarantee is revoked, with a reason; an issuance 取消 records it. */
  async revoke(id: string, reason: string): Promise<GuaranteeChange> {
    const why = reason.trim();
    if (!why) throw new BadUserInputError('input.reason', '取消の理由を入力してください。');
    const forbidden = forbiddenCharacterError('取消の理由', why, { multiline: true });
    if (forbidden) throw new BadUserInputError('input.reason', forbidden);
    if (characterCount(why) > TEXT_LIMITS.message) {
      throw new BadUserInputError('input.reason', `取消の理由は${TEXT_LIMITS.message}文字以内で入力してください。`);
    }
    const statements: FeeStatement[] = [];
    await this.act(id, async (tx, guarantee) => {
      const now = new Date();
      guarantee.revoke(why, now);
      if (guarantee.certificateFormat === CertificateFormat.ELECTRONIC) {
        const latest = await tx.findOneOrFail(ElectronicIssuance, { guarantee, hiddenReason: null }, { orderBy: { sequence: 'desc' } });
        const revocation = this.record(
          tx,
          guarantee,
          IssuanceKind.REVOCATION,
          await this.nextSequence(tx, guarantee),
          latest.changeNumber ?? null,
          now,
        );
        revocation.note = why;
      }
      await enqueueOrdererNotice(tx, guarantee, '取消', this.config.publicUrl);
      await enqueueGuaranteeEvent(tx, WebhookEvent.GUARANTEE_REVOKED, guarantee);
      // 取消: what is refunded, or a statement that says nothing is.
      statements.push(...compact(await statementOnRevocation(tx, guarantee, now)));
    });
    return this.changed(id, statements);
  }

  /** The guarantee as it now stands and the statements the action made, read after the commit. */
  private async changed(id: string, statements: FeeStatement[]): Promise<GuaranteeChange> {
    return { guarantee: await this.get(id, this.em.fork()), feeStatements: await this.reloaded(statements) };
  }

  private async reloaded(statements: FeeStatement[]): Promise<FeeStatement[]> {
    if (!statements.length) return [];
    return this.em.fork().find(FeeStatement, { id: { $in: statements.map((s) => s.id) } }, { orderBy: { statementNumber: 'asc' } });
  }

  /** Runs a staff action on one guarantee of the staff's branch in one transaction; a race is a CONFLICT. */
  private async act(id: string, action: (tx: EntityManager, guarantee: Guarantee) => Promise<void>) {
    try {
      await this.em.transactional(async (tx) => action(tx, await this.get(id, tx)));
    } catch (error) {
      // A stale version, or (PostgreSQL) the same next history entry written by both.
      if (isLostRace(error)) {
        throw this.conflict(await this.get(id, this.em.fork()));
      }
      throw error;
    }
  }

  private conflict(current: Guarantee) {
    return new ConflictError('他の担当者が先にこの保証契約を更新しました。最新の内容を確認してください。', {
      id: current.id,
      version: current.version,
      status: current.status,
      amount: current.amount,
      deadline: current.deadline,
      workName: current.workName,
      workStartDate: current.workStartDate,
      workEndDate: current.workEndDate,
    });
  }

  private async guaranteeOf(issuanceId: string): Promise<string> {
    const issuance = await this.em.findOne(ElectronicIssuance, { id: issuanceId, guarantee: this.scope() });
    if (!issuance) throw new NotFoundError('電子保証の発行が見つかりません。');
    return issuance.guarantee.id;
  }

  private async latestVisible(tx: EntityManager, guarantee: Guarantee, issuanceId: string) {
    const latest = await tx.findOneOrFail(ElectronicIssuance, { guarantee, hiddenReason: null }, { orderBy: { sequence: 'desc' } });
    if (latest.id !== issuanceId) throw new BadUserInputError('input.issuanceId', '訂正・変更取消できるのは最新の発行だけです。');
    if (latest.kind === IssuanceKind.REVOCATION) throw new BadUserInputError('input.issuanceId', '取消の発行は訂正・変更取消できません。');
    return latest;
  }

  private async nextSequence(tx: EntityManager, guarantee: Guarantee) {
    return (await tx.count(ElectronicIssuance, { guarantee })) + 1;
  }

  private record(tx: EntityManager, guarantee: Guarantee, kind: IssuanceKind, sequence: number, changeNumber: number | null, at: Date) {
    return tx.create(ElectronicIssuance, {
      guarantee,
      sequence,
      kind,
      changeNumber,
      issuedAt: at,
      certificate: certificateOf(guarantee, dateInJapan(at), changeNumber),
      issuedBy: this.user,
    });
  }

  /** The new terms, checked: at least one change, each value valid, the period in order. */
  private checkTerms(guarantee: Guarantee, input: TermsInput, { allowDepositBank }: { allowDepositBank: boolean }): GuaranteeTerms {
    const terms: GuaranteeTerms = {};
    if (input.amount !== undefined && input.amount !== null) {
      if (!isValidYen(input.amount)) throw new BadUserInputError('input.amount', '保証金額は1円以上10兆円以下の整数で入力してください。');
      if (input.amount > guarantee.work.contractAmount) {
        throw new BadUserInputError(
          'input.amount',
          `保証金額は請負金額（${formatYen(guarantee.work.contractAmount)}）以下にしてください。`,
        );
      }
      terms.amount = input.amount;
    }
    for (const [field, label] of [
      ['deadline', '保証期限'],
      ['workStartDate', '工期（着工日）'],
      ['workEndDate', '工期（完成日）'],
    ] as const) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      const error = dateError(label, value);
      if (error) throw new BadUserInputError(`input.${field}`, error);
      terms[field] = value;
    }
    if (input.workName !== undefined && input.workName !== null) {
      const name = input.workName.trim();
      const forbidden = forbiddenCharacterError('工事名', name);
      if (forbidden) throw new BadUserInputError('input.workName', forbidden);
      if (!name || characterCount(name) > TEXT_LIMITS.name) {
        throw new BadUserInputError('input.workName', `工事名は${TEXT_LIMITS.name}文字以内で入力してください。`);
      }
      const unprintable = unprintableMessage('工事名', name);
      if (unprintable) throw new BadUserInputError('input.workName', unprintable);
      terms.workName = name;
    }
    if (input.depositBank !== undefined && input.depositBank !== null) {
      if (!allowDepositBank || guarantee.kind !== GuaranteeKind.ADVANCE_PAYMENT) {
        throw new BadUserInputError('input.depositBank', '預託金融機関は前払金保証の訂正でだけ変えられます。');
      }
      const bank = toFullWidth(input.depositBank.trim());
      const forbidden = forbiddenCharacterError('預託金融機関', bank);
      if (forbidden) throw new BadUserInputError('input.depositBank', forbidden);
      if (!bank || characterCount(bank) > TEXT_LIMITS.depositBank) {
        throw new BadUserInputError('input.depositBank', `預託金融機関は${TEXT_LIMITS.depositBank}文字以内で入力してください。`);
      }
      const unprintable = unprintableMessage('預託金融機関', bank);
      if (unprintable) throw new BadUserInputError('input.depositBank', unprintable);
      terms.depositBank = bank;
    }
    if (Object.keys(terms).length === 0) throw new BadUserInputError('input', '変更する項目を入力してください。');
    const [broken] = dateOrderErrors(
      {
        contractDate: guarantee.work.contractDate,
        workStartDate: terms.workStartDate ?? guarantee.workStartDate,
        workEndDate: terms.workEndDate ?? guarantee.workEndDate,
        deadline: terms.deadline ?? guarantee.deadline,
      },
      GUARANTEE_DATE_ORDER,
    );
    if (broken) {
      // Reported on the field the input changed: the later one, or else the earlier one.
      const rule = GUARANTEE_DATE_ORDER.find((r) => r.later === broken.field)!;
      const field = broken.field in terms || rule.earlier === 'contractDate' ? broken.field : rule.earlier;
      throw new BadUserInputError(`input.${field}`, broken.message);
    }
    return terms;
  }
}

const dateInJapan = (at: Date) => todayInJapan(at);

const compact = <T>(value: T | null): T[] => (value === null ? [] : [value]);

/** The history the contractor and the orderer see: corrected entries and cancelled changes left out. */
export function visibleIssuances(em: EntityManager, guarantee: Guarantee): Promise<ElectronicIssuance[]> {
  return issuanceLoader(em).visible.load(guarantee.id);
}

/** The certificate as it stands: the latest visible issuance's, or (paper) built from the terms. */
export function currentCertificateOf(guarantee: Guarantee, visible: ElectronicIssuance[]): Certificate {
  return visible.at(-1)?.certificate ?? certificateOf(guarantee, dateInJapan(guarantee.issuedAt), null);
}

/** A lost race (stale version or a unique index) as the CONFLICT the API promises. */
function asConflict(error: unknown, message: string): unknown {
  if (isLostRace(error)) return new ConflictError(message);
  return error;
}
