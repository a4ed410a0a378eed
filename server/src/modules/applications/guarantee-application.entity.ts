import { Cascade, Collection, Entity, Enum, Index, LoadStrategy, ManyToOne, OneToMany, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ConflictError } from '../../common/errors';
import { yen } from '../../common/columns';
import { YenScalar } from '../../common/scalars';
import { CertificateFormat, FeePaymentMethod, GuaranteeKind } from '../guarantees/guarantee-kind';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';
import { Work } from '../works/work.entity';
import { WorkFieldsType } from './work-draft.type';

export enum ApplicationStatus {
  /** 下書き */
  DRAFT = 'DRAFT',
  /** 送信済み */
  SUBMITTED = 'SUBMITTED',
  /** 差戻し */
  RETURNED = 'RETURNED',
  /** 発行済み */
  ISSUED = 'ISSUED',
  /** 取下げ */
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: '申込の手続状況',
  valuesConfig: {
    DRAFT: { description: '下書き' },
    SUBMITTED: { description: '送信済み' },
    RETURNED: { description: '差戻し' },
    ISSUED: { description: '発行済み' },
    WITHDRAWN: { description: '取下げ' },
  },
});

/** The item of `kind` among an application's items (an entity's collection, or a list row's array), or null. */
export function itemOfKind<Item extends { kind: GuaranteeKind }>(items: Iterable<Item>, kind: GuaranteeKind): Item | null {
  for (const item of items) if (item.kind === kind) return item;
  return null;
}

/** 保証申込: what the contractor asks the branch for, for one work. */
@ObjectType({ description: '保証申込' })
@Entity()
// The lists' scopes in their keyset order (newest first, then id): a page reads 51 index entries.
@Index({ properties: ['contractor', 'createdAt', 'id'] })
@Index({ properties: ['destinationBranch', 'createdAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
export class GuaranteeApplication extends BaseEntity<'status' | 'issuanceNoticeWanted' | 'version'> {
  @Field(() => Contractor, { description: '申込者（請負者）' })
  @ManyToOne(() => Contractor)
  contractor!: Contractor;

  /** The work applied for: chosen, or made from `workDraft` when the application is sent. */
  @Field(() => Work, { nullable: true, description: '請負工事（既存の工事を選んだとき、又は送信後）' })
  @ManyToOne(() => Work, { nullable: true })
  work?: Work | null;

  /** 請負工事の情報 of a new work, as entered; kept after sending as the record of what was sent. */
  @Field(() => WorkFieldsType, { nullable: true, description: '入力された請負工事の情報（新しい工事の場合）' })
  @Property({ type: 'json', nullable: true })
  workDraft?: WorkFieldsType | null;

  /** The orderer of the work or of the draft: kept here so that lists and filters need no join through drafts. */
  @Field(() => Orderer, { nullable: true, description: '発注者' })
  @ManyToOne(() => Orderer, { nullable: true })
  orderer?: Orderer | null;

  @Field(() => ApplicationStatus, { description: '手続状況' })
  @Enum({ items: () => ApplicationStatus, index: true })
  status: ApplicationStatus = ApplicationStatus.DRAFT;

  @Field(() => Branch, { nullable: true, description: '申込送信先' })
  @ManyToOne(() => Branch, { nullable: true })
  destinationBranch?: Branch | null;

  @Field({ description: '電子保証発行完了のお知らせを希望するか' })
  @Property({ type: 'boolean' })
  issuanceNoticeWanted: boolean = false;

  @Field(() => String, { nullable: true, description: 'お知らせの送信先メールアドレス' })
  @Property({ type: 'string', length: 254, nullable: true })
  notifyEmail?: string | null;

  @Field(() => String, { nullable: true, description: '担当部署' })
  @Property({ type: 'string', length: 100, nullable: true })
  contactDepartment?: string | null;

  @Field(() => String, { nullable: true, description: '役職' })
  @Property({ type: 'string', length: 100, nullable: true })
  contactTitle?: string | null;

  @Field(() => String, { nullable: true, description: '担当者名' })
  @Property({ type: 'string', length: 100, nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: '連絡先電話番号' })
  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'お客様から弊社への連絡事項' })
  @Property({ type: 'text', nullable: true })
  messageToBranch?: string | null;

  @Field(() => String, { nullable: true, description: '弊社からお客様へのお知らせ' })
  @Property({ type: 'text', nullable: true })
  messageFromBranch?: string | null;

  @Field(() => Date, { nullable: true, description: '送信日時' })
  @Property({ type: Date, nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '差戻し日時' })
  @Property({ type: Date, nullable: true })
  returnedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '発行日時' })
  @Property({ type: Date, nullable: true })
  issuedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '取下げ日時' })
  @Property({ type: Date, nullable: true })
  withdrawnAt?: Date | null;

  // Read in a statement of its own (`… where application_id in (…)`): joined, a page of
  // applications would have to be paged by a GROUP BY over the whole scope.
  @OneToMany(() => ApplicationItem, (item) => item.application, {
    cascade: [Cascade.ALL],
    orphanRemoval: true,
    strategy: LoadStrategy.SELECT_IN,
  })
  items = new Collection<ApplicationItem>(this);

  @Field(() => Int, { description: '版数（保存のたびに増える。saveApplication の expectedVersion に渡す）' })
  @Property({ type: 'integer', version: true })
  version!: number;

  item(kind: GuaranteeKind): ApplicationItem | null {
    return itemOfKind(this.items, kind);
  }

  /** Whether the contractor may still change and send it: a draft, or returned by the branch. */
  isEditable(): boolean {
    return this.status === ApplicationStatus.DRAFT || this.status === ApplicationStatus.RETURNED;
  }

  /** The contractor is about to change it: CONFLICT once it is sent, issued or withdrawn. */
  assertEditable(): void {
    if (!this.isEditable()) {
      this.refuse(this.status === ApplicationStatus.SUBMITTED ? 'この申込は既に送信済みです。' : 'この申込は変更できません。');
    }
  }

  /** 削除: only a draft that was never sent can go (a sent one is the branch's record too). */
  assertDeletable(): void {
    if (this.status !== ApplicationStatus.DRAFT) this.refuse('下書きの申込だけを削除できます。');
  }

  /** 送信: a draft or a returned application goes to its branch (the rules are checked before). */
  submit(now = new Date()): void {
    this.assertEditable();
    this.status = ApplicationStatus.SUBMITTED;
    this.submittedAt = now;
  }

  /** 差戻し: the branch sends a submitted application back, with a message the contractor sees. */
  returnToContractor(message: string, now = new Date()): void {
    if (this.status !== ApplicationStatus.SUBMITTED) this.refuse('送信済みの申込だけを差し戻せます。');
    this.status = ApplicationStatus.RETURNED;
    this.returnedAt = now;
    this.messageFromBranch = message;
  }

  /** 取下げ: the contractor takes a sent (or returned) application back, as long as it is not issued. */
  withdraw(now = new Date()): void {
    if (this.status !== ApplicationStatus.SUBMITTED && this.status !== ApplicationStatus.RETURNED) {
      this.refuse('送信済み又は差戻しの申込だけを取り下げられます。');
    }
    this.status = ApplicationStatus.WITHDRAWN;
    this.withdrawnAt = now;
  }

  /** 発行: the branch issued the guarantees applied for; only a submitted application can be. */
  markIssued(now = new Date()): void {
    if (this.status !== ApplicationStatus.SUBMITTED) {
      this.refuse(this.status === ApplicationStatus.ISSUED ? 'この申込は既に発行済みです。' : 'この申込は発行できる状態ではありません。');
    }
    this.status = ApplicationStatus.ISSUED;
    this.issuedAt = now;
  }

  /** A transition the status does not allow: CONFLICT, with the status as it is. */
  private refuse(message: string): never {
    throw new ConflictError(message, { status: this.status });
  }
}

