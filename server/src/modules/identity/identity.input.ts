import { Text } from '../../common/text-arguments';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Role, User } from './user.entity';

@InputType({ description: 'ログインの入力' })
export class LoginInput {
  @Field({ description: 'メールアドレス（ログインID。大文字小文字と前後の空白は問わない）' })
  email!: string;

  @Text('secret')
  @Field({ description: 'パスワード' })
  password!: string;
}

@ObjectType({ description: 'ログインの結果（セッションの Cookie esurety_session が設定される）' })
export class LoginPayload {
  @Field(() => User, { description: 'ログインした利用者' })
  user!: User;
}

@InputType({ description: 'ログアウトの入力' })
export class LogoutInput {
  @Field({ defaultValue: false, description: 'true: この利用者のすべてのセッション（他の端末を含む）を終了する' })
  allSessions: boolean = false;
}

@ObjectType({ description: 'ログアウトの結果' })
export class LogoutPayload {
  @Field(() => User, { description: 'ログアウトした利用者' })
  user!: User;

  @Field(() => Int, { description: '終了したセッションの数（APIトークンで呼んだ場合、allSessions でなければ 0）' })
  endedSessionCount!: number;
}

@InputType({ description: '利用者一覧の絞り込み（省略した条件は絞り込まない）' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: '役割' })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'メールアドレス（部分一致）' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: 無効にした利用者だけ、false: 有効な利用者だけ' })
  disabled?: boolean | null;
}
