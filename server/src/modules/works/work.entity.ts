import { Embeddable, Embedded, Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { yen } from '../../common/columns';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';

/** A member company of a joint venture (共同企業体). */
@Embeddable()
export class JointVentureMember {
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  address!: string;

  constructor(name: string, address: string) {
    this.name = name;
    this.address = address;
  }
}

/** 請負工事: the public works contract that guarantees are for. */
@Entity()
export class Work extends BaseEntity<'jointVentureMembers'> {
  /** 工事名 */
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** 工事場所 */
  @Property({ type: 'string', length: 200 })
  location!: string;

  @ManyToOne(() => Orderer)
  orderer!: Orderer;

  /** The contractor that holds the work; for a JV, its representative. */
  @ManyToOne(() => Contractor)
  contractor!: Contractor;

  /** JV名 */
  @Property({ type: 'string', length: 200, nullable: true })
  jointVentureName?: string | null;

  /** Members of the JV, the representative first. Empty when the work is not a JV. */
  @Embedded(() => JointVentureMember, { array: true })
  jointVentureMembers: JointVentureMember[] = [];

  /** 請負金額 (integer yen) */
  @Property({ type: yen() })
  contractAmount!: number;

  /** 請負契約日 */
  @Property({ type: 'date' })
  contractDate!: string;

  /** 工期 (from) */
  @Property({ type: 'date' })
  startDate!: string;

  /** 工期 (to) */
  @Property({ type: 'date' })
  endDate!: string;

  /** 公告日: competitive bids */
  @Property({ type: 'date', nullable: true })
  announcedOn?: string | null;

  /** 指名日: negotiated contracts */
  @Property({ type: 'date', nullable: true })
  nominatedOn?: string | null;
}
