import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './logger';

/** A queue's state, read from the database when Prometheus scrapes. */
export interface QueueBacklog {
  /** Waiting to be sent (including retries that wait). */
  pending: number;
  /** Given up after every retry: needs an operator (`esurety outbox retry`). */
  failed: number;
  /** When the oldest pending item was written, or null if none waits. */
  oldestPendingAt: Date | null;
}

/** Notified by the guess limits (verification keys, passwords): counts only, never the key or address. */
export interface GuessObserver {
  failed(policy: string): void;
  locked(policy: string): void;
  refused(policy: string): void;
}

/**
 * The server's Prometheus metrics, on a registry of its own (one per app). Labels are bounded by
 * the schema and the error contract: never a user, an organisation, an address or a number.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly queues = new Map<string, () => Promise<QueueBacklog>>();

  readonly graphqlRequests = new Counter({
    name: 'esurety_graphql_requests_total',
    help: 'GraphQL requests by operation (root field) and outcome (OK or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'esurety_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'esurety_graphql_errors_total',
    help: 'GraphQL errors by code of the error contract (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, RATE_LIMITED, INTERNAL)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly guessFailures = new Counter({
    name: 'esurety_guess_failures_total',
    help: 'Wrong secrets presented: policy="verify" (number + key), policy="login" (password)',
    labelNames: ['policy'] as const,
    registers: [this.registry],
  });

  readonly guessLocks = new Counter({
    name: 'esurety_guess_locks_total',
    help: 'Locks imposed after too many failures in a row (a contract number, an e-mail address)',
    labelNames: ['policy'] as const,
    registers: [this.registry],
  });

  readonly guessRefusals = new Counter({
    name: 'esurety_guess_refused_total',
    help: 'Attempts refused unchecked because the number, the account or the address was locked',
    labelNames: ['policy'] as const,
    registers: [this.registry],
  });

  readonly guessObserver: GuessObserver = {
    failed: (policy) => this.guessFailures.inc({ policy }),
    locked: (policy) => this.guessLocks.inc({ policy }),
    refused: (policy) => this.guessRefusals.inc({ policy }),
  };

  constructor(private readonly logger?: Logger) {
    collectDefaultMetrics({ register: this.registry, prefix: 'esurety_' });
    const readQueues = () => this.readQueues();
    const backlog = new Gauge({
      name: 'esurety_queue_backlog',
      help: 'Items waiting in a queue (queue="outbox": e-mails, queue="webhook": deliveries), read from the database at scrape time: the same for every server on one database',
      labelNames: ['queue', 'status'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [queue, read] of await readQueues()) {
          this.set({ queue, status: 'PENDING' }, read.pending);
          this.set({ queue, status: 'FAILED' }, read.failed);
        }
      },
    });
    void backlog;
    const oldest = new Gauge({
      name: 'esurety_queue_oldest_pending_age_seconds',
      help: 'Age of the oldest pending item of a queue (0 when none waits), read from the database at scrape time',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const now = Date.now();
        for (const [queue, read] of await readQueues()) {
          this.set({ queue }, read.oldestPendingAt ? Math.max(0, (now - read.oldestPendingAt.getTime()) / 1000) : 0);
        }
      },
    });
    void oldest;
  }

  /** Adds a queue whose backlog is read at scrape time. */
  addQueue(name: string, read: () => Promise<QueueBacklog>) {
    this.queues.set(name, read);
  }

  /** One scrape reads each queue once, though two gauges use it. */
  private scrape: Promise<[string, QueueBacklog][]> | null = null;
  private readQueues(): Promise<[string, QueueBacklog][]> {
    this.scrape ??= Promise.all(
      [...this.queues].map(async ([name, read]) => {
        try {
          return [[name, await read()] as [string, QueueBacklog]];
        } catch (error) {
          // No number rather than a wrong one; /readyz tells whether the database answers.
          this.logger?.warn({ err: error, queue: name }, 'could not read the queue backlog for the metrics');
          return [];
        }
      }),
    )
      .then((lists) => lists.flat())
      .finally(() => {
        setImmediate(() => (this.scrape = null));
      });
    return this.scrape;
  }

  /** Records one GraphQL request: its operation, outcome, the codes of its errors and its duration. */
  observeGraphql(operation: string, outcome: string, errorCodes: string[], seconds: number) {
    this.graphqlRequests.inc({ operation, outcome });
    this.graphqlDuration.observe({ operation }, seconds);
    for (const code of errorCodes) this.graphqlErrors.inc({ code });
  }

  /** The text exposition format. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
