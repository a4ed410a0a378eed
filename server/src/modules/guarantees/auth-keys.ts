import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { AUTH_KEY_ALPHABET, AUTH_KEY_LENGTH } from '@esurety/schema';
import { seal, unseal, type Keyring } from '../../common/secrets';

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

/** The stored copy of a key, sealed with the contract number as associated data. */
export function encryptAuthKey(keyring: Keyring, contractNumber: string, authKey: string): string {
  return seal(keyring.authKeyEncryption, contractNumber, authKey);
}

export function decryptAuthKey(keyring: Keyring, contractNumber: string, sealed: string): string {
  return unseal(keyring.authKeyEncryption, contractNumber, sealed);
}
