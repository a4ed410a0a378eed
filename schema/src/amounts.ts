/** The largest amount of yen any field takes: 10兆円. Larger input is a typo, not a contract. */
export const MAX_YEN = 10_000_000_000_000;

export type YenParse =
  { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-integer' | 'bad-grouping' | 'not-positive' | 'too-large' };

/**
 * Reads an amount as people type it: 20,000,000 / ２０，０００，０００ / ￥20,000,000 /
 * 20000000円, with spaces around. Commas, if any, must group by three (2,000,0000 is a typo:
 * 'bad-grouping'). Only whole, positive yen up to MAX_YEN are amounts.
 */
export function parseYen(text: string): YenParse {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const match = /^[¥￥\\]?\s*(-?)([0-9][0-9,]*)\s*円?$/u.exec(trimmed);
  if (!match) return { ok: false, reason: 'not-integer' };
  const [, sign, digits] = match;
  if (digits.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(digits)) return { ok: false, reason: 'bad-grouping' };
  const value = Number(sign + digits.replace(/,/g, ''));
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

/** The message for an amount that could not be read, naming the field: 「請負金額の桁区切り（,）が…」. */
export function yenParseMessage(fieldLabel: string, reason: Exclude<YenParse, { ok: true }>['reason']): string {
  if (reason === 'bad-grouping')
    return `${fieldLabel}の桁区切り（,）の位置が正しくありません。3桁ごとに区切るか、区切らずに入力してください。`;
  return `${fieldLabel}は1円以上10兆円以下の整数で入力してください。`;
}
