import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { yen } from '../../common/columns';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';
import { Work } from '../works/work.entity';
import { ElectronicIssuance } from './electronic-issuance.entity';
import { CertificateFormat, GuaranteeKind } from './guarantee-kind';

export enum GuaranteeStatus {
  /** 有効 */
  ACTIVE = 'ACTIVE',
  /** 取消済み */
  REVOKED = 'REVOKED',
}

/** 保証契約: one issued guarantee with its contract number (and, if electronic, its key). */
@Entity()
@Unique({ properties: ['branch', 'serial'] })
export class Guarantee extends BaseEntity<'status' | 'version'> {
  /** 保証契約番号, NNNNN-NNNNNC */
  @Property({ type: 'string', length: 12 })
  @Unique()
  contractNumber!: string;

  /** The per-branch serial inside the contract number. */
  @Property({ type: 'integer' })
  serial!: number;

  @Enum({ items: () => GuaranteeKind })
  kind!: GuaranteeKind;

  @Enum({ items: () => CertificateFormat })
  certificateFormat!: CertificateFormat;

  @Enum({ items: () => GuaranteeStatus })
  status: GuaranteeStatus = GuaranteeStatus.ACTIVE;

  @ManyToOne(() => GuaranteeApplication)
  application!: GuaranteeApplication;

  @ManyToOne(() => Work)
  work!: Work;

  @ManyToOne(() => Contractor)
  contractor!: Contractor;

  @ManyToOne(() => Orderer)
  orderer!: Orderer;

  @ManyToOne(() => Branch)
  branch!: Branch;

  /** 保証金額 */
  @Property({ type: yen() })
  amount!: number;

  /** 保証期限 */
  @Property({ type: 'date' })
  deadline!: string;

  /** HMAC of the authentication key (electronic only), for verification. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true, lazy: true })
  authKeyHmac?: string | null;

  /** AES-256-GCM ciphertext of the key (electronic only), so the contractor can see it again. */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true, lazy: true })
  authKeyCiphertext?: string | null;

  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  revocationReason?: string | null;

  @OneToMany(() => ElectronicIssuance, (issuance) => issuance.guarantee)
  issuances = new Collection<Rel<ElectronicIssuance>>(this);

  /** Optimistic lock: two staff acting at once can't overwrite each other. */
  @Property({ type: 'integer', version: true })
  version!: number;
}
