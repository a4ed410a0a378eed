import type { Request, Response } from 'express';
import type { Config } from '../config';
import type { EntityManager } from '../db/orm';
import type { Keyring } from './secrets';
import type { User } from '../modules/identity/user.entity';

/** What one GraphQL request carries: its own EntityManager and the signed-in user, if any. */
export interface Context {
  config: Config;
  keyring: Keyring;
  em: EntityManager;
  user: User | null;
  sessionToken: string | null;
  req: Request;
  res: Response;
}
