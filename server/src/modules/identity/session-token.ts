import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'esurety_session';

/** 256 bits from the operating system's secure random source (session and API tokens). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
