import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Guarantor } from './guarantor.entity';
import { Organisation } from './organisation.type';

/** 支店: the guarantor's branch that receives applications and issues guarantees. */
@ObjectType({ implements: Organisation, description: '保証事業会社の支店' })
@Entity()
export class Branch extends BaseEntity<'lastSerial' | 'lastBidBondSerial'> implements Organisation {
  @Field(() => Guarantor, { description: '保証事業会社' })
  @ManyToOne(() => Guarantor, { eager: true })
  guarantor!: Guarantor;

  /** 5 digits; the first part of every contract number the branch issues. */
  @Field({ description: '店番（5桁、保証契約番号の先頭）' })
  @Property({ type: 'string', length: 5 })
  @Unique()
  officeCode!: string;

  @Field({ description: '支店名' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field({ description: '所在地' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field({ description: '電話番号' })
  @Property({ type: 'string', length: 20 })
  tel!: string;

  @Field({ description: 'FAX番号' })
  @Property({ type: 'string', length: 20 })
  fax!: string;

  @Field({ description: 'メールアドレス' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  /** The last serial this branch gave a contract number; raised atomically by each issuance. */
  @Property({ type: 'integer', default: 0 })
  lastSerial: number = 0;

  /** The last serial this branch gave a 予約番号 (bid bond); raised atomically by each issuance. */
  @Property({ type: 'integer', default: 0 })
  lastBidBondSerial: number = 0;
}
