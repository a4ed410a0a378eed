import { randomBytes } from 'node:crypto';
import { AUTH_KEY_ALPHABET, isWellFormedAuthKey } from '@esurety/schema';
import { describe, expect, it } from 'vitest';
import { deriveKeyring } from '../../common/secrets';
import { authKeyHmac, authKeyMatches, decryptAuthKey, encryptAuthKey, generateAuthKey } from './auth-keys';

const keyring = deriveKeyring(randomBytes(32));

describe('認証キー', () => {
  it('has 12 characters of an alphabet without look-alikes, at least 64 bits', () => {
    expect(AUTH_KEY_ALPHABET).toHaveLength(56);
    for (const lookAlike of '0Oo1lI') expect(AUTH_KEY_ALPHABET).not.toContain(lookAlike);
    expect(12 * Math.log2(AUTH_KEY_ALPHABET.length)).toBeGreaterThanOrEqual(64);
    const key = generateAuthKey();
    expect(key).toHaveLength(12);
    expect(isWellFormedAuthKey(key)).toBe(true);
  });

  it('never repeats over 100,000 keys, and uses every symbol about equally', () => {
    const keys = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      const key = generateAuthKey();
      keys.add(key);
      for (const c of key) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(keys.size).toBe(100_000);
    expect(counts.size).toBe(56);
    const expected = (100_000 * 12) / 56; // ≈ 21,429 per symbol
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.05);
  });

  it('verifies by HMAC bound to the contract number', () => {
    const hmac = authKeyHmac(keyring, '20075-00001X', 'Z28YUE4J3Bux');
    expect(authKeyMatches(keyring, '20075-00001X', 'Z28YUE4J3Bux', hmac)).toBe(true);
    expect(authKeyMatches(keyring, '20075-00001X', 'Z28YUE4J3Buy', hmac)).toBe(false);
    expect(authKeyMatches(keyring, '20075-00002X', 'Z28YUE4J3Bux', hmac)).toBe(false);
    expect(authKeyMatches(deriveKeyring(randomBytes(32)), '20075-00001X', 'Z28YUE4J3Bux', hmac)).toBe(false);
  });

  it('keeps an encrypted copy that only this keyring and this number open', () => {
    const sealed = encryptAuthKey(keyring, '20075-00001X', 'Z28YUE4J3Bux');
    expect(sealed).not.toContain('Z28YUE4J3Bux');
    expect(decryptAuthKey(keyring, '20075-00001X', sealed)).toBe('Z28YUE4J3Bux');
    expect(() => decryptAuthKey(keyring, '20075-00002X', sealed)).toThrow();
    expect(() => decryptAuthKey(deriveKeyring(randomBytes(32)), '20075-00001X', sealed)).toThrow();
  });
});
