import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { Guarantee } from './guarantee.entity';

export enum AuthKeyDisplayPurpose {
  /** 詳細 screen */
  SCREEN = 'SCREEN',
  /** 「認証キー」のお知らせ PDF */
  KEY_NOTICE = 'KEY_NOTICE',
}

/** A record that someone was shown a guarantee's 認証キー: who, when, from where, how. */
@Entity()
export class AuthKeyDisplay extends BaseEntity {
  @ManyToOne(() => Guarantee, { deleteRule: 'cascade' })
  guarantee!: Guarantee;

  @ManyToOne(() => User)
  user!: User;

  @Enum({ items: () => AuthKeyDisplayPurpose })
  purpose!: AuthKeyDisplayPurpose;

  @Property({ type: 'string', length: 64, nullable: true })
  address?: string | null;
}
