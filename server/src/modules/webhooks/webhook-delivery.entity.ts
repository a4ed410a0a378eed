import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent } from './webhook-event';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Webhook 配信の状態',
  valuesConfig: {
    PENDING: { description: '配信待ち（再試行待ちを含む）' },
    DELIVERED: { description: '配信済み（2xx の応答）' },
    FAILED: { description: '再試行を尽くして失敗' },
  },
});

/**
 * One event for one endpoint, written in the same transaction as the change (the outbox) and
 * delivered afterwards by the worker, with retries. `id` is the delivery id the receiver sees.
 */
@ObjectType({ description: 'Webhook の配信' })
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['endpoint', 'createdAt'] })
export class WebhookDelivery extends BaseEntity<'status' | 'attempts' | 'nextAttemptAt' | 'createdAtField' | 'webhookEndpointId'> {
  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade' })
  endpoint!: WebhookEndpoint;

  /** The event's id (the payload's `id`): the same in every endpoint's delivery of it and in redeliveries. */
  @Field(() => ID, { description: 'イベントID（ペイロードの id。同じイベントを受け取るすべての送信先と再送で同じ）' })
  @Index()
  @Property({ type: 'uuid' })
  eventId!: string;
  /** The delivery this one sends again (redeliverWebhookDelivery), if any. */
  @Field(() => ID, { nullable: true, description: '再送元の配信（redeliverWebhookDelivery で作られたとき）' })
  @Property({ type: 'uuid', nullable: true })
  redeliveryOf?: string | null;
  @Field(() => ID, { description: '送信先' })
  get webhookEndpointId(): string {
    return this.endpoint.id;
  }
  @Field(() => WebhookEvent, { description: 'イベント' })
  @Enum({ items: () => WebhookEvent })
  event!: WebhookEvent;

  /** The JSON body, fixed when the event happened. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus, { description: '状態' })
  @Enum({ items: () => WebhookDeliveryStatus })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: '配信を試みた回数' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field({ description: '次に試みる日時' })
  @Property({ type: Date })
  nextAttemptAt: Date = new Date();

  @Field(() => Int, { nullable: true, description: '最後の応答のHTTPステータス' })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Field(() => String, { nullable: true, description: '最後の失敗の内容' })
  @Property({ type: 'string', length: 1000, nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true, description: '配信できた日時' })
  @Property({ type: Date, nullable: true })
  deliveredAt?: Date | null;

  @Field({ name: 'createdAt', description: 'イベントの日時' })
  get createdAtField(): Date {
    return this.createdAt;
  }
}
