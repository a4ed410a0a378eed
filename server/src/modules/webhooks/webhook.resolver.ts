import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Role } from '../identity/user.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import {
  DeleteWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  RegisterWebhookEndpointInput,
  RegisterWebhookEndpointPayload,
  PingWebhookEndpointPayload,
  RedeliverWebhookDeliveryInput,
  RedeliverWebhookDeliveryPayload,
  RotateWebhookSecretInput,
  RotateWebhookSecretPayload,
  WebhookDeliveryFilter,
  WebhookEndpointFilter,
  PauseWebhookEndpointInput,
  PauseWebhookEndpointPayload,
  PingWebhookEndpointInput,
  ResumeWebhookEndpointInput,
  ResumeWebhookEndpointPayload,
} from './webhook.input';

const WebhookEndpointConnection = Connection(WebhookEndpoint, 'WebhookEndpoint', 'Webhook の送信先（新しい順）');
const WebhookDeliveryConnection = Connection(WebhookDelivery, 'WebhookDelivery', 'Webhook の配信（新しい順）');

const ORGANISATION_ROLES = [Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ORDERER];

@Resolver()
export class WebhookResolver {
  @Authorized(...ORGANISATION_ROLES)
  @Query(() => WebhookEndpointConnection, { description: '自組織の Webhook 送信先（新しい順）' })
  webhookEndpoints(
    @Arg('filter', () => WebhookEndpointFilter, { nullable: true }) filter: WebhookEndpointFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.list(filter, page);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => RegisterWebhookEndpointPayload, {
    description: 'Webhook 送信先を登録する（自組織の保証契約・申込のイベントだけが送られる。1組織10件まで、超えると CONFLICT）',
  })
  async registerWebhookEndpoint(
    @Arg('input', () => RegisterWebhookEndpointInput) input: RegisterWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<RegisterWebhookEndpointPayload> {
    const { endpoint, secret } = await ctx.services.webhooks.register(input.url, input.events);
    return { webhookEndpoint: endpoint, secret };
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description:
      'Webhook 送信先を削除する（以後は何も送らない。配信待ちは FAILED にする。配信記録は監査のため残り、webhookDeliveries で読める）',
  })
  async deleteWebhookEndpoint(
    @Arg('input', () => DeleteWebhookEndpointInput) input: DeleteWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteWebhookEndpointPayload> {
    return { webhookEndpoint: await ctx.services.webhooks.remove(input.webhookEndpointId) };
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => PauseWebhookEndpointPayload, {
    description:
      'Webhook 送信先を一時停止する（停止中の新しいイベントは送らず、配信待ちは再開まで待つ）。停止中にもう一度呼んでも変わらない',
  })
  async pauseWebhookEndpoint(
    @Arg('input', () => PauseWebhookEndpointInput) input: PauseWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<PauseWebhookEndpointPayload> {
    return { webhookEndpoint: await ctx.services.webhooks.pause(input.webhookEndpointId) };
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => ResumeWebhookEndpointPayload, { description: '一時停止した Webhook 送信先を再開する（待っていた配信を送る）' })
  async resumeWebhookEndpoint(
    @Arg('input', () => ResumeWebhookEndpointInput) input: ResumeWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<ResumeWebhookEndpointPayload> {
    return { webhookEndpoint: await ctx.services.webhooks.resume(input.webhookEndpointId) };
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => RotateWebhookSecretPayload, {
    description:
      'Webhook の署名用シークレットを新しくする（新しい値はこの応答でだけ返す）。overlapHours の間は前のシークレットでも署名し、X-Esurety-Signature に v1 が2つ並ぶ',
  })
  async rotateWebhookSecret(
    @Arg('input', () => RotateWebhookSecretInput) input: RotateWebhookSecretInput,
    @Ctx() ctx: Context,
  ): Promise<RotateWebhookSecretPayload> {
    const { endpoint, secret } = await ctx.services.webhooks.rotateSecret(input.webhookEndpointId, input.overlapHours ?? undefined);
    return { webhookEndpoint: endpoint, secret };
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => PingWebhookEndpointPayload, {
    description: 'Webhook 送信先にテストのイベント（PING）を送る。一時停止中・削除済みは CONFLICT',
  })
  async pingWebhookEndpoint(
    @Arg('input', () => PingWebhookEndpointInput) input: PingWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<PingWebhookEndpointPayload> {
    return { webhookDelivery: await ctx.services.webhooks.ping(input.webhookEndpointId) };
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => RedeliverWebhookDeliveryPayload, {
    description:
      '過去の配信をもう一度送る（新しい配信として。イベントIDとペイロードは元のまま）。配信待ちのもの、一時停止中・削除済みの送信先のものは CONFLICT',
  })
  async redeliverWebhookDelivery(
    @Arg('input', () => RedeliverWebhookDeliveryInput) input: RedeliverWebhookDeliveryInput,
    @Ctx() ctx: Context,
  ): Promise<RedeliverWebhookDeliveryPayload> {
    return { webhookDelivery: await ctx.services.webhooks.redeliver(input.webhookDeliveryId) };
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => WebhookDeliveryConnection, {
    description: '自組織の送信先への配信とその結果（新しい順）。filter.webhookEndpointId で1つの送信先に絞る',
  })
  webhookDeliveries(
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true }) filter: WebhookDeliveryFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.deliveries(filter, page);
  }
}
