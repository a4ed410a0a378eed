/** What a token can still do: revocation wins over expiry. */
export type ApiTokenState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

interface TokenDates {
  expiresAt?: string | null;
  revokedAt?: string | null;
}

export function apiTokenState(token: TokenDates, now: Date = new Date()): ApiTokenState {
  if (token.revokedAt) return 'REVOKED';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** The last moment of a calendar day in Japan, as the API takes it: 2026-06-30 → 2026-06-30T14:59:59.999Z. */
export function endOfDayInJapan(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`not a date: ${isoDate}`);
  return new Date(`${isoDate}T23:59:59.999+09:00`).toISOString();
}

const DAY_MS = 86_400_000;

/**
 * The latest last day a new token may have: the server takes an expiry up to a year from now,
 * and the form's day lasts to 23:59 in Japan, so the day before the same date next year.
 */
export function latestExpiryDate(now: Date = new Date()): string {
  const nextYear = new Date(now);
  nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
  return new Date(nextYear.getTime() - DAY_MS).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

/** The last day a new token gets unless the user picks another: 90 days from today in Japan. */
export function defaultExpiryDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 90 * DAY_MS).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}
