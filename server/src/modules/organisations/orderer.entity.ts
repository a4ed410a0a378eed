import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from './organisation.type';

/** How an orderer decides which works may have electronic guarantees. */
export enum ElectronicGuaranteeRule {
  /** 発注者が電子保証の利用を認めた工事 (松本市): works the orderer allows, from the start date. */
  WORKS_ALLOWED_BY_ORDERER = 'WORKS_ALLOWED_BY_ORDERER',
  /** 競争入札は公告日、随意契約は指名日が開始日以降 (小田原市). */
  ANNOUNCED_OR_NOMINATED_FROM = 'ANNOUNCED_OR_NOMINATED_FROM',
}

registerEnumType(ElectronicGuaranteeRule, {
  name: 'ElectronicGuaranteeRule',
  description: '電子保証の対象となる工事の条件',
  valuesConfig: {
    WORKS_ALLOWED_BY_ORDERER: { description: '発注者が電子保証の利用を認めた工事' },
    ANNOUNCED_OR_NOMINATED_FROM: { description: '開始日以降に公告（競争入札）又は指名（随意契約）した工事' },
  },
});

/** 発注者: the public body (松本市) that orders the works and verifies the guarantees. */
@ObjectType({ implements: Organisation, description: '発注者' })
@Entity()
export class Orderer extends BaseEntity<'acceptsElectronic'> implements Organisation {
  /** Contractors pick the orderer by this name, so no two orderers share it. */
  @Field({ description: '発注者名（例: 松本市）' })
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field({ description: '保証証書に記載する名義（例: 松本市長）' })
  @Property({ type: 'string', length: 100 })
  certificateTitle!: string;

  @Field({ description: '電子保証に対応しているか' })
  @Property({ type: 'boolean' })
  acceptsElectronic: boolean = false;

  @Field(() => LocalDateResolver, { nullable: true, description: '電子保証の開始日' })
  @Property({ type: 'date', nullable: true })
  electronicFrom?: string | null;

  @Field(() => ElectronicGuaranteeRule, { nullable: true, description: '電子保証の対象となる工事の条件' })
  @Enum({ items: () => ElectronicGuaranteeRule, nullable: true })
  electronicRule?: ElectronicGuaranteeRule | null;

  @Field(() => String, { nullable: true, description: '電子保証の対象となる工事の条件（発注者の定めの文言）' })
  @Property({ type: 'string', length: 500, nullable: true })
  electronicRuleDescription?: string | null;

  /** Accepts electronic guarantees from `from` (YYYY-MM-DD) for the works `rule` admits, as `description` words it. */
  acceptElectronic(from: string, rule: ElectronicGuaranteeRule, description: string): void {
    this.acceptsElectronic = true;
    this.electronicFrom = from;
    this.electronicRule = rule;
    this.electronicRuleDescription = description;
  }

  /** No longer accepts electronic guarantees (for applications saved or sent from now on). */
  stopAcceptingElectronic(): void {
    this.acceptsElectronic = false;
    this.electronicFrom = null;
    this.electronicRule = null;
    this.electronicRuleDescription = null;
  }
}
