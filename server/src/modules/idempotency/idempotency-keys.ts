import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { stringify } from 'safe-stable-stringify';
import { seal, unseal } from '../../common/secrets';
import type { EntityManager } from '../../db/orm';
import { IdempotencyKey, IdempotencyKeyStatus } from './idempotency-key.entity';

/** How long a key and its answer are kept (as Stripe does): 24 hours. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3600_000;
/** A key is 1–255 visible ASCII characters (a UUID v4 is what clients are told to send). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The first answer to a key: its HTTP status and its GraphQL result (data and formatted errors). */
export interface StoredAnswer {
  status: number;
  body: Record<string, unknown>;
}

export type Begin =
  | { kind: 'started'; record: IdempotencyKey }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'conflict'; reason: 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_KEY_IN_PROGRESS' };

/** SHA-256 of a GraphQL request: operation name, query and variables, object keys sorted. */
export function requestHash(request: { operationName?: string | null; query?: string | null; variables?: unknown }): string {
  const canonical = stringify({
    operationName: request.operationName ?? null,
    query: request.query ?? null,
    variables: request.variables ?? {},
  });
  return createHash('sha256')
    .update(canonical ?? '')
    .digest('hex');
}

/**
 * The stored Idempotency-Keys of one scope (an API token, or the user of a session). A key is
 * claimed with an insert that the unique (scope, key) lets only one request win, so that
 * several server processes on one database agree; the winner runs the mutation and keeps its
 * answer, sealed, for 24 hours.
 */
export class IdempotencyKeys {
  constructor(
    private readonly em: EntityManager,
    private readonly encryption: Buffer,
  ) {}

  /** Claims `key` for this request, or says what to answer instead. */
  async begin(scope: string, key: string, hash: string, now = new Date()): Promise<Begin> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const record = this.em.create(IdempotencyKey, {
        scope,
        key,
        requestHash: hash,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS),
        createdAt: now,
        updatedAt: now,
      });
      try {
        await this.em.insert(IdempotencyKey, record);
        return { kind: 'started', record };
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
      } finally {
        this.em.clear();
      }
      const found = await this.em.findOne(IdempotencyKey, { scope, key });
      if (!found) continue; // released or purged meanwhile: try again
      if (found.expiresAt <= now) {
        // An expired key is free again.
        await this.em.nativeDelete(IdempotencyKey, { id: found.id, expiresAt: { $lte: now } });
        continue;
      }
      if (found.requestHash !== hash) return { kind: 'conflict', reason: 'IDEMPOTENCY_KEY_REUSED' };
      if (found.status !== IdempotencyKeyStatus.COMPLETED || !found.responseCiphertext) {
        return { kind: 'conflict', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS' };
      }
      try {
        return { kind: 'replay', answer: JSON.parse(unseal(this.encryption, found.id, found.responseCiphertext)) as StoredAnswer };
      } catch {
        // Sealed under another SECRET_KEY (rotated since): the answer is lost, but the work was
        // done; running it again would be what the key is there to prevent.
        return { kind: 'conflict', reason: 'IDEMPOTENCY_KEY_REUSED' };
      }
    }
    return { kind: 'conflict', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS' };
  }

  /** Keeps the answer of the request that claimed `record`. */
  async complete(record: IdempotencyKey, answer: StoredAnswer): Promise<void> {
    await this.em.nativeUpdate(
      IdempotencyKey,
      { id: record.id },
      { status: IdempotencyKeyStatus.COMPLETED, responseCiphertext: seal(this.encryption, record.id, JSON.stringify(answer)) },
    );
  }

  /** Frees the key: the request failed in a way that a retry may succeed (INTERNAL, RATE_LIMITED). */
  async release(record: IdempotencyKey): Promise<void> {
    await this.em.nativeDelete(IdempotencyKey, { id: record.id, status: IdempotencyKeyStatus.IN_PROGRESS });
  }
}

/** Deletes the keys older than 24 hours; returns how many. */
export function purgeExpiredIdempotencyKeys(em: EntityManager, now = new Date()): Promise<number> {
  return em.nativeDelete(IdempotencyKey, { expiresAt: { $lte: now } });
}
