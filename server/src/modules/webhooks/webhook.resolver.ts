import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Role } from '../identity/user.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent } from './webhook-event';
import { WebhookService } from './webhook.service';

const WebhookDeliveryConnection = Connection(WebhookDelivery, 'WebhookDelivery', 'Webhook の配信（新しい順）');

@ObjectType({ description: '登録した Webhook の送信先' })
class RegisteredWebhookEndpoint {
  @Field({ description: '署名用の秘密（この応答でだけ返す）。X-Esurety-Signature の検証に使う' })
  secret!: string;

  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;
}

const ORGANISATION_ROLES = [Role.CONTRACTOR, Role.BRANCH_STAFF, Role.ORDERER];
const service = ({ em, user, keyring, config }: Context) => new WebhookService(em, user!, keyring, config);

@Resolver()
export class WebhookResolver {
  @Authorized(...ORGANISATION_ROLES)
  @Query(() => [WebhookEndpoint], { description: '自組織の Webhook 送信先' })
  webhookEndpoints(@Ctx() ctx: Context) {
    return service(ctx).list();
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => RegisteredWebhookEndpoint, { description: 'Webhook 送信先を登録する（自組織の保証契約・申込のイベントだけが送られる）' })
  registerWebhookEndpoint(@Arg('url') url: string, @Arg('events', () => [WebhookEvent]) events: WebhookEvent[], @Ctx() ctx: Context) {
    return service(ctx).register(url, events);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => WebhookEndpoint, { description: 'Webhook 送信先を削除する（配信記録も消える）' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).remove(id);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => WebhookDeliveryConnection, { description: '送信先への配信とその結果（新しい順）' })
  webhookDeliveries(@Arg('endpointId', () => ID) endpointId: string, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return service(ctx).deliveries(endpointId, page);
  }
}
