import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import { clientAddress, withoutControlCharacters } from '../../common/client-address';
import { UnauthenticatedError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { actorOf, type Actor } from './actor';
import { tokenUser } from './api-token.service';
import { IdentityService } from './identity.service';
import { SESSION_COOKIE } from './session-token';

export interface RequestIdentity {
  actor: Actor;
  /** The session cookie's token, when it names a live session. */
  sessionToken: string | null;
}

/**
 * Who makes a request: the user of its API token (`Authorization: Bearer`), else of its session
 * cookie, else nobody; and from which address. A bearer token that is wrong, revoked or expired
 * is refused outright rather than treated as signed out, so that an integration notices.
 */
export async function requestIdentity(req: Request, em: EntityManager, sessionTtlMs: number): Promise<RequestIdentity> {
  const address = clientAddress(req);
  const userAgent = withoutControlCharacters(req.headers['user-agent'] ?? '').slice(0, 300) || null;
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const bearer = /^Bearer +(\S+)$/i.exec(authorization.trim());
    const found = bearer ? await tokenUser(em, bearer[1]) : null;
    if (!found) throw new UnauthenticatedError('APIトークンが正しくないか、有効期限切れまたは失効しています。');
    return { actor: actorOf(found.user, found.apiToken, address, userAgent), sessionToken: null };
  }
  const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
  const user = token ? await new IdentityService(em, sessionTtlMs).userForSession(token) : null;
  return { actor: actorOf(user, null, address, userAgent), sessionToken: user ? token : null };
}
