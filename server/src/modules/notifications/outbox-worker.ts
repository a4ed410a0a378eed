import nodemailer, { type Transporter } from 'nodemailer';
import type { Orm } from '../../db/orm';
import { onQueueCommit } from '../../common/queue-signal';
import { createLogger, type Logger } from '../../common/logger';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;

/** 30 s, 1 min, 2 min, … between attempts, at most 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** (attempts - 1), 3600_000);
}

/**
 * Sends what the outbox holds through SMTP. Each message is claimed with a conditional update, so
 * several server processes can run workers on one database without sending a message twice. A
 * commit that queues a message wakes the worker (within a second of the commit, not at the next
 * poll). One relay receives every message, so they go one at a time, oldest first.
 */
export class OutboxWorker {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private runAgain = false;
  private stopListening: (() => Promise<void>) | null = null;

  constructor(
    private readonly orm: Orm,
    smtpUrl: string,
    private readonly from: string,
    private readonly logger: Logger = createLogger({ logLevel: 'info' }),
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  /** Sends on every commit that queues a message (onQueueCommit), and polls every `intervalMs` for retries. */
  async start(intervalMs = 5_000) {
    this.timer = setInterval(() => this.wake(), intervalMs);
    this.timer.unref();
    this.stopListening = await onQueueCommit(this.orm, 'mail', () => this.wake());
  }

  /** Sends what is due, now or right after the run in progress (which may have missed it). */
  wake() {
    if (this.running) {
      this.runAgain = true;
      return;
    }
    void this.drain()
      .catch((err) => this.logger.error({ err }, 'outbox worker failed'))
      .finally(() => {
        if (!this.runAgain) return;
        this.runAgain = false;
        this.wake();
      });
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.stopListening?.();
    await this.running;
    this.transport.close();
  }

  /** Sends every message that is due; returns how many were sent. */
  drain(now = new Date()): Promise<number> {
    this.running ??= this.sendDue(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sendDue(now: Date): Promise<number> {
    const em = this.orm.em.fork();
    const due = await em.find(
      OutboxMessage,
      { status: OutboxStatus.PENDING, nextAttemptAt: { $lte: now } },
      { orderBy: { createdAt: 'asc' }, limit: 50 },
    );
    let sent = 0;
    for (const message of due) {
      // Claim it: push its next attempt into the future unless another worker already did.
      const claimed = await em.nativeUpdate(
        OutboxMessage,
        { id: message.id, status: OutboxStatus.PENDING, attempts: message.attempts },
        { attempts: message.attempts + 1, nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts + 1)) },
      );
      if (claimed !== 1) continue;
      const attempts = message.attempts + 1;
      try {
        await this.transport.sendMail({
          from: this.from,
          to: message.to,
          subject: message.subject,
          text: message.body,
          messageId: message.messageId,
        });
        await em.nativeUpdate(OutboxMessage, { id: message.id }, { status: OutboxStatus.SENT, sentAt: new Date(), lastError: null });
        sent++;
      } catch (error) {
        const failed = attempts >= MAX_ATTEMPTS;
        await em.nativeUpdate(
          OutboxMessage,
          { id: message.id },
          { status: failed ? OutboxStatus.FAILED : OutboxStatus.PENDING, lastError: String((error as Error).message).slice(0, 1000) },
        );
      }
    }
    return sent;
  }
}
