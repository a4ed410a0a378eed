import type { GuessLimits } from '../../common/guess-limits';
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
  /**
   * Signs in, charging the attempt to the account's and the address's guess limits first: a
   * wrong password counts, a right one clears the account's run of failures.
   */
  async login(
    email: string,
    password: string,
    limits: GuessLimits,
    address: string,
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    const charge = await limits.charge(normaliseEmail(email).slice(0, 254), address);
    const user = await this.checkPassword(email, password);
    if (!user) {
      await charge.failed();
      throw new InvalidCredentialsError();
    }
    await charge.succeeded();

    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    this.em.create(Session, { tokenHash: hashSecretToken(token), user, expiresAt, createdAt: new Date() });
    await this.em.flush();
    return { user, token, expiresAt };
  }

  /** The user whose password this is, or null, after the same argon2 work either way. */
  private async checkPassword(email: string, password: string): Promise<User | null> {
    if (password.length > MAX_PASSWORD_LENGTH) return null;
    const user = await this.em.findOne(User, { email: normaliseEmail(email) }, { populate: ['passwordHash', ...ORGANISATIONS] });
    if (!user) {
      await spendVerificationTime(password);
      return null;
    }
    // A disabled account gets the same answer as a wrong password, after the same work.
    return (await verifyPassword(user.passwordHash, password)) && !user.disabledAt ? user : null;
  }

  /** The user of a live session, or null for an unknown or expired one (which is removed). */
  async userForSession(token: string): Promise<User | null> {
    const session = await this.em.findOne(
      Session,
      { tokenHash: hashSecretToken(token) },
      { populate: ['user', ...ORGANISATIONS.map((o) => `user.${o}` as const)] },
    );
    if (!session) return null;
    if (session.expiresAt.getTime() <= Date.now() || session.user.disabledAt) {
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
