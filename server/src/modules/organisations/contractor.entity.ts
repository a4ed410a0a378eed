import { Entity, Property, Unique } from '@mikro-orm/core';
import { isValidCorporateNumber } from '@esurety/schema';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from './organisation.type';

/** 請負者 (受注者): the construction company that applies for guarantees. */
@ObjectType({ implements: Organisation, description: '請負者（受注者）' })
@Entity()
export class Contractor extends BaseEntity implements Organisation {
  @Field({ description: '商号又は名称' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: '所在地' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field({ description: '法人番号（13桁）' })
  @Property({ type: 'string', length: 13 })
  @Unique()
  corporateNumber!: string;

  @Field({ description: '代表者（役職と氏名）' })
  @Property({ type: 'string', length: 100 })
  representative!: string;

  constructor(props: { name: string; address: string; corporateNumber: string; representative: string }) {
    super();
    if (!isValidCorporateNumber(props.corporateNumber)) {
      throw new Error(`invalid corporate number: ${props.corporateNumber}`);
    }
    Object.assign(this, props);
  }
}
