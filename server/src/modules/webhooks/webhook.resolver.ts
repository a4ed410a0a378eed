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
  WebhookDeliveryFilter,
  WebhookEndpointFilter,
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
  @Mutation(() => DeleteWebhookEndpointPayload, { description: 'Webhook 送信先を削除する（配信記録も消える）' })
  async deleteWebhookEndpoint(
    @Arg('input', () => DeleteWebhookEndpointInput) input: DeleteWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteWebhookEndpointPayload> {
    return { webhookEndpoint: await ctx.services.webhooks.remove(input.webhookEndpointId) };
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
