import {
  BeforeCreate,
  BeforeUpdate,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OneToOne,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { matchingKey } from '@esurety/schema';
import { BaseEntity } from '../../common/base.entity';
import { ConflictError } from '../../common/errors';
import { yen } from '../../common/columns';
import { YenScalar } from '../../common/scalars';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';
import { Work } from '../works/work.entity';
import { OrdererView } from '../verification/orderer-view.entity';
import { ElectronicIssuance } from './electronic-issuance.entity';
import { CertificateFormat, GuaranteeKind } from './guarantee-kind';

export enum GuaranteeStatus {
  /** 有効 */
  ACTIVE = 'ACTIVE',
  /** 取消済み */
  REVOKED = 'REVOKED',
}

registerEnumType(GuaranteeStatus, {
  name: 'GuaranteeStatus',
  description: '保証契約の状態',
  valuesConfig: { ACTIVE: { description: '有効' }, REVOKED: { description: '取消済み' } },
});

/**
 * 保証契約: one issued guarantee with its contract number (and, if electronic, its key). It keeps
 * its own copy of the guaranteed terms (amount, deadline, work name and period), which 変更 and
 * 訂正 change; the work itself is the contractor's record.
 */
@ObjectType({ description: '保証契約' })
@Entity()
@Unique({ properties: ['branch', 'serial'] })
@Unique({ properties: ['application', 'kind'] })
// The lists' scopes (contractor, branch, orderer's ledger, all) in their keyset order (newest
// first, then id): a page reads 51 index entries instead of sorting the scope.
@Index({ properties: ['contractor', 'createdAt', 'id'] })
@Index({ properties: ['branch', 'createdAt', 'id'] })
// The orderer's also carries the contractor and the branch: a contractor's or a branch's list
// filtered by 発注者 walks this index from the orderer (the scope's own index would walk all the
// scope's rows to find that orderer's) and counts it from the index alone (docs/performance.md).
@Index({ name: 'guarantee_orderer_list_index', properties: ['orderer', 'createdAt', 'id', 'contractor', 'branch'] })
// 発行日 from–to: the bounded count of a list filtered by the day of issue reads this index alone.
@Index({ name: 'guarantee_issued_list_index', properties: ['issuedAt', 'contractor', 'branch'] })
@Index({ properties: ['createdAt', 'id'] })
export class Guarantee extends BaseEntity<'status' | 'version' | 'workNameKey'> {
  @Field({ description: '保証契約番号（NNNNN-NNNNNC）' })
  @Property({ type: 'string', length: 12 })
  @Unique()
  contractNumber!: string;

  /** The per-branch serial inside the contract number. */
  @Property({ type: 'integer' })
  serial!: number;

  @Field(() => GuaranteeKind, { description: '保証種類' })
  @Enum({ items: () => GuaranteeKind })
  kind!: GuaranteeKind;

  @Field(() => CertificateFormat, { description: '保証証書の形式' })
  @Enum({ items: () => CertificateFormat })
  certificateFormat!: CertificateFormat;

  @Field(() => GuaranteeStatus, { description: '状態' })
  @Enum({ items: () => GuaranteeStatus })
  status: GuaranteeStatus = GuaranteeStatus.ACTIVE;

  @ManyToOne(() => GuaranteeApplication)
  application!: GuaranteeApplication;

  @Field(() => Work, { description: '請負工事' })
  @ManyToOne(() => Work)
  work!: Work;

  @Field(() => Contractor, { description: '保証契約者（請負者）' })
  @ManyToOne(() => Contractor)
  contractor!: Contractor;

  @Field(() => Orderer, { description: '発注者' })
  @ManyToOne(() => Orderer)
  orderer!: Orderer;

  @Field(() => Branch, { description: '取扱支店' })
  @ManyToOne(() => Branch)
  branch!: Branch;

  @Field(() => YenScalar, { description: '保証金額' })
  @Property({ type: yen() })
  amount!: number;

  @Field(() => LocalDateResolver, { description: '保証期限' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field({ description: '工事名（保証証書に記載するもの）' })
  @Property({ type: 'string', length: 200 })
  workName!: string;

  @Field(() => LocalDateResolver, { description: '工期（着工日）' })
  @Property({ type: 'date' })
  workStartDate!: string;

  @Field(() => LocalDateResolver, { description: '工期（完成日）' })
  @Property({ type: 'date' })
  workEndDate!: string;

  @Field(() => String, { nullable: true, description: '預託金融機関（前払金保証）' })
  @Property({ type: 'string', length: 100, nullable: true })
  depositBank?: string | null;

  /** HMAC of the authentication key (electronic only), for verification. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true, lazy: true })
  authKeyHmac?: string | null;

  /** AES-256-GCM ciphertext of the key (electronic only), so the contractor can see it again. */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true, lazy: true })
  authKeyCiphertext?: string | null;

  @Field(() => Date, { description: '発行日時' })
  @Property({ type: Date })
  issuedAt!: Date;

  @Field(() => Date, { nullable: true, description: '取消日時' })
  @Property({ type: Date, nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '取消の理由' })
  @Property({ type: 'text', nullable: true })
  revocationReason?: string | null;

  @OneToMany(() => ElectronicIssuance, (issuance) => issuance.guarantee)
  issuances = new Collection<Rel<ElectronicIssuance>>(this);

  /** Whether (and when) the certificate was shown on the verification service. */
  @OneToOne(() => OrdererView, (view) => view.guarantee, { nullable: true })
  ordererView?: Rel<OrdererView> | null;

  /** Optimistic lock: two staff acting at once can't overwrite each other. */
  @Field(() => Int, { description: '版数（変更のたびに増える。changeGuarantee の expectedVersion に渡す）' })
  @Property({ type: 'integer', version: true })
  version!: number;

  /**
   * matchingKey(workName), kept beside it so that the 工事名 search reads an indexed column.
   * Declared last, as the migration that added it appended the column.
   */
  // Searched by `like '%…%'`: served by the trigram index of Migration20261130041000, not a b-tree.
  @Property({ type: 'text', default: '', hidden: true })
  workNameKey: string = '';

  @BeforeCreate()
  @BeforeUpdate()
  keepWorkNameKey(): void {
    this.workNameKey = matchingKey(this.workName);
  }

  /** Staff are about to change it: CONFLICT once it is revoked. */
  assertActive(): void {
    if (this.status !== GuaranteeStatus.ACTIVE) throw new ConflictError('取消済みの保証契約は変更できません。', { status: this.status });
  }

  /** 変更 / 訂正: new terms (already checked) for an active guarantee. */
  amend(terms: GuaranteeTerms): void {
    this.assertActive();
    Object.assign(this, terms);
  }

  /** 取消: the guarantee ends, with its reason; only an active one can be revoked. */
  revoke(reason: string, now = new Date()): void {
    this.assertActive();
    this.status = GuaranteeStatus.REVOKED;
    this.revokedAt = now;
    this.revocationReason = reason;
  }
}

/** The terms 変更, 訂正 and 変更取消 change. */
export type GuaranteeTerms = Partial<Pick<Guarantee, 'amount' | 'deadline' | 'workName' | 'workStartDate' | 'workEndDate' | 'depositBank'>>;
