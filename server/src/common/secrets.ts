import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

/** The keys derived from the one master key (SECRET_KEY), each for one purpose. */
export interface Keyring {
  /** HMAC-SHA256 key of authentication keys, for verification. */
  authKeyHmac: Buffer;
  /** AES-256-GCM key of the stored copies of authentication keys. */
  authKeyEncryption: Buffer;
  /** AES-256-GCM key of the stored webhook signing secrets. */
  webhookSecretEncryption: Buffer;
  /** AES-256-GCM key of the answers kept for Idempotency-Key replays (they may hold a new secret). */
  idempotencyEncryption: Buffer;
}

export function deriveKeyring(master: Buffer): Keyring {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `esurety ${purpose}`, 32));
  return {
    authKeyHmac: derive('auth-key hmac'),
    authKeyEncryption: derive('auth-key encryption'),
    webhookSecretEncryption: derive('webhook secret encryption'),
    idempotencyEncryption: derive('idempotency response encryption'),
  };
}

/**
 * AES-256-GCM with `context` as associated data (so a sealed value can't be moved to another
 * record): iv.tag.ciphertext in base64url.
 */
export function seal(key: Buffer, context: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url')).join('.');
}

export function unseal(key: Buffer, context: string, sealed: string): string {
  const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

/**
 * SECRET_KEY from the configuration or, on the embedded default, one generated on first start
 * and kept in DATA_DIR/secret.key (readable by the owner only).
 */
export function loadKeyring(config: Pick<Config, 'secretKey' | 'dataDir'>): Keyring {
  if (config.secretKey) return deriveKeyring(config.secretKey);
  const file = path.join(config.dataDir, 'secret.key');
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const master = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (master.length !== 32) throw new Error(`${file} does not hold 32 bytes in base64`);
  return deriveKeyring(master);
}
