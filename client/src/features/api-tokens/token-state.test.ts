import { describe, expect, it } from 'vitest';
import { apiTokenState, endOfDayInJapan } from './token-state';

describe('apiTokenState', () => {
  const now = new Date('2026-06-30T12:00:00.000Z');

  it('is active without expiry, or before it', () => {
    expect(apiTokenState({ expiresAt: null, revokedAt: null }, now)).toBe('ACTIVE');
    expect(apiTokenState({ expiresAt: '2026-06-30T14:59:59.999Z' }, now)).toBe('ACTIVE');
  });

  it('is expired from the expiry on', () => {
    expect(apiTokenState({ expiresAt: '2026-06-30T12:00:00.000Z' }, now)).toBe('EXPIRED');
  });

  it('is revoked once revoked, expired or not', () => {
    expect(apiTokenState({ expiresAt: '2026-01-01T00:00:00.000Z', revokedAt: '2025-12-01T00:00:00.000Z' }, now)).toBe('REVOKED');
  });
});

describe('endOfDayInJapan', () => {
  it('is 23:59:59.999 in Japan, whatever the runtime time zone', () => {
    expect(endOfDayInJapan('2026-06-30')).toBe('2026-06-30T14:59:59.999Z');
  });

  it('refuses what is not a date', () => {
    expect(() => endOfDayInJapan('30/06/2026')).toThrow();
  });
});
