import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../../common/errors';
import type { RateLimitStore } from '../../common/rate-limits';

/** After this many failures in a row a contract number is locked… */
export const NUMBER_FAILURES_BEFORE_LOCK = 10;
/** …for this long (seconds). */
export const NUMBER_LOCK_SECONDS = 15 * 60;
/** Failures in a row are counted over at most this long (seconds). */
const NUMBER_FAILURE_WINDOW_SECONDS = 24 * 3600;
/** A client address is blocked after this many failures in a day. */
export const ADDRESS_FAILURES_PER_DAY = 100;

/**
 * The guess limits of the verification service. Each attempt is charged before the key is
 * checked, so concurrent requests can't slip past a count; a success gives its charge back
 * (and clears the number's run of failures). A number that does not exist is charged and locked
 * exactly like one that does.
 */
export class VerificationLimits {
  private constructor(
    private readonly byNumber: RateLimiterAbstract,
    private readonly byAddress: RateLimiterAbstract,
  ) {}

  static async create(store: RateLimitStore): Promise<VerificationLimits> {
    const [byNumber, byAddress] = await Promise.all([
      store.limiter({ keyPrefix: 'verify_number', points: NUMBER_FAILURES_BEFORE_LOCK, duration: NUMBER_FAILURE_WINDOW_SECONDS }),
      store.limiter({ keyPrefix: 'verify_address', points: ADDRESS_FAILURES_PER_DAY, duration: 24 * 3600 }),
    ]);
    return new VerificationLimits(byNumber, byAddress);
  }

  /** Charges one attempt to the address and the number, or refuses with the time to wait. */
  async charge(contractNumber: string, address: string): Promise<Charge> {
    await consume(this.byAddress, address, 'このネットワークからの確認の失敗が多すぎるため、受け付けられません。');
    const charged = await consume(
      this.byNumber,
      contractNumber,
      '確認の失敗が続いたため、この保証契約番号はロックされています。',
    );
    return {
      succeeded: async () => {
        await Promise.all([this.byNumber.delete(contractNumber), this.byAddress.reward(address, 1)]);
      },
      failed: async () => {
        if (charged.consumedPoints >= NUMBER_FAILURES_BEFORE_LOCK) await this.byNumber.block(contractNumber, NUMBER_LOCK_SECONDS);
        return Math.max(NUMBER_FAILURES_BEFORE_LOCK - charged.consumedPoints, 0);
      },
    };
  }
}

export interface Charge {
  succeeded(): Promise<void>;
  /** Records the failure (locking the number at the limit); the attempts left before the lock. */
  failed(): Promise<number>;
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
