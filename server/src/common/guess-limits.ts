import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors';
import type { RateLimitStore } from './rate-limits';
import type { GuessObserver } from './metrics';

export interface GuessPolicy {
  /** Names this policy's counters in the shared store. */
  name: string;
  /** After this many failures in a row, the key (a contract number, an e-mail address) is locked… */
  failuresBeforeLock: number;
  /** …for this long (seconds). */
  lockSeconds: number;
  /** A run of failures is counted over at most this long (seconds). */
  failureWindowSeconds: number;
  /** A client address is blocked after this many failures in a day. */
  addressFailuresPerDay: number;
  /** Said when the key is locked, followed by the time to wait. */
  lockedMessage: string;
}

const ADDRESS_MESSAGE = 'このネットワークからの失敗が多すぎるため、受け付けられません。';

/**
 * Limits on guessing a secret (a key, a password): each attempt is charged before it is checked,
 * so concurrent requests can't slip past a count; a success gives its charge back and clears the
 * key's run of failures. Counters live in the shared store, so every server process sees them.
 */
export class GuessLimits {
  private constructor(
    private readonly policy: GuessPolicy,
    private readonly byKey: RateLimiterAbstract,
    private readonly byAddress: RateLimiterAbstract,
    private readonly observer?: GuessObserver,
  ) {}

  /** `observer` hears of failures, locks and refusals (the metrics). */
  static async create(store: RateLimitStore, policy: GuessPolicy, observer?: GuessObserver): Promise<GuessLimits> {
    const [byKey, byAddress] = await Promise.all([
      store.limiter({ keyPrefix: `${policy.name}_key`, points: policy.failuresBeforeLock, duration: policy.failureWindowSeconds }),
      store.limiter({ keyPrefix: `${policy.name}_address`, points: policy.addressFailuresPerDay, duration: 24 * 3600 }),
    ]);
    return new GuessLimits(policy, byKey, byAddress, observer);
  }

  /** Charges one attempt to the address and the key, or refuses with the time to wait. */
  async charge(typed: string, address: string): Promise<Charge> {
    const key = storedKey(typed);
    let charged: RateLimiterRes;
    try {
      await consume(this.byAddress, address, ADDRESS_MESSAGE);
      charged = await consume(this.byKey, key, this.policy.lockedMessage);
    } catch (error) {
      if (error instanceof RateLimitedError) this.observer?.refused(this.policy.name);
      throw error;
    }
    return {
      succeeded: async () => {
        await Promise.all([this.byKey.delete(key), this.byAddress.reward(address, 1)]);
      },
      failed: async () => {
        this.observer?.failed(this.policy.name);
        if (charged.consumedPoints >= this.policy.failuresBeforeLock) {
          await this.byKey.block(key, this.policy.lockSeconds);
          this.observer?.locked(this.policy.name);
        }
        return Math.max(this.policy.failuresBeforeLock - charged.consumedPoints, 0);
      },
    };
  }
}

export interface Charge {
  succeeded(): Promise<void>;
  /** Records the failure (locking the key at the limit); the attempts left before the lock. */
  failed(): Promise<number>;
}

/**
 * The key as the store keeps it: as typed, or, past what its column holds (PostgreSQL's
 * varchar(255), with the policy's prefix), its SHA-256, so that a long e-mail address typed at
 * the sign-in is counted, not a database error.
 */
function storedKey(typed: string): string {
  return typed.length <= 128 ? typed : `sha256:${createHash('sha256').update(typed).digest('hex')}`;
}

async function consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new RateLimitedError(seconds, `${message}約${Math.ceil(seconds / 60)}分後に再度お試しください。`);
  }
}
