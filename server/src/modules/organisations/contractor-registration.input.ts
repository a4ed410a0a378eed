import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ContractorRegistration, ContractorRegistrationStatus } from './contractor-registration.entity';
import { Contractor } from './contractor.entity';

@InputType({ description: '請負者の利用登録申請' })
export class RequestContractorRegistrationInput {
  @Field({ description: '会社名（商号又は名称、100文字以内）' })
  name!: string;

  @Field({ description: '所在地（200文字以内）' })
  address!: string;

  @Field({ description: '法人番号（13桁。先頭の検査用数字で確かめる）' })
  corporateNumber!: string;

  @Field({ description: '代表者（役職と氏名、100文字以内）' })
  representative!: string;

  @Field({ description: '担当者名（100文字以内）' })
  contactName!: string;

  @Field({ description: '担当者のメールアドレス' })
  email!: string;
}

@ObjectType({ description: '利用登録申請の結果' })
export class RequestContractorRegistrationPayload {
  @Field(() => ContractorRegistration, { description: '受け付けた申請' })
  contractorRegistration!: ContractorRegistration;
}

@InputType({ description: '利用登録申請の承認' })
export class ApproveContractorRegistrationInput {
  @Field(() => ID, { description: '申請のID' })
  contractorRegistrationId!: string;
}

@ObjectType({ description: '利用登録申請を承認した結果' })
export class ApproveContractorRegistrationPayload {
  @Field(() => ContractorRegistration, { description: '承認した申請' })
  contractorRegistration!: ContractorRegistration;

  @Field(() => Contractor, { description: '登録した請負者（担当者を招待済み）' })
  contractor!: Contractor;
}

@InputType({ description: '利用登録申請の不承認' })
export class RefuseContractorRegistrationInput {
  @Field(() => ID, { description: '申請のID' })
  contractorRegistrationId!: string;

  @Field({ description: '不承認の理由（申請者へのメールに記載、1000文字以内）' })
  reason!: string;
}

@ObjectType({ description: '利用登録申請を不承認にした結果' })
export class RefuseContractorRegistrationPayload {
  @Field(() => ContractorRegistration, { description: '不承認にした申請' })
  contractorRegistration!: ContractorRegistration;
}

@InputType({ description: '利用登録申請の一覧の絞り込み（省略した条件は絞り込まない）' })
export class ContractorRegistrationFilter {
  @Field(() => ContractorRegistrationStatus, { nullable: true, description: '状態' })
  status?: ContractorRegistrationStatus | null;
}

@InputType({ description: '請負者の一覧の絞り込み（省略した条件は絞り込まない）' })
export class ContractorFilter {
  @Field(() => String, { nullable: true, description: '商号又は名称（部分一致）' })
  name?: string | null;
}
