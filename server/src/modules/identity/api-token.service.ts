import type { FilterQuery } from '@mikro-orm/core';
import { characterCount, hasControlCharacters } from '@esurety/schema';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import type { SignedInActor } from './actor';
import { ApiToken, type ApiTokenScope } from './api-token.entity';
import type { ApiTokenFilter } from './api-token.input';
import { ORGANISATIONS } from './identity.service';
import { hashSecretToken, newSecretToken } from './session-token';
import type { User } from './user.entity';

/** What an API token starts with, so that leaked ones are easy to find (secret scanners). */
export const API_TOKEN_PREFIX = 'esr_';
const MAX_ACTIVE_TOKENS = 20;
/** lastUsedAt is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The latest expiry a token made at `now` may have: the same moment a calendar year later. */
export function latestExpiry(now: Date): Date {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return limit;
}

const usable = (now: Date) => ({ revokedAt: null, expiresAt: { $gt: now } });

/** The user a bearer token acts as, or null if the token is unknown, revoked or expired. */
export async function tokenUser(em: EntityManager, token: string, now = new Date()): Promise<{ user: User; apiToken: ApiToken } | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const apiToken = await em.findOne(
    ApiToken,
    // A disabled user's tokens answer like unknown ones.
    { tokenHash: hashSecretToken(token), user: { disabledAt: null }, ...usable(now) },
    { populate: ['user', ...ORGANISATIONS.map((o) => `user.${o}` as const)] },
  );
  if (!apiToken) return null;
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
    apiToken.lastUsedAt = now;
  }
  return { user: apiToken.user, apiToken };
}

/** The signed-in user's own API tokens. */
export class ApiTokenService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: SignedInActor,
  ) {}

  /** The user's tokens, revoked and expired ones included, newest first. */
  list(filter: ApiTokenFilter | null | undefined, page: PageArgs, now = new Date()) {
    const conditions: FilterQuery<ApiToken>[] = [{ user: this.actor.user.id }];
    if (filter?.active === true) conditions.push(usable(now));
    if (filter?.active === false) conditions.push({ $or: [{ revokedAt: { $ne: null } }, { expiresAt: { $lte: now } }] });
    return paginate(this.em, ApiToken, { $and: conditions }, page);
  }

  /** A new token, shown once: only a session may make one (a token can't mint tokens). */
  async create(
    { name, scope, expiresAt }: { name: string; scope: ApiTokenScope; expiresAt: Date },
    now = new Date(),
  ): Promise<{ token: string; apiToken: ApiToken }> {
    if (this.actor.via === 'TOKEN') {
      throw new ForbiddenError('APIトークンでは新しいトークンを作れません。画面からログインして作成してください。');
    }
    const trimmed = name.trim();
    if (!trimmed || characterCount(trimmed) > 100 || hasControlCharacters(trimmed)) {
      throw new BadUserInputError('input.name', 'トークンの名前は100文字以内で入力してください。');
    }
    if (expiresAt.getTime() <= now.getTime()) {
      throw new BadUserInputError('input.expiresAt', '有効期限は現在より後の日時にしてください。');
    }
    if (expiresAt.getTime() > latestExpiry(now).getTime()) {
      throw new BadUserInputError('input.expiresAt', '有効期限は1年後までの日時にしてください。');
    }
    const user = this.actor.user;
    const active = await this.em.count(ApiToken, { user, ...usable(now) });
    if (active >= MAX_ACTIVE_TOKENS)
      throw new ConflictError(`有効なAPIトークンは${MAX_ACTIVE_TOKENS}個までです。不要なものを失効させてください。`);
    const token = `${API_TOKEN_PREFIX}${newSecretToken()}`;
    const apiToken = this.em.create(ApiToken, {
      user,
      name: trimmed,
      tokenHash: hashSecretToken(token),
      prefix: token.slice(0, 12),
      scope,
      expiresAt,
    });
    await this.em.flush();
    return { token, apiToken };
  }

  async revoke(id: string): Promise<ApiToken> {
    const apiToken = await this.em.findOne(ApiToken, { id, user: this.actor.user.id });
    if (!apiToken) throw new NotFoundError('APIトークンが見つかりません。');
    apiToken.revoke();
    await this.em.flush();
    return apiToken;
  }
}
