import { characterCount, hasControlCharacters } from '@esurety/schema';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { ApiToken } from './api-token.entity';
import { ORGANISATIONS } from './identity.service';
import { hashSecretToken, newSecretToken } from './session-token';
import type { User } from './user.entity';

/** What an API token starts with, so that leaked ones are easy to find (secret scanners). */
export const API_TOKEN_PREFIX = 'esr_';
const MAX_ACTIVE_TOKENS = 20;
/** lastUsedAt is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiTokenService {
  constructor(private readonly em: EntityManager) {}

  /** The user a bearer token acts as, or null if the token is unknown, revoked or expired. */
  async userForToken(token: string, now = new Date()): Promise<{ user: User; apiToken: ApiToken } | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const apiToken = await this.em.findOne(
      ApiToken,
      {
        tokenHash: hashSecretToken(token),
        revokedAt: null,
        user: { disabledAt: null },
        $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
      },
      { populate: ['user', ...ORGANISATIONS.map((o) => `user.${o}` as const)] },
    );
    if (!apiToken) return null;
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
      apiToken.lastUsedAt = now;
    }
    return { user: apiToken.user, apiToken };
  }

  list(user: User): Promise<ApiToken[]> {
    return this.em.find(ApiToken, { user }, { orderBy: { createdAt: 'desc' } });
  }

  async create(
    user: User,
    name: string,
    expiresAt: Date | null | undefined,
    now = new Date(),
  ): Promise<{ token: string; apiToken: ApiToken }> {
    const trimmed = name.trim();
    if (!trimmed || characterCount(trimmed) > 100 || hasControlCharacters(trimmed)) {
      throw new BadUserInputError('name', 'トークンの名前は100文字以内で入力してください。');
    }
    if (expiresAt && expiresAt.getTime() <= now.getTime()) {
      throw new BadUserInputError('expiresAt', '有効期限は現在より後の日時にしてください。');
    }
    const active = await this.em.count(ApiToken, { user, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] });
    if (active >= MAX_ACTIVE_TOKENS)
      throw new ConflictError(`有効なAPIトークンは${MAX_ACTIVE_TOKENS}個までです。不要なものを失効させてください。`);
    const token = `${API_TOKEN_PREFIX}${newSecretToken()}`;
    const apiToken = this.em.create(ApiToken, {
      user,
      name: trimmed,
      tokenHash: hashSecretToken(token),
      prefix: token.slice(0, 12),
      expiresAt: expiresAt ?? null,
    });
    await this.em.flush();
    return { token, apiToken };
  }

  async revoke(user: User, id: string): Promise<ApiToken> {
    const apiToken = await this.em.findOne(ApiToken, { id, user });
    if (!apiToken) throw new NotFoundError('APIトークンが見つかりません。');
    apiToken.revokedAt ??= new Date();
    await this.em.flush();
    return apiToken;
  }
}
