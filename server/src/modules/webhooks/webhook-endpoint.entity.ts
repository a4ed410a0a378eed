import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { WebhookEvent } from './webhook-event';

/**
 * An organisation's HTTPS endpoint for events about its own guarantees and applications. The
 * signing secret is shown once when registered and kept encrypted (it must be used to sign).
 */
@ObjectType({ description: 'Webhook の送信先' })
@Entity()
@Index({ properties: ['organisationId'] })
export class WebhookEndpoint extends BaseEntity<'createdAtField'> {
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

  @Field({ name: 'createdAt', description: '登録日時' })
  get createdAtField(): Date {
    return this.createdAt;
  }
}
