import type { Request, Response } from 'express';
import type { Config } from './config';
import type { EntityManager } from './db/orm';
import type { Keyring } from './common/secrets';
import type { User } from './modules/identity/user.entity';
import type { ApiToken } from './modules/identity/api-token.entity';
import type { GuessLimits } from './common/guess-limits';

/** The app's guess limits, shared by every request (their counters live in the database). */
export interface Limits {
  verification: GuessLimits;
  login: GuessLimits;
}

/** What one GraphQL request carries: its own EntityManager and the signed-in user, if any. */
export interface Context {
  config: Config;
  keyring: Keyring;
  limits: Limits;
  em: EntityManager;
  user: User | null;
  sessionToken: string | null;
  /** The API token the request came with, if any (else: a session, or nobody). */
  apiToken: ApiToken | null;
  req: Request;
  res: Response;
}
