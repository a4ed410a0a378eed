import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ConflictError } from '../../common/errors';
import { Contractor } from './contractor.entity';

export enum ContractorRegistrationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

registerEnumType(ContractorRegistrationStatus, {
  name: 'ContractorRegistrationStatus',
  description: '請負者の利用登録申請の状態',
  valuesConfig: {
    PENDING: { description: '審査待ち' },
    APPROVED: { description: '承認済み（請負者を登録し、担当者を招待した）' },
    REFUSED: { description: '不承認' },
  },
});

/**
 * 利用登録申請: what a construction company sends to start using the service. An administrator
 * approves it (the contractor is registered and its 担当者 invited) or refuses it, once.
 */
@ObjectType({ description: '請負者の利用登録申請' })
@Entity()
@Index({ properties: ['status', 'createdAt'] })
export class ContractorRegistration extends BaseEntity<'status'> {
  @Field({ description: '会社名（商号又は名称）' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: '所在地' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field({ description: '法人番号（13桁）' })
  @Property({ type: 'string', length: 13 })
  corporateNumber!: string;

  @Field({ description: '代表者（役職と氏名）' })
  @Property({ type: 'string', length: 100 })
  representative!: string;

  @Field({ description: '担当者名（承認されると利用者として招待される）' })
  @Property({ type: 'string', length: 100 })
  contactName!: string;

  @Field({ description: '担当者のメールアドレス（招待の宛先、ログインID）' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => ContractorRegistrationStatus, { description: '状態' })
  @Enum({ items: () => ContractorRegistrationStatus })
  status: ContractorRegistrationStatus = ContractorRegistrationStatus.PENDING;

  @Field(() => Date, { nullable: true, description: '承認又は不承認の日時' })
  @Property({ type: Date, nullable: true })
  decidedAt?: Date | null = null;

  @Field(() => String, { nullable: true, description: '不承認の理由（申請者にメールで伝える）' })
  @Property({ type: 'string', length: 1000, nullable: true })
  refusalReason?: string | null = null;

  @Field(() => Contractor, { nullable: true, description: '承認により登録した請負者' })
  @ManyToOne(() => Contractor, { nullable: true })
  contractor?: Contractor | null = null;

  @Field(() => Date, { description: '申請日時' })
  declare createdAt: Date;

  approve(contractor: Contractor, now = new Date()): void {
    this.decide(now);
    this.status = ContractorRegistrationStatus.APPROVED;
    this.contractor = contractor;
  }

  refuse(reason: string, now = new Date()): void {
    this.decide(now);
    this.status = ContractorRegistrationStatus.REFUSED;
    this.refusalReason = reason;
  }

  private decide(now: Date): void {
    if (this.status !== ContractorRegistrationStatus.PENDING) {
      throw new ConflictError('この申請は既に承認又は不承認になっています。', { status: this.status });
    }
    this.decidedAt = now;
  }
}
