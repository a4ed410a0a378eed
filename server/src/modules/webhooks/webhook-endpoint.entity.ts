import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { WebhookEvent } from './webhook-event';

/** The sealing context of an endpoint's previous secret (its current one's is the endpoint id). */
export const previousSecretContext = (endpointId: string) => `${endpointId}:previous`;

/**
 * An organisation's HTTPS endpoint for events about its own guarantees and applications. The
 * signing secret is shown once when registered and kept encrypted (it must be used to sign).
 */
@ObjectType({ description: 'Webhook の送信先' })
@Entity()
@Index({ properties: ['organisationId'] })
export class WebhookEndpoint extends BaseEntity<'createdAtField' | 'active'> {
  /** The contractor, branch or orderer that owns it (the registering user's organisation). */
  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Field({ description: '送信先URL（https）' })
  @Property({ type: 'string', length: 500 })
  url!: string;

  @Field(() => [WebhookEvent], { description: '通知するイベント' })
  @Property({ type: 'json' })
  events!: WebhookEvent[];

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  secretCiphertext!: string;
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;
  /** The secret before the last rotation, still signing until `previousSecretExpiresAt`. */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true, lazy: true })
  previousSecretCiphertext?: string | null;
  @Field(() => Date, {
    nullable: true,
    description: '前の署名用シークレットでも署名する期限（ローテーションの重複期間の終わり。なければ null）',
  })
  @Property({ type: Date, nullable: true })
  previousSecretExpiresAt?: Date | null;
  @Field(() => Date, { nullable: true, description: '一時停止した日時（停止中は配信しない。再開すると溜まった配信を送る）' })
  @Property({ type: Date, nullable: true })
  pausedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: '削除した日時（削除後も配信記録は残る）' })
  @Property({ type: Date, nullable: true })
  deletedAt?: Date | null;

  @Field({ name: 'createdAt', description: '登録日時' })
  get createdAtField(): Date {
    return this.createdAt;
  }
  @Field({ description: '配信するか（一時停止中・削除済みなら false）' })
  get active(): boolean {
    return !this.pausedAt && !this.deletedAt;
  }
  /** Whether the previous secret still signs at `now` (the overlap of a rotation). */
  previousSecretLive(now = new Date()): boolean {
    return !!this.previousSecretCiphertext && !!this.previousSecretExpiresAt && this.previousSecretExpiresAt > now;
  }
  pause(now = new Date()) {
    this.pausedAt ??= now;
  }
  resume() {
    this.pausedAt = null;
  }
  /** Soft delete: the endpoint gets nothing more, its deliveries stay for the audit trail. */
  delete(now = new Date()) {
    this.deletedAt ??= now;
  }
}
