import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import type { EntityManager } from '../../db/orm';
import { IdentityService } from './identity.service';
import { SESSION_COOKIE } from './session-token';
import type { User } from './user.entity';

/** The signed-in user of a request (from its session cookie), or null. */
export async function requestUser(
  req: Request,
  em: EntityManager,
  sessionTtlMs: number,
): Promise<{ user: User | null; sessionToken: string | null }> {
  const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
  const user = token ? await new IdentityService(em, sessionTtlMs).userForSession(token) : null;
  return { user, sessionToken: user ? token : null };
}
