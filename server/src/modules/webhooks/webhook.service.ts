import { randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/pagination';
import { seal, type Keyring } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import type { SignedInActor } from '../identity/actor';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEvent } from './webhook-event';
import type { WebhookDeliveryFilter, WebhookEndpointFilter } from './webhook.input';
import type { FilterQuery } from '@mikro-orm/core';
import { isInternalHost } from './webhook-destination';

const MAX_ENDPOINTS = 10;

/** An organisation's webhook endpoints: registered, listed and removed by its users. */
export class WebhookService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: SignedInActor,
    private readonly keyring: Keyring,
    private readonly config: Pick<Config, 'env'>,
  ) {}

  private get organisationId(): string {
    const organisation = this.actor.organisation;
    if (!organisation) throw new ForbiddenError('Webhook は組織に属する利用者だけが登録できます。');
    return organisation.id;
  }

  /** The organisation's endpoints, newest first; `event` keeps those subscribed to it. */
  async list(filter: WebhookEndpointFilter | null | undefined, page: PageArgs) {
    const where: FilterQuery<WebhookEndpoint> = { organisationId: this.organisationId };
    if (filter?.event) {
      // The events are a JSON array: look through the organisation's few endpoints (at most
      // MAX_ENDPOINTS) here, alike on both databases.
      const endpoints = await this.em.find(WebhookEndpoint, where, { fields: ['id', 'events'] });
      where.id = { $in: endpoints.filter((e) => e.events.includes(filter.event!)).map((e) => e.id) };
    }
    return paginate(this.em, WebhookEndpoint, where, page);
  }

  async register(url: string, events: WebhookEvent[]): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const organisationId = this.organisationId;
    const target = this.checkUrl(url);
    if (!events.length) throw new BadUserInputError('input.events', '通知するイベントを1つ以上選んでください。');
    if ((await this.em.count(WebhookEndpoint, { organisationId })) >= MAX_ENDPOINTS) {
      throw new ConflictError(`Webhook の送信先は1組織${MAX_ENDPOINTS}件までです。`);
    }
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const endpoint = this.em.create(WebhookEndpoint, {
      organisationId,
      url: target,
      events: [...new Set(events)],
      secretCiphertext: '',
      createdBy: this.actor.user,
    });
    endpoint.secretCiphertext = seal(this.keyring.webhookSecretEncryption, endpoint.id, secret);
    await this.em.flush();
    return { endpoint, secret };
  }

  async remove(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.own(id);
    await this.em.remove(endpoint).flush();
    return endpoint;
  }

  /** Deliveries to the organisation's endpoints (or to one of them), newest first. */
  async deliveries(filter: WebhookDeliveryFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<WebhookDelivery>[] = [];
    if (filter?.webhookEndpointId) conditions.push({ endpoint: (await this.own(filter.webhookEndpointId)).id });
    else conditions.push({ endpoint: { organisationId: this.organisationId } });
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.event) conditions.push({ event: filter.event });
    return paginate(this.em, WebhookDelivery, { $and: conditions }, page);
  }

  private async own(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.em.findOne(WebhookEndpoint, { id, organisationId: this.organisationId });
    if (!endpoint) throw new NotFoundError('Webhook の送信先が見つかりません。');
    return endpoint;
  }

  /**
   * HTTPS only, and never to this machine or a private network in production (the server must
   * not be made to call its own neighbours). Outside production http://localhost is allowed, so
   * that a receiver can run next to a development server.
   */
  private checkUrl(input: string): string {
    let url: URL;
    try {
      url = new URL(input.trim());
    } catch {
      throw new BadUserInputError('input.url', '送信先URLが正しくありません。');
    }
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    const production = this.config.env === 'production';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local && !production)) {
      throw new BadUserInputError('input.url', '送信先URLは https:// で始まるものにしてください。');
    }
    if (production && (local || isInternalHost(url.hostname))) {
      throw new BadUserInputError('input.url', '送信先URLに内部のアドレスは指定できません。');
    }
    if (url.username || url.password || url.toString().length > 500) {
      throw new BadUserInputError('input.url', '送信先URLは500文字以内で、認証情報を含めないでください。');
    }
    return url.toString();
  }
}
