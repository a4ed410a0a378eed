import { unseal, type Keyring } from '../../common/secrets';
import type { Orm } from '../../db/orm';
import { MAX_ATTEMPTS, retryDelayMs } from '../notifications/outbox-worker';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { signatureHeader, SIGNATURE_HEADER } from './webhook-signature';
import { previousSecretContext } from './webhook-endpoint.entity';
import { fetch, type Dispatcher } from 'undici';
import { isInternalHost, publicOnlyAgent, type Resolve } from './webhook-destination';
import { createLogger, type Logger } from '../../common/logger';

const TIMEOUT_MS = 10_000;

/**
 * Delivers queued webhook events: POST with the JSON payload, signed; a 2xx is delivered,
 * anything else is retried with exponential backoff (as e-mails are) until MAX_ATTEMPTS. Claims
 * each delivery with a conditional update, so several server processes can run workers.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly keyring: Keyring,
    /** In production: refuse a destination that is, or resolves to, an internal address. */
    private readonly options: { refuseInternal: boolean; resolve?: Resolve; logger?: Logger } = { refuseInternal: false },
  ) {
    this.dispatcher = options.refuseInternal ? publicOnlyAgent(options.resolve) : undefined;
    this.logger = options.logger ?? createLogger({ logLevel: 'info' });
  }

  private readonly logger: Logger;

  private readonly dispatcher: Dispatcher | undefined;

  start(intervalMs = 5_000) {
    this.timer = setInterval(() => void this.drain().catch((err) => this.logger.error({ err }, 'webhook worker failed')), intervalMs);
    this.timer.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.dispatcher?.close();
  }

  /** Attempts every delivery that is due; returns how many were delivered. */
  drain(now = new Date()): Promise<number> {
    this.running ??= this.deliverDue(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliverDue(now: Date): Promise<number> {
    const em = this.orm.em.fork();
    const due = await em.find(
      WebhookDelivery,
      // A paused endpoint's deliveries wait for it to resume.
      { status: WebhookDeliveryStatus.PENDING, nextAttemptAt: { $lte: now }, endpoint: { pausedAt: null, deletedAt: null } },
      {
        populate: ['endpoint', 'endpoint.secretCiphertext', 'endpoint.previousSecretCiphertext'],
        orderBy: { createdAt: 'asc' },
        limit: 50,
      },
    );
    let delivered = 0;
    for (const delivery of due) {
      const attempts = delivery.attempts + 1;
      const claimed = await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id, status: WebhookDeliveryStatus.PENDING, attempts: delivery.attempts },
        { attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
      );
      if (claimed !== 1) continue;
      const outcome = await this.post(delivery);
      if (outcome.ok) delivered++;
      await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id },
        {
          status: outcome.ok
            ? WebhookDeliveryStatus.DELIVERED
            : attempts >= MAX_ATTEMPTS
              ? WebhookDeliveryStatus.FAILED
              : WebhookDeliveryStatus.PENDING,
          lastStatusCode: outcome.status,
          lastError: outcome.ok ? null : outcome.error.slice(0, 1000),
          deliveredAt: outcome.ok ? new Date() : null,
        },
      );
    }
    return delivered;
  }

  private async post(
    delivery: WebhookDelivery,
  ): Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }> {
    const { endpoint } = delivery;
    const body = JSON.stringify(delivery.payload);
    if (this.options.refuseInternal && isInternalHost(new URL(endpoint.url).hostname)) {
      return { ok: false, status: null, error: '送信先が内部のアドレスを指しているため送信しません。' };
    }
    try {
      // Inside the try: a secret that can't be opened fails this delivery, not the whole batch.
      const key = this.keyring.webhookSecretEncryption;
      // During a rotation's overlap, the previous secret signs too (a second v1).
      const secrets = [unseal(key, endpoint.id, endpoint.secretCiphertext)];
      if (endpoint.previousSecretLive()) secrets.push(unseal(key, previousSecretContext(endpoint.id), endpoint.previousSecretCiphertext!));
      const response = await fetch(endpoint.url, {
        dispatcher: this.dispatcher,
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'esurety-webhooks/1',
          'x-esurety-event': delivery.event,
          'x-esurety-delivery': delivery.id,
          'x-esurety-event-id': delivery.eventId,
          [SIGNATURE_HEADER]: signatureHeader(secrets, body, Math.floor(Date.now() / 1000)),
        },
        body,
      });
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
      return { ok: false, status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      // fetch says "fetch failed"; what went wrong (refused address, timeout…) is its cause.
      const { message, cause } = error as Error & { cause?: Error };
      return { ok: false, status: null, error: String(cause?.message ?? message) };
    }
  }
}
