import { unseal, type Keyring } from '../../common/secrets';
import type { EntityManager, Orm } from '../../db/orm';
import { onQueueCommit } from '../../common/queue-signal';
import { MAX_ATTEMPTS, retryDelayMs } from '../notifications/outbox-worker';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { signatureHeader, SIGNATURE_HEADER } from './webhook-signature';
import { previousSecretContext } from './webhook-endpoint.entity';
import { fetch, type Dispatcher } from 'undici';
import { isInternalHost, publicOnlyAgent, type Resolve } from './webhook-destination';
import { createLogger, type Logger } from '../../common/logger';

/** How long a delivery waits for the receiver's answer (ms) before it counts as failed and is retried. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/**
 * Deliveries in flight to one endpoint (per process): a slow receiver holds at most these, and a
 * receiver gets its events in the order they happened (until one needs a retry).
 */
export const MAX_IN_FLIGHT_PER_ENDPOINT = 1;
/** Deliveries in flight in all (per process). */
const MAX_IN_FLIGHT = 32;
/** Due deliveries read at a time. */
const READ_LIMIT = 100;

/**
 * Delivers queued webhook events: POST with the JSON payload, signed; a 2xx is delivered,
 * anything else is retried with exponential backoff (as e-mails are) until MAX_ATTEMPTS. Claims
 * each delivery with a conditional update, so several server processes can run workers.
 *
 * A commit that queues a delivery wakes the worker (onQueueCommit), which polls as well. Each
 * endpoint is a lane of its own with at most MAX_IN_FLIGHT_PER_ENDPOINT deliveries in flight: a
 * receiver that is slow, or never answers, delays only its own deliveries, never another
 * organisation's, and the due deliveries of an endpoint at its bound are not even read.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private readonly inFlight = new Map<string, number>();
  private readonly deliveries = new Set<Promise<unknown>>();
  private selecting: Promise<Promise<boolean>[]> | null = null;
  private selectAgain = false;
  private stopped = false;
  /** Deliveries this worker has made (drain reports the difference). */
  private delivered = 0;

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

  /** Delivers on every commit that queues a delivery, and polls every `intervalMs` for retries. */
  async start(intervalMs = 5_000) {
    this.timer = setInterval(() => this.wake(), intervalMs);
    this.timer.unref();
    this.stopListening = await onQueueCommit(this.orm, 'webhooks', () => this.wake());
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.stopListening?.();
    while (this.selecting || this.deliveries.size) {
      await Promise.allSettled([this.selecting, ...this.deliveries]);
    }
    await this.dispatcher?.close();
  }

  /** Starts what is due now, without waiting for it (a wake during a selection runs one more after it). */
  wake() {
    if (this.stopped) return;
    if (this.selecting) {
      this.selectAgain = true;
      return;
    }
    void this.select(new Date()).catch((err) => this.logger.error({ err }, 'webhook worker failed'));
  }

  /**
   * Attempts every delivery that is due at `now`, lane after lane, and waits for them; returns how
   * many were delivered.
   */
  async drain(now = new Date()): Promise<number> {
    const before = this.delivered;
    for (;;) {
      while (this.selecting) await this.selecting.catch(() => []);
      const started = await this.select(now);
      if (started.length) await Promise.all(started);
      else if (this.deliveries.size) await Promise.race(this.deliveries);
      else return this.delivered - before;
    }
  }

  /** Claims and starts the due deliveries that have room in their endpoint's lane. */
  private async select(now: Date): Promise<Promise<boolean>[]> {
    const selection = this.startDue(now);
    this.selecting = selection;
    try {
      return await selection;
    } finally {
      this.selecting = null;
      if (this.selectAgain) {
        this.selectAgain = false;
        this.wake();
      }
    }
  }

  private async startDue(now: Date): Promise<Promise<boolean>[]> {
    const total = () => [...this.inFlight.values()].reduce((a, b) => a + b, 0);
    if (total() >= MAX_IN_FLIGHT) return [];
    const full = [...this.inFlight].filter(([, n]) => n >= MAX_IN_FLIGHT_PER_ENDPOINT).map(([id]) => id);
    const em = this.orm.em.fork();
    const due = await em.find(
      WebhookDelivery,
      // A paused (or deleted) endpoint's deliveries wait for it to resume; full lanes wait their turn.
      {
        status: WebhookDeliveryStatus.PENDING,
        nextAttemptAt: { $lte: now },
        endpoint: { pausedAt: null, deletedAt: null, ...(full.length ? { id: { $nin: full } } : {}) },
      },
      {
        populate: ['endpoint', 'endpoint.secretCiphertext', 'endpoint.previousSecretCiphertext'],
        orderBy: { createdAt: 'asc' },
        limit: READ_LIMIT,
      },
    );
    const started: Promise<boolean>[] = [];
    for (const delivery of due) {
      const endpointId = delivery.endpoint.id;
      const lane = this.inFlight.get(endpointId) ?? 0;
      if (total() >= MAX_IN_FLIGHT) break;
      if (lane >= MAX_IN_FLIGHT_PER_ENDPOINT) {
        // Its lane filled while reading: the rows after these may be other endpoints' (a busy
        // endpoint's backlog can fill a whole read), so read again, without the full lanes.
        if (due.length === READ_LIMIT) this.selectAgain = true;
        continue;
      }
      this.inFlight.set(endpointId, lane + 1);
      const attempt = this.attempt(em, delivery, now)
        .catch((err: unknown) => {
          this.logger.error({ err, deliveryId: delivery.id }, 'webhook delivery failed');
          return false;
        })
        .finally(() => {
          const left = (this.inFlight.get(endpointId) ?? 1) - 1;
          if (left > 0) this.inFlight.set(endpointId, left);
          else this.inFlight.delete(endpointId);
          this.deliveries.delete(attempt);
          // Room in the lane: the endpoint's next due delivery may go.
          if (lane + 1 >= MAX_IN_FLIGHT_PER_ENDPOINT) this.wake();
        });
      this.deliveries.add(attempt);
      started.push(attempt);
    }
    return started;
  }

  /** Claims one delivery (unless another worker did), posts it and records the outcome; true if delivered. */
  private async attempt(em: EntityManager, delivery: WebhookDelivery, now: Date): Promise<boolean> {
    const attempts = delivery.attempts + 1;
    const claimed = await em.nativeUpdate(
      WebhookDelivery,
      { id: delivery.id, status: WebhookDeliveryStatus.PENDING, attempts: delivery.attempts },
      { attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
    );
    if (claimed !== 1) return false;
    const outcome = await this.post(delivery);
    if (outcome.ok) this.delivered++;
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
    return outcome.ok;
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
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
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
