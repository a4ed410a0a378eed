import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Branch } from './branch.entity';
import { Guarantor } from './guarantor.entity';

@InputType({ description: '保証事業会社（全ての保証証書に記載する）' })
export class UpdateGuarantorInput {
  @Field({ description: '商号（100文字以内）' })
  name!: string;

  @Field({ description: '本店所在地（200文字以内）' })
  address!: string;

  @Field({ description: '代表者の役職（例: 取締役社長、50文字以内）' })
  representativeTitle!: string;

  @Field({ description: '代表者氏名（50文字以内）' })
  representativeName!: string;
}

@ObjectType({ description: '保証事業会社を更新した結果' })
export class UpdateGuarantorPayload {
  @Field(() => Guarantor, { description: '保証事業会社（以後の発行から証書に記載される）' })
  guarantor!: Guarantor;
}

@InputType({ description: '支店の登録内容' })
export class BranchFields {
  @Field({ description: '店番（5桁の数字、保証契約番号の先頭。登録後は変えられない）' })
  officeCode!: string;

  @Field({ description: '支店名（50文字以内）' })
  name!: string;

  @Field({ description: '所在地（200文字以内）' })
  address!: string;

  @Field({ description: '電話番号（数字とハイフン）' })
  tel!: string;

  @Field({ description: 'FAX番号（数字とハイフン）' })
  fax!: string;

  @Field({ description: 'メールアドレス' })
  email!: string;
}

@InputType({ description: '支店の登録' })
export class CreateBranchInput extends BranchFields {}

@ObjectType({ description: '支店を登録した結果' })
export class CreateBranchPayload {
  @Field(() => Branch, { description: '登録した支店' })
  branch!: Branch;
}

@InputType({ description: '支店の変更（店番は変えられない）' })
export class UpdateBranchInput extends BranchFields {
  @Field(() => ID, { description: '支店のID' })
  branchId!: string;
}

@ObjectType({ description: '支店を変更した結果' })
export class UpdateBranchPayload {
  @Field(() => Branch, { description: '変更した支店' })
  branch!: Branch;
}
