import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ElectronicGuaranteeRule, Orderer } from './orderer.entity';

@InputType({ description: '発注者の電子保証の条件（電子保証対応発注者の登録）' })
export class SetOrdererElectronicRuleInput {
  @Field(() => ID, { description: '発注者のID' })
  ordererId!: string;

  @Field({ description: '電子保証に対応しているか（false なら開始日・条件・説明は消える）' })
  acceptsElectronic!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: '電子保証の開始日（対応する場合は必須）' })
  electronicFrom?: string | null;

  @Field(() => ElectronicGuaranteeRule, { nullable: true, description: '電子保証の対象となる工事の条件（対応する場合は必須）' })
  electronicRule?: ElectronicGuaranteeRule | null;

  @Field(() => String, {
    nullable: true,
    description: '請負者が読む条件の説明（発注者の定めの文言、500文字以内。対応する場合は必須）',
  })
  electronicRuleDescription?: string | null;
}

@ObjectType({ description: '電子保証の条件を設定した結果' })
export class SetOrdererElectronicRulePayload {
  @Field(() => Orderer, { description: '設定した発注者' })
  orderer!: Orderer;
}

@InputType({ description: '発注者の登録内容' })
export class OrdererFields {
  @Field({ description: '発注者名（例: 松本市、100文字以内。他の発注者と同じ名前は使えない）' })
  name!: string;

  @Field({ description: '保証証書の宛名に記載する名義（例: 松本市長、100文字以内）' })
  certificateTitle!: string;
}

@InputType({ description: '発注者の登録（電子保証の条件は setOrdererElectronicRule で設定する）' })
export class CreateOrdererInput extends OrdererFields {}

@ObjectType({ description: '発注者を登録した結果' })
export class CreateOrdererPayload {
  @Field(() => Orderer, { description: '登録した発注者（電子保証には未対応）' })
  orderer!: Orderer;
}

@InputType({ description: '発注者の名前・宛名の変更' })
export class UpdateOrdererInput extends OrdererFields {
  @Field(() => ID, { description: '発注者のID' })
  ordererId!: string;
}

@ObjectType({ description: '発注者を変更した結果' })
export class UpdateOrdererPayload {
  @Field(() => Orderer, { description: '変更した発注者' })
  orderer!: Orderer;
}
