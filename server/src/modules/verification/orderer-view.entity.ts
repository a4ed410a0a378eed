import { Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Guarantee } from '../guarantees/guarantee.entity';

/**
 * 発注者の閲覧: that a guarantee's certificate was shown on the verification service, first and
 * last time. One row per guarantee, so the contractor's detail and the orderer's ledger read it
 * with the guarantee rather than by counting attempts.
 */
@ObjectType({ description: '発注者の閲覧（保証確認サービスでの表示）' })
@Entity()
export class OrdererView extends BaseEntity<'viewCount'> {
  @OneToOne(() => Guarantee, (guarantee) => guarantee.ordererView, { owner: true, deleteRule: 'cascade' })
  guarantee!: Rel<Guarantee>;

  @Field({ description: '最初に閲覧された日時' })
  @Property({ type: Date })
  firstViewedAt!: Date;

  @Field({ description: '最後に閲覧された日時' })
  @Property({ type: Date })
  lastViewedAt!: Date;

  @Field(() => Int, { description: '閲覧された回数' })
  @Property({ type: 'integer' })
  viewCount: number = 1;
}
