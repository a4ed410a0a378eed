import { InvalidCredentialsError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { spendVerificationTime, verifyPassword } from './password';
import { Session } from './session.entity';
import { hashSecretToken, newSecretToken } from './session-token';
import { normaliseEmail, User } from './user.entity';

const MAX_PASSWORD_LENGTH = 1024;
/** A user is always served with its organisation. */
export const ORGANISATIONS = ['contractor', 'branch', 'orderer'] as const;

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessionTtlMs: number,
  ) {}

  /**
   * Checks the password and opens a session. Unknown e-mail and wrong password give the same
   * error after the same work.
   */
  async login(email: string, password: string): Promise<{ user: User; token: string; expiresAt: Date }> {
    if (password.length > MAX_PASSWORD_LENGTH) throw new InvalidCredentialsError();
    const user = await this.em.findOne(User, { email: normaliseEmail(email) }, { populate: ['passwordHash', ...ORGANISATIONS] });
    if (!user) {
      await spendVerificationTime(password);
      throw new InvalidCredentialsError();
    }
    if (!(await verifyPassword(user.passwordHash, password))) throw new InvalidCredentialsError();

    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    this.em.create(Session, { tokenHash: hashSecretToken(token), user, expiresAt, createdAt: new Date() });
    await this.em.flush();
    return { user, token, expiresAt };
  }

  /** The user of a live session, or null for an unknown or expired one (which is removed). */
  async userForSession(token: string): Promise<User | null> {
    const session = await this.em.findOne(
      Session,
      { tokenHash: hashSecretToken(token) },
      { populate: ['user', ...ORGANISATIONS.map((o) => `user.${o}` as const)] },
    );
    if (!session) return null;
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.em.nativeDelete(Session, { tokenHash: session.tokenHash });
      return null;
    }
    return session.user;
  }

  /** Every account, for administrators. */
  async listUsers(): Promise<User[]> {
    return this.em.find(User, {}, { populate: ORGANISATIONS, orderBy: { role: 'asc', email: 'asc' } });
  }

  async logout(token: string): Promise<void> {
    await this.em.nativeDelete(Session, { tokenHash: hashSecretToken(token) });
  }

  /** Removes every expired session; the server calls it now and then. */
  async purgeExpiredSessions(now = new Date()): Promise<number> {
    return this.em.nativeDelete(Session, { expiresAt: { $lte: now } });
  }
}
