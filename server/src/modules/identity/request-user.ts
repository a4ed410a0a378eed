import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import { UnauthenticatedError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import type { ApiToken } from './api-token.entity';
import { ApiTokenService } from './api-token.service';
import { IdentityService } from './identity.service';
import { SESSION_COOKIE } from './session-token';
import type { User } from './user.entity';

export interface RequestIdentity {
  user: User | null;
  sessionToken: string | null;
  /** Set when the request came with `Authorization: Bearer <API token>`. */
  apiToken: ApiToken | null;
}

/**
 * Who makes a request: the user of its API token (`Authorization: Bearer`), else of its session
 * cookie, else nobody. A bearer token that is wrong, revoked or expired is refused outright rather
 * than treated as signed out, so that an integration notices.
 */
export async function requestUser(req: Request, em: EntityManager, sessionTtlMs: number): Promise<RequestIdentity> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const bearer = /^Bearer +(\S+)$/i.exec(authorization.trim());
    const found = bearer ? await new ApiTokenService(em).userForToken(bearer[1]) : null;
    if (!found) throw new UnauthenticatedError('APIトークンが正しくないか、有効期限切れまたは失効しています。');
    return { user: found.user, sessionToken: null, apiToken: found.apiToken };
  }
  const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
  const user = token ? await new IdentityService(em, sessionTtlMs).userForSession(token) : null;
  return { user, sessionToken: user ? token : null, apiToken: null };
}
