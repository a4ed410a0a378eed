import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from './user.entity';

/**
 * A personal API token: `Authorization: Bearer <token>` acts as its user, with that user's role
 * and organisation. Only the SHA-256 of the token is stored; the token is shown once.
 */
@ObjectType({ description: 'APIトークン（値は作成時に一度だけ表示される）' })
@Entity()
export class ApiToken extends BaseEntity<'createdAtField'> {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Field({ description: '名前（用途）' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Field({ description: 'トークンの先頭（見分けるため）' })
  @Property({ type: 'string', length: 12 })
  prefix!: string;

  @Field({ name: 'createdAt', description: '作成日時' })
  get createdAtField(): Date {
    return this.createdAt;
  }

  @Field(() => Date, { nullable: true, description: '最後に使われた日時' })
  @Property({ type: Date, nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '有効期限（なければ無期限）' })
  @Property({ type: Date, nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '失効日時' })
  @Property({ type: Date, nullable: true })
  revokedAt?: Date | null;

  /** Ends the token at once; revoking it again keeps the first time. */
  revoke(now = new Date()) {
    this.revokedAt ??= now;
  }
}
