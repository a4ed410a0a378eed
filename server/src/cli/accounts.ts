import type { Config } from '../config';
import { setPasswordLink } from '../modules/identity/password-token.service';
import { UserAccountService } from '../modules/identity/user-accounts.service';
import type { Role } from '../modules/identity/user.entity';
import { json, table, withDatabase, type CliIo } from './cli-support';
import type { EntityManager } from '../db/orm';

/** `esurety create-admin --email …`: an administrator without a password, and the one-time link to set it. */
export async function createAdmin(config: Config, io: CliIo, options: { email: string; name: string }): Promise<void> {
  await withDatabase(config, async (orm) => {
    const { user, token, expiresAt } = await new UserAccountService(orm.em.fork() as EntityManager).createAdmin(
      options.email,
      options.name,
    );
    io.out(
      `Created the administrator ${user.email} (${user.name}), without a password.\n` +
        `Open this link once, before ${expiresAt.toISOString()}, to set the password; then sign in as usual:\n` +
        `${setPasswordLink(config.publicUrl, token)}\n`,
    );
  });
}

/** `esurety users list`. */
export async function listUsers(config: Config, io: CliIo, options: { role?: Role; enabledOnly?: boolean; json?: boolean }): Promise<void> {
  await withDatabase(config, async (orm) => {
    const users = await new UserAccountService(orm.em.fork() as EntityManager).list({
      role: options.role,
      includeDisabled: !options.enabledOnly,
    });
    const rows = users.map((u) => ({
      email: u.email,
      name: u.name,
      role: u.role,
      organisation: u.organisation?.name ?? null,
      disabledAt: u.disabledAt?.toISOString() ?? null,
    }));
    if (options.json) io.out(json(rows));
    else
      io.out(
        table(
          ['email', 'name', 'role', 'organisation', 'disabled'],
          rows.map((r) => [r.email, r.name, r.role, r.organisation, r.disabledAt]),
        ),
      );
  });
}

/** `esurety users disable <email>` and `esurety users enable <email>`. */
export async function setUserDisabled(config: Config, io: CliIo, email: string, disabled: boolean): Promise<void> {
  await withDatabase(config, async (orm) => {
    const service = new UserAccountService(orm.em.fork() as EntityManager);
    const user = disabled ? await service.disable(email) : await service.enable(email);
    io.out(
      disabled
        ? `Disabled ${user.email}: it can't sign in; its sessions ended and its API tokens were revoked.\n`
        : `Enabled ${user.email}: it can sign in again (revoked API tokens stay revoked).\n`,
    );
  });
}
