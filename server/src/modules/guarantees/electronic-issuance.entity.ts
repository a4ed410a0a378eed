import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import type { Certificate } from './certificate';
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

registerEnumType(IssuanceKind, {
  name: 'IssuanceKind',
  description: '電子保証の発行の対象',
  valuesConfig: {
    NEW: { description: '新規' },
    CHANGE: { description: '変更（changeNumber が発生番号）' },
    CORRECTION: { description: '訂正' },
    REVOCATION: { description: '取消' },
  },
});

/** Why an entry no longer shows to the contractor and the orderer. */
export enum IssuanceHiddenReason {
  /** 訂正された */
  CORRECTED = 'CORRECTED',
  /** 変更取消された */
  CHANGE_CANCELLED = 'CHANGE_CANCELLED',
}

registerEnumType(IssuanceHiddenReason, {
  name: 'IssuanceHiddenReason',
  description: '履歴に表示しない理由',
  valuesConfig: { CORRECTED: { description: '訂正された' }, CHANGE_CANCELLED: { description: '変更取消された' } },
});

/**
 * 電子保証(発行): one entry of a guarantee's history. `certificate` is an immutable snapshot of
 * every field of the certificate as issued; later entries never rewrite it.
 */
@ObjectType({ description: '電子保証の発行（履歴の1件）' })
@Entity()
@Unique({ properties: ['guarantee', 'sequence'] })
export class ElectronicIssuance extends BaseEntity {
  @ManyToOne(() => Guarantee, { deleteRule: 'cascade' })
  guarantee!: Rel<Guarantee>;

  @Field(() => Int, { description: '発行の順番（1から）' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => IssuanceKind, { description: '対象' })
  @Enum({ items: () => IssuanceKind })
  kind!: IssuanceKind;

  @Field(() => Int, { nullable: true, description: '変更の発生番号（変更 N の N）' })
  @Property({ type: 'integer', nullable: true })
  changeNumber?: number | null;

  @Field(() => Date, { description: '電子保証発行日時（確認サービスに保証証書が到着した日時）' })
  @Property({ type: Date })
  issuedAt!: Date;

  @Property({ type: 'json' })
  certificate!: Certificate;

  @Field(() => IssuanceHiddenReason, { nullable: true, description: '履歴に表示しない理由（支店担当者にだけ見える）' })
  @Enum({ items: () => IssuanceHiddenReason, nullable: true })
  hiddenReason?: IssuanceHiddenReason | null;

  /** For a correction: the entry it replaces. */
  @ManyToOne(() => ElectronicIssuance, { nullable: true })
  corrects?: ElectronicIssuance | null;

  @ManyToOne(() => User, { nullable: true })
  issuedBy?: User | null;

  /** A correction's or a revocation's reason, for staff and audit. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
