import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP's recommended minimum: m=19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * The password hash of an account that has no password yet (an administrator made by
 * `esurety create-admin`, an invited user): no password matches it, as `!` in /etc/shadow.
 */
export const NO_PASSWORD = '!';

/** Whether `password` is the one hashed; always false (after the same work) for NO_PASSWORD. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash === NO_PASSWORD) {
    await spendVerificationTime(password);
    return false;
  }
  return verify(passwordHash, password);
}

let decoy: Promise<string> | undefined;

/**
 * Verifies against a hash of nothing, so that an unknown e-mail costs as much time as a wrong
 * password and the answer's timing does not tell which accounts exist.
 */
export async function spendVerificationTime(password: string): Promise<void> {
  decoy ??= hashPassword('esurety: no such account');
  await verifyPassword(await decoy, password);
}
