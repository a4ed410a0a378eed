import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Session } from './session.entity';
import { User } from './user.entity';

@InputType({ description: 'パスワードの変更' })
export class ChangePasswordInput {
  @Field({ description: '現在のパスワード' })
  currentPassword!: string;

  @Field({
    description: '新しいパスワード（12〜256文字。同じ文字だけ、推測されやすいもの、メールアドレスと同じもの、現在と同じものは不可）',
  })
  newPassword!: string;
}

@ObjectType({ description: 'パスワードを変更した結果（この端末以外のセッションは終了している）' })
export class ChangePasswordPayload {
  @Field(() => User, { description: 'パスワードを変更した利用者' })
  user!: User;
}

@InputType({ description: 'パスワード再設定の依頼' })
export class RequestPasswordResetInput {
  @Field({ description: 'ログインに使うメールアドレス' })
  email!: string;
}

/** The one answer to a reset request, whether or not the address is an account's. */
@ObjectType({ description: 'パスワード再設定の受付（登録の有無にかかわらず同じ内容）' })
export class PasswordResetRequest {
  @Field({ description: '依頼されたメールアドレス（正規化したもの）' })
  email!: string;

  @Field(() => Int, { description: '登録されたアドレスなら届くリンクの有効期間（分）' })
  linkValidMinutes!: number;
}

@ObjectType({ description: 'パスワード再設定の依頼の結果' })
export class RequestPasswordResetPayload {
  @Field(() => PasswordResetRequest, { description: '受付の内容' })
  passwordResetRequest!: PasswordResetRequest;
}

@InputType({ description: 'セッション一覧の絞り込み（省略した条件は絞り込まない）' })
export class SessionFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: この端末のセッションだけ、false: 他の端末のセッションだけ' })
  current?: boolean | null;
}

@InputType({ description: 'セッションの終了（他の端末のログアウト）' })
export class RevokeSessionInput {
  @Field(() => ID, { description: '終了するセッションのID' })
  sessionId!: string;
}

@ObjectType({ description: 'セッションを終了した結果' })
export class RevokeSessionPayload {
  @Field(() => Session, { description: '終了したセッション（その端末は次のリクエストでログアウトされる）' })
  session!: Session;
}
