import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { User } from './user.entity';

/** What a one-time link lets its holder do; every one of them ends in setting a password. */
export enum PasswordTokenPurpose {
  /** The first password of an account made by the operator (`esurety create-admin`). */
  SET_PASSWORD = 'SET_PASSWORD',
  /** The first password of an invited user. */
  INVITATION = 'INVITATION',
  /** A new password after "forgot my password". */
  RESET = 'RESET',
}

/**
 * A one-time link's token (`PUBLIC_URL/set-password#token=…`): 256 random bits, of which only the
 * SHA-256 is stored, so a copy of the database opens no account. Used once, before it expires.
 */
@Entity()
@Index({ properties: ['user', 'purpose'] })
export class PasswordToken extends BaseEntity<'usedAt'> {
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Enum({ items: () => PasswordTokenPurpose })
  purpose!: PasswordTokenPurpose;

  @Property({ type: Date })
  expiresAt!: Date;

  /** When the link was used, or superseded by a newer link or a password set another way. */
  @Property({ type: Date, nullable: true })
  usedAt?: Date | null = null;
}
