/** The largest amount of yen any field takes: 10兆円. Larger input is a typo, not a contract. */
export const MAX_YEN = 10_000_000_000_000;

export type YenParse = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-integer' | 'not-positive' | 'too-large' };

/**
 * Reads an amount as people type it: 20,000,000 / ２０，０００，０００ / 20000000円.
 * Only whole, positive yen up to MAX_YEN are amounts.
 */
export function parseYen(text: string): YenParse {
  const normalised = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/円$/, '');
  if (normalised === '') return { ok: false, reason: 'empty' };
  if (!/^-?\d+$/.test(normalised)) return { ok: false, reason: 'not-integer' };
  const value = Number(normalised);
  if (value <= 0) return { ok: false, reason: 'not-positive' };
  if (value > MAX_YEN) return { ok: false, reason: 'too-large' };
  return { ok: true, value };
}

export function isValidYen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= MAX_YEN;
}

/**
 * The share of `amount` in `base` in percent to one decimal, rounded half up: 20,000,000 of
 * 50,000,000 → "40.0". Computed on integers, so no float ever rounds the wrong way.
 */
export function ratioPercent(amount: number, base: number): string | null {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(base) || base <= 0 || amount < 0) return null;
  const tenths = (BigInt(amount) * 2000n + BigInt(base)) / (2n * BigInt(base)); // round(amount*1000/base)
  return `${tenths / 10n}.${tenths % 10n}`;
}
