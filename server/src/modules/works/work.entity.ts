import { matchingKey } from '@esurety/schema';
import { BeforeCreate, BeforeUpdate, Embeddable, Embedded, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { yen } from '../../common/columns';
import { YenScalar } from '../../common/scalars';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';

/** A member company of a joint venture (共同企業体). */
@ObjectType({ description: 'JV構成員' })
@Embeddable()
export class JointVentureMember {
  @Field({ description: '名称' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: '所在地' })
  @Property({ type: 'string' })
  address!: string;

  constructor(name: string, address: string) {
    this.name = name;
    this.address = address;
  }
}

/** 請負工事: the public works contract that guarantees are for. */
@ObjectType({ description: '請負工事' })
@Entity()
export class Work extends BaseEntity<'jointVentureMembers' | 'electronicAllowedByOrderer' | 'nameKey'> {
  @Field({ description: '工事名' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: '工事場所' })
  @Property({ type: 'string', length: 200 })
  location!: string;

  @Field(() => Orderer, { description: '発注者' })
  @ManyToOne(() => Orderer)
  orderer!: Orderer;

  /** The contractor that holds the work; for a JV, its representative. */
  @Field(() => Contractor, { description: '請負者（JVの場合は代表者）' })
  @ManyToOne(() => Contractor)
  contractor!: Contractor;

  @Field(() => String, { nullable: true, description: 'JV名' })
  @Property({ type: 'string', length: 200, nullable: true })
  jointVentureName?: string | null;

  /** Members of the JV, the representative first. Empty when the work is not a JV. */
  @Field(() => [JointVentureMember], { description: 'JV構成員（代表者から順に）' })
  @Embedded(() => JointVentureMember, { array: true })
  jointVentureMembers: JointVentureMember[] = [];

  @Field(() => YenScalar, { description: '請負金額（円）' })
  @Property({ type: yen() })
  contractAmount!: number;

  @Field(() => LocalDateResolver, { description: '請負契約日' })
  @Property({ type: 'date' })
  contractDate!: string;

  @Field(() => LocalDateResolver, { description: '工期（着工日）' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateResolver, { description: '工期（完成日）' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: '公告日（競争入札）' })
  @Property({ type: 'date', nullable: true })
  announcedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '指名日（随意契約）' })
  @Property({ type: 'date', nullable: true })
  nominatedOn?: string | null;

  /** 松本市's rule: the orderer has allowed electronic guarantees for this work. */
  @Field({ description: '発注者が電子保証の利用を認めた工事か' })
  @Property({ type: 'boolean' })
  electronicAllowedByOrderer: boolean = false;

  /**
   * matchingKey(name), kept beside it so that the 工事名 search reads an indexed column.
   * Declared last, as the migration that added it appended the column.
   */
  @Property({ type: 'text', default: '', hidden: true })
  @Index()
  nameKey: string = '';

  @BeforeCreate()
  @BeforeUpdate()
  keepNameKey(): void {
    this.nameKey = matchingKey(this.name);
  }
}
