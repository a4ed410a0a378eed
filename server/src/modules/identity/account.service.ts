import { passwordProblem, PASSWORD_MESSAGES } from '@esurety/schema';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import type { GuessLimits } from '../../common/guess-limits';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import type { SignedInActor } from './actor';
import type { SessionFilter } from './account.input';
import { hashPassword, verifyPassword } from './password';
import { PasswordToken } from './password-token.entity';
import { Session } from './session.entity';
import { hashSecretToken } from './session-token';
import { User } from './user.entity';

const MAX_PASSWORD_INPUT = 1024;

/** What every signed-in user does with their own account: the password and the sessions. */
export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: SignedInActor,
    private readonly loginLimits: GuessLimits,
  ) {}

  /**
   * Changes the actor's password after checking the current one. Every other session of the user
   * ends (the one of `currentSessionToken` stays) and open one-time links stop working.
   * A wrong current password counts against the sign-in guess limits like a failed sign-in
   * (RATE_LIMITED when they are spent). Errors: BAD_USER_INPUT on `input.currentPassword`
   * (wrong), on `input.newPassword` (PASSWORD_POLICY in @esurety/schema, or the same as now).
   */
  async changePassword(currentPassword: string, newPassword: string, currentSessionToken: string | null, now = new Date()): Promise<User> {
    const { user } = this.actor;
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw new BadUserInputError('input.newPassword', PASSWORD_MESSAGES[problem]);
    const charge = await this.loginLimits.charge(user.email, this.actor.address);
    const stored = await this.em.findOneOrFail(User, user.id, { populate: ['passwordHash'] });
    const right = currentPassword.length <= MAX_PASSWORD_INPUT && (await verifyPassword(stored.passwordHash, currentPassword));
    if (!right) {
      await charge.failed();
      throw new BadUserInputError('input.currentPassword', '現在のパスワードが正しくありません。');
    }
    await charge.succeeded();
    if (currentPassword === newPassword) {
      throw new BadUserInputError('input.newPassword', '新しいパスワードは現在のパスワードと異なるものにしてください。');
    }
    const passwordHash = await hashPassword(newPassword);
    return this.em.transactional(async (tx) => {
      const fresh = await tx.findOneOrFail(User, user.id);
      fresh.passwordHash = passwordHash;
      const keep = currentSessionToken ? hashSecretToken(currentSessionToken) : null;
      await tx.nativeDelete(Session, keep ? { user: fresh, tokenHash: { $ne: keep } } : { user: fresh });
      await tx.nativeUpdate(PasswordToken, { user: fresh, usedAt: null }, { usedAt: now });
      return fresh;
    });
  }

  /** The actor's live sessions, newest first; `filter.current` narrows to this one or the others. */
  sessions(filter: SessionFilter | null | undefined, page: PageArgs, currentSessionToken: string | null) {
    const current = currentSessionToken ? hashSecretToken(currentSessionToken) : null;
    const where = { user: this.actor.user.id, expiresAt: { $gt: new Date() } };
    if (filter?.current === true) Object.assign(where, { tokenHash: current ?? '' });
    if (filter?.current === false && current) Object.assign(where, { tokenHash: { $ne: current } });
    return paginate(this.em, Session, where, page);
  }

  /**
   * Ends one of the actor's sessions (signs that browser out at its next request). Errors:
   * NOT_FOUND for a session that is not the actor's, or no longer live.
   */
  async revokeSession(sessionId: string): Promise<Session> {
    const session = await this.em.findOne(Session, { id: sessionId, user: this.actor.user.id });
    if (!session) throw new NotFoundError('セッションが見つかりません。');
    await this.em.nativeDelete(Session, { tokenHash: session.tokenHash });
    return session;
  }
}

/** Whether `session` is the one the request came with. */
export function isCurrentSession(session: Session, currentSessionToken: string | null): boolean {
  return currentSessionToken !== null && session.tokenHash === hashSecretToken(currentSessionToken);
}
