import type { FilterQuery } from '@mikro-orm/core';
import type { GuessLimits } from '../../common/guess-limits';
import { InvalidCredentialsError } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/pagination';
import type { EntityManager } from '../../db/orm';
import type { Actor, SignedInActor } from './actor';
import type { UserFilter } from './identity.input';
import { spendVerificationTime, verifyPassword } from './password';
import { Session } from './session.entity';
import { findSession } from './session-lookup';
import { hashSecretToken, newSecretToken } from './session-token';
import { normaliseEmail, User } from './user.entity';

const MAX_PASSWORD_LENGTH = 1024;

/** A user is always served with its organisation. */
export const ORGANISATIONS = ['contractor', 'branch', 'orderer'] as const;

/** Signing in and out, sessions, and the list of accounts. */
export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessionTtlMs: number,
    private readonly loginLimits?: GuessLimits,
  ) {}

  /**
   * Checks the password and opens a session, charging the attempt to the account's and the
   * actor's address's guess limits first: a wrong password counts, a right one clears the
   * account's run of failures. Unknown e-mail and wrong password give the same error after the
   * same work.
   */
  async login(email: string, password: string, actor: Actor): Promise<{ user: User; token: string; expiresAt: Date }> {
    if (!this.loginLimits) throw new Error('IdentityService.login needs the login limits');
    const charge = await this.loginLimits.charge(normaliseEmail(email).slice(0, 254), actor.address);
    const user = await this.checkPassword(email, password);
    if (!user) {
      await charge.failed();
      throw new InvalidCredentialsError();
    }
    await charge.succeeded();
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    this.em.create(Session, {
      tokenHash: hashSecretToken(token),
      user,
      expiresAt,
      createdAt: new Date(),
      address: actor.address,
      userAgent: actor.userAgent ?? null,
    });
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
    const found = await findSession(this.em, hashSecretToken(token));
    if (!found) return null;
    const { session, user } = found;
    if (session.expiresAt.getTime() <= Date.now() || user.disabledAt) {
      await this.em.nativeDelete(Session, { tokenHash: session.tokenHash });
      return null;
    }
    return user;
  }

  /** Every account, for administrators, by e-mail address. */
  listUsers(filter: UserFilter | null | undefined, page: PageArgs) {
    const conditions: FilterQuery<User>[] = [];
    if (filter?.role) conditions.push({ role: filter.role });
    if (filter?.disabled === true) conditions.push({ disabledAt: { $ne: null } });
    if (filter?.disabled === false) conditions.push({ disabledAt: null });
    if (filter?.email?.trim()) conditions.push({ email: { $like: `%${normaliseEmail(filter.email)}%` } });
    return paginate(this.em, User, conditions.length ? { $and: conditions } : {}, page, {
      populate: ORGANISATIONS,
      order: { field: 'email', direction: 'asc' },
    });
  }

  /** Ends the session `token` (if the request has one), or every session of the actor's user. */
  async logout(actor: SignedInActor, token: string | null, { allSessions }: { allSessions: boolean }): Promise<number> {
    if (allSessions) return this.em.nativeDelete(Session, { user: actor.user.id });
    return token ? this.em.nativeDelete(Session, { tokenHash: hashSecretToken(token) }) : 0;
  }

  /** Removes every expired session; the server calls it now and then. */
  async purgeExpiredSessions(now = new Date()): Promise<number> {
    return this.em.nativeDelete(Session, { expiresAt: { $lte: now } });
  }
}
