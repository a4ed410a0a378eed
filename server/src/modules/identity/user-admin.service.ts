import { isValidEmail } from '@esurety/schema';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import { enqueueMail } from '../notifications/outbox';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';
import { invitationMail } from './account-mails';
import type { SignedInActor } from './actor';
import { ORGANISATIONS } from './identity.service';
import { NO_PASSWORD } from './password';
import { PasswordTokenPurpose } from './password-token.entity';
import { PasswordTokenService } from './password-token.service';
import { disableAccount, endAccess } from './user-accounts.service';
import { normaliseEmail, Role, User, type Membership } from './user.entity';

export interface Invitation {
  email: string;
  name: string;
  role: Role;
  /** The contractor, branch or orderer the user belongs to; none for an administrator. */
  organisationId?: string | null;
}

/** Administrators manage the users of every organisation: invite, change role, disable, enable. */
export class UserAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: SignedInActor,
    private readonly publicUrl: string,
  ) {}

  /**
   * Makes an account without a password and mails it an INVITATION link (7 days) through the
   * outbox, in one transaction. Inviting again an invited user who has not set a password yet
   * sends a new link (the earlier one stops working) and takes the new name, role and organisation.
   * Errors: BAD_USER_INPUT on `input.email`, `input.name`, `input.organisationId` (missing, unknown
   * or not of the role's kind); CONFLICT if the address is an account that has a password or is disabled.
   */
  async invite(invitation: Invitation, field = 'input'): Promise<User> {
    return this.em.transactional((tx) => inviteUser(tx, invitation, this.publicUrl, field));
  }

  /**
   * Moves a user to another role and organisation; its sessions and API tokens end, as they were
   * granted for the old one. Errors: NOT_FOUND (no such user), BAD_USER_INPUT on `input.userId`
   * (one's own account) or `input.organisationId`.
   */
  async changeRole(userId: string, role: Role, organisationId: string | null | undefined): Promise<User> {
    return this.em.transactional(async (tx) => {
      const user = await this.other(tx, userId);
      user.changeMembership(await membershipOf(tx, role, organisationId, 'input'));
      await tx.flush();
      await endAccess(tx, user);
      return user;
    });
  }

  /** Disables a user (see disableAccount). Errors: NOT_FOUND, BAD_USER_INPUT on `input.userId` for one's own account. */
  async disable(userId: string): Promise<User> {
    return this.em.transactional(async (tx) => disableAccount(tx, await this.other(tx, userId)));
  }

  /** Lets a disabled user sign in again (revoked API tokens stay revoked). Errors: NOT_FOUND. */
  async enable(userId: string): Promise<User> {
    return this.em.transactional(async (tx) => {
      const user = await tx.findOne(User, userId, { populate: ORGANISATIONS });
      if (!user) throw new NotFoundError('利用者が見つかりません。');
      user.disabledAt = null;
      return user;
    });
  }

  /** Another user than the administrator acting: one can't lock oneself out. */
  private async other(tx: EntityManager, userId: string): Promise<User> {
    const user = await tx.findOne(User, userId, { populate: ORGANISATIONS });
    if (!user) throw new NotFoundError('利用者が見つかりません。');
    if (user.id === this.actor.user.id) throw new BadUserInputError('input.userId', '自分自身の役割の変更や無効化はできません。');
    return user;
  }
}

/**
 * The invitation itself, in the caller's transaction (a contractor's registration approves and
 * invites in one). `field` is the input's path, for the errors.
 */
export async function inviteUser(tx: EntityManager, invitation: Invitation, publicUrl: string, field = 'input'): Promise<User> {
  const email = normaliseEmail(invitation.email);
  if (!isValidEmail(email) || email.length > 254) throw new BadUserInputError(`${field}.email`, 'メールアドレスの形式が正しくありません。');
  const name = invitation.name.trim();
  if (!name || name.length > 100) throw new BadUserInputError(`${field}.name`, '氏名は1〜100文字で入力してください。');
  const membership = await membershipOf(tx, invitation.role, invitation.organisationId, field);
  const existing = await tx.findOne(User, { email }, { populate: ['passwordHash', ...ORGANISATIONS] });
  if (existing && (existing.passwordHash !== NO_PASSWORD || existing.disabledAt)) {
    throw new ConflictError(`${email} の利用者は既に登録されています。`);
  }
  const user = existing ?? new User({ email, name, passwordHash: NO_PASSWORD, ...membership });
  if (existing) {
    existing.name = name;
    existing.changeMembership(membership);
  }
  tx.persist(user);
  const { token, expiresAt } = await new PasswordTokenService(tx).issue(user, PasswordTokenPurpose.INVITATION);
  enqueueMail(tx, invitationMail(user, token, expiresAt, publicUrl));
  return user;
}

/** The membership of `role` in the organisation `organisationId`, which must be of the role's kind. */
async function membershipOf(tx: EntityManager, role: Role, organisationId: string | null | undefined, field: string): Promise<Membership> {
  const at = `${field}.organisationId`;
  if (role === Role.ADMIN) {
    if (organisationId) throw new BadUserInputError(at, '管理者は組織に所属しません。所属組織を指定しないでください。');
    return { role };
  }
  if (!organisationId) throw new BadUserInputError(at, '所属組織を選んでください。');
  const missing = () => new BadUserInputError(at, '役割に合う所属組織が見つかりません。');
  switch (role) {
    case Role.CONTRACTOR: {
      const contractor = await tx.findOne(Contractor, organisationId);
      if (!contractor) throw missing();
      return { role, contractor };
    }
    case Role.BRANCH_STAFF: {
      const branch = await tx.findOne(Branch, organisationId);
      if (!branch) throw missing();
      return { role, branch };
    }
    case Role.ORDERER: {
      const orderer = await tx.findOne(Orderer, organisationId);
      if (!orderer) throw missing();
      return { role, orderer };
    }
  }
}
