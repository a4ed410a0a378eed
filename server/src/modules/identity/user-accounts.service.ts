import { isValidEmail } from '@esurety/schema';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { ApiToken } from './api-token.entity';
import { ORGANISATIONS } from './identity.service';
import { NO_PASSWORD } from './password';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { PasswordTokenService } from './password-token.service';
import { Session } from './session.entity';
import { normaliseEmail, Role, User } from './user.entity';

/** Accounts as the operator and administrators manage them: create, list, disable, enable. */
export class UserAccountService {
  constructor(private readonly em: EntityManager) {}

  /**
   * A new administrator without a password, and the one-time token (SET_PASSWORD, 24 hours) with
   * which they set it. For an administrator of that address who has not set a password yet, a new
   * token (the earlier ones stop working). Errors: BAD_USER_INPUT for a malformed address,
   * CONFLICT if the address is another account's or the administrator already has a password.
   */
  async createAdmin(email: string, name: string, now = new Date()): Promise<{ user: User; token: string; expiresAt: Date }> {
    const address = normaliseEmail(email);
    if (!isValidEmail(address)) throw new BadUserInputError('email', `メールアドレスの形式が正しくありません: ${address}`);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) throw new BadUserInputError('name', '氏名は100文字以内で入力してください。');
    return this.em.transactional(async (tx) => {
      const existing = await tx.findOne(User, { email: address }, { populate: ['passwordHash'] });
      const waiting = existing?.role === Role.ADMIN && existing.passwordHash === NO_PASSWORD && !existing.disabledAt;
      if (existing && !waiting) throw new ConflictError(`${address} の利用者は既に登録されています。`);
      const user = existing ?? new User({ email: address, name: trimmed, passwordHash: NO_PASSWORD, role: Role.ADMIN });
      tx.persist(user);
      const { token, expiresAt } = await new PasswordTokenService(tx).issue(user, PasswordTokenPurpose.SET_PASSWORD, { now });
      return { user, token, expiresAt };
    });
  }

  /** Every account (disabled ones only when asked), by role and e-mail address. */
  list({ role, includeDisabled = true }: { role?: Role; includeDisabled?: boolean } = {}): Promise<User[]> {
    return this.em.find(
      User,
      { ...(role ? { role } : {}), ...(includeDisabled ? {} : { disabledAt: null }) },
      { populate: ORGANISATIONS, orderBy: { role: 'asc', email: 'asc' } },
    );
  }

  /**
   * Disables an account: it can no longer sign in, its sessions end, its API tokens are revoked
   * and its open one-time links stop working, all in one transaction. Disabling twice changes nothing.
   */
  async disable(email: string, now = new Date()): Promise<User> {
    return this.em.transactional(async (tx) => disableAccount(tx, await this.find(tx, email), now));
  }

  /** Lets a disabled account sign in again (its revoked tokens stay revoked). */
  async enable(email: string): Promise<User> {
    return this.em.transactional(async (tx) => {
      const user = await this.find(tx, email);
      user.disabledAt = null;
      return user;
    });
  }

  private async find(em: EntityManager, email: string): Promise<User> {
    const user = await em.findOne(User, { email: normaliseEmail(email) }, { populate: ORGANISATIONS });
    if (!user) throw new NotFoundError(`${normaliseEmail(email)} の利用者はいません。`);
    return user;
  }
}

/**
 * Disables `user` inside the caller's transaction: it can no longer sign in, its sessions end (a
 * browser still open is signed out at its next request), its API tokens are revoked and its open
 * one-time links stop working. A disabled account stays as it is.
 */
export async function disableAccount(tx: EntityManager, user: User, now = new Date()): Promise<User> {
  if (user.disabledAt) return user;
  user.disabledAt = now;
  await endAccess(tx, user, now);
  return user;
}

/** Ends every way `user` is signed in: sessions, API tokens, open one-time links. */
export async function endAccess(tx: EntityManager, user: User, now = new Date()): Promise<void> {
  await tx.nativeDelete(Session, { user });
  await tx.nativeUpdate(ApiToken, { user, revokedAt: null }, { revokedAt: now });
  await tx.nativeUpdate(PasswordToken, { user, usedAt: null }, { usedAt: now });
}
