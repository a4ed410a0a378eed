import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/**
 * 監査ログ: one thing someone did (or tried): who, for which organisation, what, to which object,
 * when (createdAt), from where, with what outcome. Append-only: nothing in the application
 * updates or deletes these rows, and the database refuses it too (triggers).
 * Actor and organisation are copied as they were, so the record outlives renames.
 */
@ObjectType({ description: '監査ログの1件' })
@Entity()
// Each index serves a scope or filter of the audit log in its keyset order (newest first, then id).
@Index({ properties: ['objectId', 'createdAt', 'id'] })
@Index({ properties: ['actorId', 'createdAt', 'id'] })
@Index({ properties: ['scopeBranchId', 'createdAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
export class AuditEvent extends BaseEntity<'at'> {
  @Field(() => ID, { nullable: true, description: '操作した利用者のID（未ログインなら null）' })
  @Property({ type: 'string', length: 36, nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '操作した利用者のメールアドレス（その時点）' })
  @Property({ type: 'string', length: 254, nullable: true })
  actorEmail?: string | null;

  @Field(() => String, { nullable: true, description: '操作した利用者の組織名（その時点）' })
  @Property({ type: 'string', length: 200, nullable: true })
  organisationName?: string | null;

  @Field({ description: '操作: mutation の名前（revealAuthKey は画面と「認証キー」のお知らせPDFの両方、detail で区別）' })
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Field(() => String, { nullable: true, description: '対象の種類（Guarantee など）' })
  @Property({ type: 'string', length: 40, nullable: true })
  objectType?: string | null;

  @Field(() => String, { nullable: true, description: '対象のID（保証確認では保証契約番号）' })
  @Property({ type: 'string', length: 64, nullable: true })
  objectId?: string | null;

  @Field({ description: '結果: SUCCESS、または失敗したときのエラーコード' })
  @Property({ type: 'string', length: 32 })
  outcome!: string;

  @Field(() => String, { nullable: true, description: '接続元アドレス' })
  @Property({ type: 'string', length: 64, nullable: true })
  address?: string | null;

  @Field({ description: '経路: SESSION（画面）/ TOKEN（APIトークン）/ ANONYMOUS' })
  @Property({ type: 'string', length: 16 })
  via!: string;

  @Field(() => String, { nullable: true, description: '補足（ログインのメールアドレス、表示の目的など。秘密は書かない）' })
  @Property({ type: 'string', length: 254, nullable: true })
  detail?: string | null;

  /** The branch whose staff may read this event (the object's branch, or a staff actor's). */
  @Property({ type: 'string', length: 36, nullable: true })
  scopeBranchId?: string | null;

  @Field({ description: '日時' })
  get at(): Date {
    return this.createdAt;
  }
}
