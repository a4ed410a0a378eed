import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent } from './webhook-event';

@InputType({ description: 'Webhook 送信先の登録の入力' })
export class RegisterWebhookEndpointInput {
  @Field({ description: '送信先URL（https://、500文字以内。本番では内部のアドレスは不可）' })
  url!: string;

  @Field(() => [WebhookEvent], { description: '通知するイベント（1つ以上）' })
  events!: WebhookEvent[];
}

@ObjectType({ description: 'Webhook 送信先の登録の結果' })
export class RegisterWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: '登録した送信先' })
  webhookEndpoint!: WebhookEndpoint;

  @Field({ description: '署名用の秘密（この応答でだけ返す）。X-Esurety-Signature の検証に使う' })
  secret!: string;
}

@InputType({ description: 'Webhook 送信先の削除の入力' })
export class DeleteWebhookEndpointInput {
  @Field(() => ID, { description: '削除する自組織の送信先' })
  webhookEndpointId!: string;
}

@ObjectType({ description: 'Webhook 送信先の削除の結果' })
export class DeleteWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: '削除した送信先（deletedAt つき。配信記録は残る）' })
  webhookEndpoint!: WebhookEndpoint;
}

@InputType({ description: 'Webhook 送信先一覧の絞り込み（省略した条件は絞り込まない）' })
export class WebhookEndpointFilter {
  @Field(() => WebhookEvent, { nullable: true, description: 'このイベントを通知する送信先' })
  event?: WebhookEvent | null;
}

@InputType({ description: 'Webhook 配信一覧の絞り込み（省略した条件は絞り込まない）' })
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true, description: '送信先（自組織のもの。省略すると自組織のすべての送信先）' })
  webhookEndpointId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: '状態' })
  status?: WebhookDeliveryStatus | null;

  @Field(() => WebhookEvent, { nullable: true, description: 'イベント' })
  event?: WebhookEvent | null;
}

@InputType({ description: 'Webhook 送信先の一時停止の入力' })
export class PauseWebhookEndpointInput {
  @Field(() => ID, { description: '一時停止する自組織の送信先' })
  webhookEndpointId!: string;
}

@ObjectType({ description: 'Webhook 送信先の一時停止の結果' })
export class PauseWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: '一時停止した送信先（pausedAt つき）' })
  webhookEndpoint!: WebhookEndpoint;
}

@InputType({ description: 'Webhook 送信先の再開の入力' })
export class ResumeWebhookEndpointInput {
  @Field(() => ID, { description: '再開する自組織の送信先' })
  webhookEndpointId!: string;
}

@ObjectType({ description: 'Webhook 送信先の再開の結果' })
export class ResumeWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: '再開した送信先' })
  webhookEndpoint!: WebhookEndpoint;
}

@InputType({ description: 'Webhook のテスト送信の入力' })
export class PingWebhookEndpointInput {
  @Field(() => ID, { description: 'テストのイベントを送る自組織の送信先' })
  webhookEndpointId!: string;
}

@InputType({ description: 'Webhook 署名用シークレットの更新の入力' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: '自組織の送信先' })
  webhookEndpointId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '重複期間（前のシークレットでも署名し続ける時間数、0〜168、省略すると24）。その間は両方の署名（v1 が2つ）を送る',
  })
  overlapHours?: number | null;
}

@ObjectType({ description: 'Webhook 署名用シークレットの更新の結果' })
export class RotateWebhookSecretPayload {
  @Field(() => WebhookEndpoint, { description: '送信先（previousSecretExpiresAt が重複期間の終わり）' })
  webhookEndpoint!: WebhookEndpoint;

  @Field({ description: '新しい署名用シークレット（この応答でだけ返す）' })
  secret!: string;
}

@ObjectType({ description: 'Webhook のテスト送信の結果' })
export class PingWebhookEndpointPayload {
  @Field(() => WebhookDelivery, { description: 'PING イベントの配信（配信待ちで作られ、数秒のうちに送られる）' })
  webhookDelivery!: WebhookDelivery;
}

@InputType({ description: 'Webhook 配信の再送の入力' })
export class RedeliverWebhookDeliveryInput {
  @Field(() => ID, { description: '再送する自組織の配信（配信待ちでないもの）' })
  webhookDeliveryId!: string;
}

@ObjectType({ description: 'Webhook 配信の再送の結果' })
export class RedeliverWebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { description: '新しい配信（同じイベントID・同じペイロード、redeliveryOf が元の配信）' })
  webhookDelivery!: WebhookDelivery;
}
