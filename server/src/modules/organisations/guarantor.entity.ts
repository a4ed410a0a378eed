import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/** 保証事業会社: the surety company whose name, address and representative sign every certificate. */
@ObjectType({ description: '保証事業会社' })
@Entity()
export class Guarantor extends BaseEntity {
  @Field({ description: '商号' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: '本店所在地' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field({ description: '代表者の役職（例: 取締役社長）' })
  @Property({ type: 'string', length: 50 })
  representativeTitle!: string;

  @Field({ description: '代表者氏名' })
  @Property({ type: 'string', length: 50 })
  representativeName!: string;
}
