import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from './user.entity';

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a copy of
 * the database does not let anyone sign in. `id` names the session in the API (never the hash).
 */
@ObjectType({ description: 'ログイン中の端末（セッション）' })
@Entity()
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Field(() => Date, { description: 'ログインした日時' })
  @Property({ type: Date })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'セッションの有効期限' })
  @Property({ type: Date, index: true })
  expiresAt!: Date;

  /** Declared after the first columns so that SQLite's added column is in the same place. */
  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  id: string = randomUUID();

  /** The client address that signed in (as Express reads it, honouring TRUST_PROXY). */
  @Field(() => String, { nullable: true, description: 'ログインした接続元のIPアドレス' })
  @Property({ type: 'string', length: 64, nullable: true })
  address?: string | null = null;

  /** The browser's User-Agent at sign-in, cut to 300 characters: tells the user which device it is. */
  @Field(() => String, { nullable: true, description: 'ログインしたブラウザ（User-Agent）' })
  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string | null = null;

  constructor(tokenHash: string, user: User, expiresAt: Date) {
    this.tokenHash = tokenHash;
    this.user = user;
    this.expiresAt = expiresAt;
  }
}
