import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors';
import type { RateLimitStore } from './rate-limits';

/** What a charge leaves of the budget; `resetSeconds` until the window starts again. */
export interface BudgetState {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * A budget of requests per key (an API token) in a fixed window, counted by
 * rate-limiter-flexible in the shared store, so that it holds across server processes. The
 * answer's headers follow the IETF draft "RateLimit header fields for HTTP"
 * (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy` and `RateLimit`.
 */
export class RequestBudget {
  private constructor(
    readonly name: string,
    readonly limit: number,
    readonly windowSeconds: number,
    private readonly limiter: RateLimiterAbstract,
  ) {}

  static async create(store: RateLimitStore, name: string, limit: number, windowSeconds: number): Promise<RequestBudget> {
    const limiter = await store.limiter({ keyPrefix: `${name}_budget`, points: limit, duration: windowSeconds });
    return new RequestBudget(name, limit, windowSeconds, limiter);
  }

  /** Charges one request to `key`; over the budget, `allowed` is false and nothing is charged further. */
  async charge(key: string): Promise<BudgetState> {
    let result: RateLimiterRes;
    let allowed = true;
    try {
      result = await this.limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      result = rejection;
      allowed = false;
    }
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(result.remainingPoints, 0),
      resetSeconds: Math.max(Math.ceil(result.msBeforeNext / 1000), 0),
    };
  }

  /**
   * Charges one request to `key`, or refuses it: RATE_LIMITED with `retryAfterSeconds`, the
   * seconds until the window starts again.
   */
  async spend(key: string): Promise<void> {
    const state = await this.charge(key);
    if (state.allowed) return;
    const seconds = Math.max(state.resetSeconds, 1);
    throw new RateLimitedError(
      seconds,
      `このネットワークからの依頼が多すぎるため、受け付けられません。約${Math.ceil(seconds / 60)}分後に再度お試しください。`,
    );
  }

  /** The draft's header fields for an answer after `state`. */
  headers(state: BudgetState): Record<string, string> {
    const headers: Record<string, string> = {
      'RateLimit-Policy': `"${this.name}";q=${this.limit};w=${this.windowSeconds}`,
      RateLimit: `"${this.name}";r=${state.remaining};t=${state.resetSeconds}`,
    };
    if (!state.allowed) headers['Retry-After'] = String(Math.max(state.resetSeconds, 1));
    return headers;
  }
}
