import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: '送信待ちメールの状態',
  valuesConfig: {
    PENDING: { description: '送信待ち（SMTP未設定、又は再試行待ち）' },
    SENT: { description: '送信済み' },
    FAILED: { description: '再試行を尽くして失敗' },
  },
});

/**
 * An e-mail written in the same transaction as the change it reports (the transactional outbox),
 * and sent afterwards by the worker. Its Message-ID is fixed when written, so a retry after an
 * unclear failure is recognisable as the same message.
 */
@ObjectType({ description: '送信するメール（アウトボックス）' })
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMessage extends BaseEntity<'status' | 'attempts' | 'nextAttemptAt'> {
  @Field({ description: 'Message-ID' })
  @Property({ type: 'string', length: 200 })
  messageId!: string;

  @Field({ description: '宛先' })
  @Property({ type: 'string', length: 254 })
  to!: string;

  @Field({ description: '件名' })
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Field({ description: '本文' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => OutboxStatus, { description: '状態' })
  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Field(() => Int, { description: '送信を試みた回数' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: Date })
  nextAttemptAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '送信日時' })
  @Property({ type: Date, nullable: true })
  sentAt?: Date | null;

  @Field(() => String, { nullable: true, description: '最後の失敗の内容' })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { description: '作成日時' })
  declare createdAt: Date;
}
