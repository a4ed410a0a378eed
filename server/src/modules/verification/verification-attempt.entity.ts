import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Guarantee } from '../guarantees/guarantee.entity';
import { User } from '../identity/user.entity';

export enum VerificationOutcome {
  /** The number and key matched: the certificate was shown. */
  VERIFIED = 'VERIFIED',
  /** No guarantee with this number and key (unknown number or wrong key, never told apart). */
  REJECTED = 'REJECTED',
  /** Refused unchecked: the number or the address was locked. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The number could not be read (its format or check character). */
  MALFORMED = 'MALFORMED',
}

registerEnumType(VerificationOutcome, {
  name: 'VerificationOutcome',
  description: '保証確認の結果',
  valuesConfig: {
    VERIFIED: { description: '確認できた（保証証書を表示した）' },
    REJECTED: { description: '保証契約番号または認証キーが正しくない' },
    RATE_LIMITED: { description: 'ロック中のため確認しなかった' },
    MALFORMED: { description: '保証契約番号の形式が正しくない' },
  },
});

/**
 * One attempt on the verification service, whatever its outcome: when (createdAt), the number
 * presented, from which address, by whom if signed in. The key is never stored.
 */
@ObjectType({ description: '保証確認の記録' })
@Entity()
@Index({ properties: ['guarantee', 'createdAt'] })
export class VerificationAttempt extends BaseEntity<'at'> {
  @Field({ description: '入力された保証契約番号（読めたものは正規化したもの）' })
  @Property({ type: 'string', length: 40 })
  contractNumber!: string;

  /** The guarantee with that number, if there is one (also when the key was wrong). */
  @ManyToOne(() => Guarantee, { nullable: true, deleteRule: 'cascade' })
  guarantee?: Guarantee | null;

  @Field(() => VerificationOutcome, { description: '結果' })
  @Enum({ items: () => VerificationOutcome })
  outcome!: VerificationOutcome;

  @Field(() => String, { nullable: true, description: '接続元アドレス' })
  @Property({ type: 'string', length: 64, nullable: true })
  address?: string | null;

  @ManyToOne(() => User, { nullable: true })
  user?: User | null;

  @Field({ description: '日時' })
  get at(): Date {
    return this.createdAt;
  }
}
