import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP's recommended minimum: m=19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
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
