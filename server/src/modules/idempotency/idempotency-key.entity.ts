import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';

export enum IdempotencyKeyStatus {
  /** A request with this key is running: another with the same key gets CONFLICT. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** The first request finished; `responseCiphertext` is what it answered. */
  COMPLETED = 'COMPLETED',
}

/**
 * An `Idempotency-Key` a client sent with a mutation: unique per scope (the API token, or the
 * user of a session), kept 24 hours with what the first request answered. In the database, so
 * that every server process sees it; the answer is sealed (it may hold a new token or secret).
 */
@Entity()
@Unique({ properties: ['scope', 'key'] })
export class IdempotencyKey extends BaseEntity<'status'> {
  /** `token:<apiTokenId>` or `user:<userId>`. */
  @Property({ type: 'string', length: 80 })
  scope!: string;

  @Property({ type: 'string', length: 255 })
  key!: string;

  /** SHA-256 (hex) of the request: operation name, query and variables, keys sorted. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Enum({ items: () => IdempotencyKeyStatus })
  status: IdempotencyKeyStatus = IdempotencyKeyStatus.IN_PROGRESS;

  /** The first answer (HTTP status and JSON body), sealed; null while in progress. */
  @Property({ type: 'text', nullable: true })
  responseCiphertext?: string | null;

  @Index()
  @Property({ type: Date })
  expiresAt!: Date;
}
