import { Field, ID, InputType, ObjectType } from 'type-graphql';
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
  @Field(() => WebhookEndpoint, { description: '削除した送信先（削除前の内容）' })
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
