import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';

@ObjectType('JointVentureMemberDraft', { description: 'JV構成員（入力内容）' })
@InputType('JointVentureMemberInput', { description: 'JV構成員' })
export class JointVentureMemberFields {
  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '所在地' })
  address!: string;
}

/**
 * 請負工事の情報 as the contractor enters it for a new work. Kept with the draft as entered, and
 * made a Work when the application is sent.
 */
@ObjectType('WorkDraft', { description: '申込で入力中の請負工事の情報' })
@InputType('WorkInput', { description: '請負工事の情報（新しい工事）' })
export class WorkFieldsType {
  @Field(() => String, { nullable: true, description: '工事名' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: '発注者（発注者一覧から選択）' })
  ordererId?: string | null;

  @Field(() => String, { nullable: true, description: '工事場所' })
  location?: string | null;

  @Field(() => YenScalar, { nullable: true, description: '請負金額（円）' })
  contractAmount?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '請負契約日' })
  contractDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '工期（着工日）' })
  startDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '工期（完成日）' })
  endDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '公告日（競争入札）' })
  announcedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '指名日（随意契約）' })
  nominatedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: '発注者が電子保証の利用を認めた工事か' })
  electronicAllowedByOrderer?: boolean | null;

  @Field(() => String, { nullable: true, description: 'JV名' })
  jointVentureName?: string | null;

  @Field(() => [JointVentureMemberFields], { nullable: true, description: 'JV構成員（代表者から順に）' })
  jointVentureMembers?: JointVentureMemberFields[] | null;
}
