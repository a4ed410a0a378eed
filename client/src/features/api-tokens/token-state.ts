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
