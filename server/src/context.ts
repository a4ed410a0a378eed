import type { Config } from './config';
import type { EntityManager } from './db/orm';
import type { Keyring } from './common/secrets';
import type { GuessLimits } from './common/guess-limits';
import type { RequestBudget } from './common/request-budget';
import type { RequestLog } from './common/logger';
import type { Actor } from './modules/identity/actor';
import type { Services } from './services';

/** The app's guess limits and budgets, shared by every request (their counters live in the database). */
export interface Limits {
  verification: GuessLimits;
  login: GuessLimits;
  /** Requests per API token per minute. */
  apiToken: RequestBudget;
  /** Anonymous requests that send mail, per operation and client address per 10 minutes. */
  publicRequests: RequestBudget;
}

/** The session cookie of a request: its token, if any, and how to start or end one. */
export interface SessionCookie {
  readonly token: string | null;
  start(token: string, expiresAt: Date): void;
  end(): void;
}

/**
 * What one GraphQL request carries: its own EntityManager, who makes it (`actor`; resolvers take
 * it with `@CurrentUser()`), its session cookie, and its services, made on first use.
 */
export interface Context {
  config: Config;
  keyring: Keyring;
  limits: Limits;
  em: EntityManager;
  actor: Actor;
  session: SessionCookie;
  services: Services;
  /** The request's logger and its log line (the operation, the user, the outcome). */
  requestLog: RequestLog;
}
