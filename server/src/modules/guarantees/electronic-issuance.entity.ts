import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { Guarantee } from './guarantee.entity';

/** 対象: what one entry of the history records. */
export enum IssuanceKind {
  /** 新規 */
  NEW = 'NEW',
  /** 変更 N */
  CHANGE = 'CHANGE',
  /** 訂正 */
  CORRECTION = 'CORRECTION',
  /** 取消 */
  REVOCATION = 'REVOCATION',
}

/** Why an entry no longer shows to the contractor and the orderer. */
export enum IssuanceHiddenReason {
  /** 訂正された */
  CORRECTED = 'CORRECTED',
  /** 変更取消された */
  CHANGE_CANCELLED = 'CHANGE_CANCELLED',
}

/**
 * 電子保証(発行): one entry of a guarantee's history. `certificate` is an immutable snapshot of
 * every field of the certificate as issued; later entries never rewrite it.
 */
@Entity()
@Unique({ properties: ['guarantee', 'sequence'] })
export class ElectronicIssuance extends BaseEntity {
  @ManyToOne(() => Guarantee, { deleteRule: 'cascade' })
  guarantee!: Rel<Guarantee>;

  /** 1, 2, … in the order of issuance. */
  @Property({ type: 'integer' })
  sequence!: number;

  @Enum({ items: () => IssuanceKind })
  kind!: IssuanceKind;

  /** N of 変更 N. */
  @Property({ type: 'integer', nullable: true })
  changeNumber?: number | null;

  /** 電子保証発行日時: when the certificate reached the verification service. */
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Property({ type: 'json' })
  certificate!: Record<string, unknown>;

  @Enum({ items: () => IssuanceHiddenReason, nullable: true })
  hiddenReason?: IssuanceHiddenReason | null;

  /** For a correction: the entry it replaces. */
  @ManyToOne(() => ElectronicIssuance, { nullable: true })
  corrects?: ElectronicIssuance | null;

  @ManyToOne(() => User, { nullable: true })
  issuedBy?: User | null;
}
