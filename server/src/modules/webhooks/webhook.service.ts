import { randomBytes, randomUUID } from 'node:crypto';
import type { Config } from '../../config';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/pagination';
import { seal, unseal, type Keyring } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import type { SignedInActor } from '../identity/actor';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { previousSecretContext, WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent as WebhookEventName, type WebhookEvent } from './webhook-event';
import { webhookPayload } from './webhook-events';
import type { WebhookDeliveryFilter, WebhookEndpointFilter } from './webhook.input';
import type { FilterQuery } from '@mikro-orm/core';
import { isInternalHost } from './webhook-destination';

const MAX_ENDPOINTS = 10;
/** How long the previous secret keeps signing after a rotation, unless told (hours). */
export const DEFAULT_ROTATION_OVERLAP_HOURS = 24;
export const MAX_ROTATION_OVERLAP_HOURS = 7 * 24;

/** A new signing secret, from crypto randomness. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * An organisation's webhook endpoints: registered, listed, paused and resumed, given a new secret,
 * pinged and (softly) deleted by its users; their deliveries listed and sent again.
 */
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
    const where: FilterQuery<WebhookEndpoint> = { organisationId: this.organisationId, deletedAt: null };
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
    if (events.includes(WebhookEventName.PING)) {
      throw new BadUserInputError('input.events', 'PING は購読できません（pingWebhookEndpoint で送ります）。');
    }
    if ((await this.em.count(WebhookEndpoint, { organisationId, deletedAt: null })) >= MAX_ENDPOINTS) {
      throw new ConflictError(`Webhook の送信先は1組織${MAX_ENDPOINTS}件までです。`);
    }
    const secret = newSecret();
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

  /**
   * Soft delete: the endpoint gets nothing more and leaves the lists, but its deliveries stay
   * (the audit trail); those still waiting are given up (FAILED).
   */
  async remove(id: string, now = new Date()): Promise<WebhookEndpoint> {
    const endpoint = await this.own(id);
    endpoint.delete(now);
    await this.em.transactional(async (tx) => {
      await tx.nativeUpdate(
        WebhookDelivery,
        { endpoint: endpoint.id, status: WebhookDeliveryStatus.PENDING },
        { status: WebhookDeliveryStatus.FAILED, lastError: '送信先が削除されたため送信しません。' },
      );
      await tx.flush();
    });
    return endpoint;
  }

  /** Stops deliveries to the endpoint: new events are not queued for it, queued ones wait. */
  async pause(id: string, now = new Date()): Promise<WebhookEndpoint> {
    const endpoint = await this.own(id);
    endpoint.pause(now);
    await this.em.flush();
    return endpoint;
  }

  /** Delivers again: what was queued before the pause goes out, new events are queued. */
  async resume(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.own(id);
    endpoint.resume();
    await this.em.flush();
    return endpoint;
  }

  /**
   * A new signing secret, shown once. For `overlapHours` (0–168) the previous one signs too: each
   * delivery carries a v1 signature by each, so a receiver can switch secrets without losing one.
   */
  async rotateSecret(id: string, overlapHours = DEFAULT_ROTATION_OVERLAP_HOURS, now = new Date()) {
    if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > MAX_ROTATION_OVERLAP_HOURS) {
      throw new BadUserInputError('input.overlapHours', `重複期間は0〜${MAX_ROTATION_OVERLAP_HOURS}時間の整数で指定してください。`);
    }
    const endpoint = await this.own(id, { populate: ['secretCiphertext'] });
    const key = this.keyring.webhookSecretEncryption;
    const current = unseal(key, endpoint.id, endpoint.secretCiphertext);
    const secret = newSecret();
    endpoint.secretCiphertext = seal(key, endpoint.id, secret);
    if (overlapHours > 0) {
      endpoint.previousSecretCiphertext = seal(key, previousSecretContext(endpoint.id), current);
      endpoint.previousSecretExpiresAt = new Date(now.getTime() + overlapHours * 3600_000);
    } else {
      endpoint.previousSecretCiphertext = null;
      endpoint.previousSecretExpiresAt = null;
    }
    await this.em.flush();
    return { endpoint, secret };
  }

  /** Queues a PING event for the endpoint (the worker sends it as any other event). */
  async ping(id: string): Promise<WebhookDelivery> {
    const endpoint = await this.own(id);
    this.mustBeActive(endpoint);
    const eventId = randomUUID();
    const delivery = this.em.create(WebhookDelivery, {
      endpoint,
      eventId,
      event: WebhookEventName.PING,
      payload: webhookPayload(eventId, WebhookEventName.PING, { webhookEndpoint: { id: endpoint.id, url: endpoint.url } }),
    });
    await this.em.flush();
    return delivery;
  }

  /**
   * Sends a past delivery again: a new delivery with the same event id and payload (receivers
   * that deduplicate by event id see the same event), `redeliveryOf` the old one.
   */
  async redeliver(deliveryId: string): Promise<WebhookDelivery> {
    const original = await this.em.findOne(
      WebhookDelivery,
      { id: deliveryId, endpoint: { organisationId: this.organisationId } },
      { populate: ['endpoint'] },
    );
    if (!original) throw new NotFoundError('Webhook の配信が見つかりません。');
    this.mustBeActive(original.endpoint);
    if (original.status === WebhookDeliveryStatus.PENDING) {
      throw new ConflictError('この配信はまだ配信待ちです。結果が出てから再送してください。');
    }
    const delivery = this.em.create(WebhookDelivery, {
      endpoint: original.endpoint,
      eventId: original.eventId,
      event: original.event,
      payload: original.payload,
      redeliveryOf: original.id,
    });
    await this.em.flush();
    return delivery;
  }

  private mustBeActive(endpoint: WebhookEndpoint) {
    if (endpoint.deletedAt) throw new ConflictError('削除された送信先には送れません。');
    if (endpoint.pausedAt) throw new ConflictError('一時停止中の送信先には送れません。再開してからお試しください。');
  }

  /** Deliveries to the organisation's endpoints (or to one of them), newest first. */
  async deliveries(filter: WebhookDeliveryFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<WebhookDelivery>[] = [];
    // A deleted endpoint's deliveries stay readable (the audit trail).
    if (filter?.webhookEndpointId) conditions.push({ endpoint: (await this.own(filter.webhookEndpointId, { deleted: true })).id });
    else conditions.push({ endpoint: { organisationId: this.organisationId } });
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.event) conditions.push({ event: filter.event });
    return paginate(this.em, WebhookDelivery, { $and: conditions }, page);
  }

  /** One of the organisation's endpoints; a deleted one only if `deleted` says so. */
  private async own(id: string, options: { deleted?: boolean; populate?: ['secretCiphertext'] } = {}): Promise<WebhookEndpoint> {
    const where: FilterQuery<WebhookEndpoint> = { id, organisationId: this.organisationId };
    if (!options.deleted) where.deletedAt = null;
    const endpoint = await this.em.findOne(WebhookEndpoint, where, { populate: options.populate ?? [] });
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