/** One guarantee kind applied for (前払金保証 or 契約保証) and its terms. Drafts may leave terms open. */
@ObjectType({ description: '申し込む保証（種類ごと）' })
@Entity()
@Unique({ properties: ['application', 'kind'] })
export class ApplicationItem extends BaseEntity<'feePaymentMethod'> {
  @ManyToOne(() => GuaranteeApplication, { deleteRule: 'cascade' })
  application!: Rel<GuaranteeApplication>;

  @Field(() => GuaranteeKind, { description: '保証種類' })
  @Enum({ items: () => GuaranteeKind })
  kind!: GuaranteeKind;

  @Field(() => CertificateFormat, { nullable: true, description: '保証証書の形式' })
  @Enum({ items: () => CertificateFormat, nullable: true })
  certificateFormat?: CertificateFormat | null;

  @Field(() => YenScalar, { nullable: true, description: '今年度対象額（前払金保証のみ）' })
  @Property({ type: yen(), nullable: true })
  currentYearTargetAmount?: number | null;

  @Field(() => YenScalar, { nullable: true, description: '保証金額（前払金保証金額／契約保証金額）' })
  @Property({ type: yen(), nullable: true })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: '預託金融機関（全角、前払金保証のみ）' })
  @Property({ type: 'string', length: 100, nullable: true })
  depositBank?: string | null;

  @Field(() => Boolean, { nullable: true, description: '再預託を利用するか（前払金保証のみ）' })
  @Property({ type: 'boolean', nullable: true })
  redeposit?: boolean | null;

  @Field(() => FeePaymentMethod, { description: '保証料支払方法' })
  @Enum({ items: () => FeePaymentMethod })
  feePaymentMethod: FeePaymentMethod = FeePaymentMethod.LUMP_SUM;

  @Field(() => String, { nullable: true, description: '保証料請求先' })
  @Property({ type: 'string', length: 100, nullable: true })
  feeBillingParty?: string | null;

  @Field(() => Boolean, { nullable: true, description: '保証料計算書(紙)を希望するか' })
  @Property({ type: 'boolean', nullable: true })
  feeStatementWanted?: boolean | null;
}
