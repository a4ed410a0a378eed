import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from './user.entity';

/** What an API token may do. */
export enum ApiTokenScope {
  READ_ONLY = 'READ_ONLY',
  READ_WRITE = 'READ_WRITE',
}
registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'APIトークンの権限',
  valuesConfig: {
    READ_ONLY: { description: '読み取りのみ（query だけ。mutation は FORBIDDEN）' },
    READ_WRITE: { description: '読み書き（利用者ができる query と mutation のすべて）' },
  },
});

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

  @Field(() => ApiTokenScope, { description: '権限（READ_ONLY は mutation を使えない）' })
  @Enum({ items: () => ApiTokenScope })
  scope!: ApiTokenScope;

  @Field({ description: '有効期限（作成から1年以内）' })
  @Property({ type: Date })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: '失効日時' })
  @Property({ type: Date, nullable: true })
  revokedAt?: Date | null;

  /** Ends the token at once; revoking it again keeps the first time. */
  revoke(now = new Date()) {
    this.revokedAt ??= now;
  }
}
