import {
  Cascade,
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { yen } from '../../common/columns';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Work } from '../works/work.entity';
import { CertificateFormat, FeePaymentMethod, GuaranteeKind } from '../guarantees/guarantee-kind';

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

/** 保証申込: what the contractor asks the branch for, for one work. */
@Entity()
export class GuaranteeApplication extends BaseEntity<'status' | 'issuanceNoticeWanted' | 'version'> {
  @ManyToOne(() => Contractor)
  contractor!: Contractor;

  @ManyToOne(() => Work)
  work!: Work;

  @Enum({ items: () => ApplicationStatus, index: true })
  status: ApplicationStatus = ApplicationStatus.DRAFT;

  /** 申込送信先 */
  @ManyToOne(() => Branch, { nullable: true })
  destinationBranch?: Branch | null;

  /** 電子保証発行完了のお知らせ: 希望する / 希望しない */
  @Property({ type: 'boolean' })
  issuanceNoticeWanted: boolean = false;

  @Property({ type: 'string', length: 254, nullable: true })
  notifyEmail?: string | null;

  /** 担当部署 */
  @Property({ type: 'string', length: 100, nullable: true })
  contactDepartment?: string | null;

  /** 役職 */
  @Property({ type: 'string', length: 100, nullable: true })
  contactTitle?: string | null;

  /** 担当者名 */
  @Property({ type: 'string', length: 100, nullable: true })
  contactName?: string | null;

  /** 連絡先電話番号 */
  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone?: string | null;

  /** お客様から弊社への連絡事項 */
  @Property({ type: 'text', nullable: true })
  messageToBranch?: string | null;

  /** 弊社からお客様へのお知らせ */
  @Property({ type: 'text', nullable: true })
  messageFromBranch?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @OneToMany(() => ApplicationItem, (item) => item.application, { cascade: [Cascade.ALL], orphanRemoval: true })
  items = new Collection<ApplicationItem>(this);

  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One guarantee kind applied for (前払金保証 or 契約保証) and its terms. */
@Entity()
@Unique({ properties: ['application', 'kind'] })
export class ApplicationItem extends BaseEntity<'feePaymentMethod' | 'feeStatementWanted' | 'redeposit'> {
  @ManyToOne(() => GuaranteeApplication, { deleteRule: 'cascade' })
  application!: Rel<GuaranteeApplication>;

  @Enum({ items: () => GuaranteeKind })
  kind!: GuaranteeKind;

  /** 保証証書の形式 */
  @Enum({ items: () => CertificateFormat })
  certificateFormat!: CertificateFormat;

  /** 今年度対象額 (advance payment only) */
  @Property({ type: yen(), nullable: true })
  currentYearTargetAmount?: number | null;

  /** 前払金保証金額 / 契約保証金額 */
  @Property({ type: yen() })
  amount!: number;

  /** 預託金融機関 (advance payment only; full-width) */
  @Property({ type: 'string', length: 100, nullable: true })
  depositBank?: string | null;

  /** 再預託利用区分 (advance payment only) */
  @Property({ type: 'boolean', nullable: true })
  redeposit?: boolean | null;

  /** 保証料支払方法 */
  @Enum({ items: () => FeePaymentMethod })
  feePaymentMethod: FeePaymentMethod = FeePaymentMethod.LUMP_SUM;

  /** 保証料請求先 */
  @Property({ type: 'string', length: 100 })
  feeBillingParty!: string;

  /** 保証料計算書(紙): 希望する / 希望しない */
  @Property({ type: 'boolean' })
  feeStatementWanted: boolean = false;
}
