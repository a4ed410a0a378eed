import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role, User } from './user.entity';

@InputType({ description: '利用者の招待' })
export class InviteUserInput {
  @Field({ description: 'メールアドレス（ログインID）' })
  email!: string;

  @Field({ description: '氏名（100文字以内）' })
  name!: string;

  @Field(() => Role, { description: '役割' })
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: '所属組織のID（請負者は請負者、支店の担当者は支店、発注者は発注者のID。管理者は省略）',
  })
  organisationId?: string | null;
}

@ObjectType({ description: '利用者を招待した結果（招待メールを送信待ちに入れた）' })
export class InviteUserPayload {
  @Field(() => User, { description: '招待した利用者（パスワード未設定）' })
  user!: User;
}

@InputType({ description: '利用者の役割・所属組織の変更' })
export class ChangeUserRoleInput {
  @Field(() => ID, { description: '利用者のID' })
  userId!: string;

  @Field(() => Role, { description: '新しい役割' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: '新しい所属組織のID（役割に合うもの。管理者は省略）' })
  organisationId?: string | null;
}

@ObjectType({ description: '役割を変更した結果' })
export class ChangeUserRolePayload {
  @Field(() => User, { description: '変更した利用者（全てのセッションとAPIトークンは終了している）' })
  user!: User;
}

@InputType({ description: '利用者の無効化' })
export class DisableUserInput {
  @Field(() => ID, { description: '利用者のID' })
  userId!: string;
}

@ObjectType({ description: '利用者を無効にした結果' })
export class DisableUserPayload {
  @Field(() => User, { description: '無効にした利用者' })
  user!: User;
}

@InputType({ description: '無効にした利用者を再び有効にする' })
export class EnableUserInput {
  @Field(() => ID, { description: '利用者のID' })
  userId!: string;
}

@ObjectType({ description: '利用者を有効にした結果' })
export class EnableUserPayload {
  @Field(() => User, { description: '有効にした利用者' })
  user!: User;
}
