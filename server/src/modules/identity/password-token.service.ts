import { passwordProblem, PASSWORD_MESSAGES } from '@esurety/schema';
import { BadUserInputError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { enqueueMail } from '../notifications/outbox';
import { passwordResetMail } from './account-mails';
import { hashPassword } from './password';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { Session } from './session.entity';
import { hashSecretToken, newSecretToken } from './session-token';
import { normaliseEmail, User } from './user.entity';

/** A second reset request for the same account within this time sends no second mail. */
export const RESET_RESEND_INTERVAL_MS = 60_000;

/** How long a link lasts unless the caller says otherwise. */
export const PASSWORD_TOKEN_TTL_MS: Record<PasswordTokenPurpose, number> = {
  [PasswordTokenPurpose.SET_PASSWORD]: 24 * 3600_000,
  [PasswordTokenPurpose.INVITATION]: 7 * 24 * 3600_000,
  [PasswordTokenPurpose.RESET]: 3600_000,
};

/** A token as newSecretToken makes it: 32 bytes in base64url. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** The one answer for a link that is unknown, used, superseded or expired: it never says which. */
export class InvalidPasswordTokenError extends BadUserInputError {
  constructor() {
    super('input.token', 'このリンクは無効か、有効期限が切れています。新しいリンクを発行してもらってください。');
  }
}

/** The page that takes the token. It is in the fragment, which browsers never send to a server. */
export function setPasswordLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/set-password#token=${token}`;
}

/**
 * One-time links to set a password: the operator's first administrator, invitations and resets
 * all issue one here and end in setPassword.
 */
export class PasswordTokenService {
  constructor(private readonly em: EntityManager) {}

  /**
   * A new link for `user`: returns the token, which is shown (or mailed) once and never stored.
   * Earlier unused links of the same purpose stop working. Adds to the caller's unit of work:
   * the caller's flush or transaction commits it (with, say, the invitation's e-mail).
   */
  async issue(
    user: User,
    purpose: PasswordTokenPurpose,
    { ttlMs = PASSWORD_TOKEN_TTL_MS[purpose], now = new Date() }: { ttlMs?: number; now?: Date } = {},
  ): Promise<{ token: string; expiresAt: Date; passwordToken: PasswordToken }> {
    await this.em.nativeUpdate(PasswordToken, { user, purpose, usedAt: null }, { usedAt: now });
    const token = newSecretToken();
    const expiresAt = new Date(now.getTime() + ttlMs);
    const passwordToken = this.em.create(PasswordToken, { tokenHash: hashSecretToken(token), user, purpose, expiresAt, createdAt: now });
    return { token, expiresAt, passwordToken };
  }

  /**
   * Sets the password of the link's user and uses the link up; the user then signs in as usual.
   * Every other open link of the user stops working and every session of the user ends.
   * Errors: BAD_USER_INPUT on `input.password` (the policy, PASSWORD_POLICY in @esurety/schema),
   * checked first so that a refused password leaves the link usable; then BAD_USER_INPUT on
   * `input.token` with one message for an unknown, used, expired or disabled account's link.
   */
  async setPassword(token: string, password: string, now = new Date()): Promise<User> {
    const found = TOKEN_FORMAT.test(token) ? await this.usable(hashSecretToken(token), now) : null;
    const problem = passwordProblem(password, found?.user.email);
    if (problem) throw new BadUserInputError('input.password', PASSWORD_MESSAGES[problem]);
    if (!found) throw new InvalidPasswordTokenError();
    // Hashed before the transaction: argon2 takes tens of milliseconds, and only a real link gets here.
    const passwordHash = await hashPassword(password);
    return this.em.transactional(async (tx) => {
      // Claim the link: of two concurrent uses, one updates the row and the other finds it used.
      const claimed = await tx.nativeUpdate(PasswordToken, { id: found.id, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
      if (claimed !== 1) throw new InvalidPasswordTokenError();
      const user = await tx.findOneOrFail(User, found.user.id);
      user.passwordHash = passwordHash;
      await tx.nativeUpdate(PasswordToken, { user, usedAt: null }, { usedAt: now });
      await tx.nativeDelete(Session, { user });
      return user;
    });
  }

  /**
   * 「パスワードを忘れた場合」: mails the account of `email` a RESET link (1 hour) to `publicUrl`'s
   * set-password page. Says nothing of the outcome: an unknown, disabled or malformed address
   * does nothing, and so does a second request within a minute (the first mail stands), so that
   * the answer never tells whether an address is registered and the page can't flood a mailbox.
   * The link replaces earlier reset links of the account; setPassword uses it.
   */
  async requestReset(email: string, publicUrl: string, now = new Date()): Promise<void> {
    const address = normaliseEmail(email).slice(0, 254);
    await this.em.transactional(async (tx) => {
      const user = await tx.findOne(User, { email: address, disabledAt: null });
      if (!user) return;
      const recent = await tx.count(PasswordToken, {
        user,
        purpose: PasswordTokenPurpose.RESET,
        usedAt: null,
        createdAt: { $gt: new Date(now.getTime() - RESET_RESEND_INTERVAL_MS) },
      });
      if (recent > 0) return;
      const { token, expiresAt } = await new PasswordTokenService(tx).issue(user, PasswordTokenPurpose.RESET, { now });
      enqueueMail(tx, passwordResetMail(user, token, expiresAt, publicUrl));
    });
  }

  /** Removes the links that have expired (used or not): they open nothing any more. The server calls it now and then. */
  purgeExpired(now = new Date()): Promise<number> {
    return this.em.nativeDelete(PasswordToken, { expiresAt: { $lte: now } });
  }

  private async usable(tokenHash: string, now: Date): Promise<PasswordToken | null> {
    return this.em.findOne(
      PasswordToken,
      { tokenHash, usedAt: null, expiresAt: { $gt: now }, user: { disabledAt: null } },
      { populate: ['user'] },
    );
  }
}
