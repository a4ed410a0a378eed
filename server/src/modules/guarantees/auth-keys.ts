import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { AUTH_KEY_ALPHABET, AUTH_KEY_LENGTH } from '@esurety/schema';
import type { Keyring } from '../../common/secrets';

/** A new 認証キー from the operating system's secure random source, each symbol uniform. */
export function generateAuthKey(): string {
  let key = '';
  for (let i = 0; i < AUTH_KEY_LENGTH; i++) key += AUTH_KEY_ALPHABET[randomInt(AUTH_KEY_ALPHABET.length)];
  return key;
}

/**
 * The HMAC that verification compares against. It binds the key to its contract number, so a
 * stored HMAC can't be moved to another guarantee.
 */
export function authKeyHmac(keyring: Keyring, contractNumber: string, authKey: string): string {
  return createHmac('sha256', keyring.authKeyHmac).update(`${contractNumber}\n${authKey}`).digest('hex');
}

/** Constant-time comparison of a presented key with the stored HMAC. */
export function authKeyMatches(keyring: Keyring, contractNumber: string, authKey: string, storedHmac: string): boolean {
  const presented = Buffer.from(authKeyHmac(keyring, contractNumber, authKey), 'hex');
  const stored = Buffer.from(storedHmac, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** AES-256-GCM, with the contract number as associated data: iv.tag.ciphertext in base64url. */
export function encryptAuthKey(keyring: Keyring, contractNumber: string, authKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.authKeyEncryption, iv);
  cipher.setAAD(Buffer.from(contractNumber));
  const ciphertext = Buffer.concat([cipher.update(authKey, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url')).join('.');
}

export function decryptAuthKey(keyring: Keyring, contractNumber: string, sealed: string): string {
  const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keyring.authKeyEncryption, iv);
  decipher.setAAD(Buffer.from(contractNumber));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
