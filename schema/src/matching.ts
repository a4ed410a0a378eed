/**
 * The matching normalisation: what search and comparisons see of a text, so that two texts a
 * person reads as the same match. Stored texts keep what was typed (no NFC either); a key
 * column beside each searchable text holds `matchingKey(text)` so that search stays indexed.
 *
 * 1. NFKC: full-width and half-width forms (ＡＢ１ → AB1, ﾃｽﾄ → テスト), composed and decomposed
 *    kana (ト + U+3099 → ド), compatibility characters (Ⅱ → II, ㈱ → (株)), U+3000 → space.
 * 2. The wave-dash family (〜 U+301C, ～ U+FF5E, ~, ∼ U+223C, 〰) reads as `~`.
 * 3. The dash family (DASH_LIKE: hyphens, figure/en/em dashes, horizontal bar, minus signs)
 *    reads as `-`. The long vowel mark ー (U+30FC) is a letter and stays.
 * 4. White space carries no meaning in the names searched (〇〇建設 株式会社 = 〇〇建設株式会社):
 *    removed.
 * 5. ASCII letters are lowercased.
 */

/** Hyphens, dashes and minus signs that people type for `-` (not ー, the long vowel mark). */
export const DASH_LIKE = '\u002D\u02D7\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D';

/** Wave dashes and tildes that people type for one another. */
export const WAVE_DASH_LIKE = '\u007E\u223C\u223E\u301C\u3030\uFF5E';

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const DASHES = new RegExp(`[${escapeClass(DASH_LIKE)}]`, 'gu');
const WAVES = new RegExp(`[${escapeClass(WAVE_DASH_LIKE)}]`, 'gu');

/** The matching key of `text` (see above): 松本駅前～ and 松本駅前〜 → 松本駅前~; 市道１－２号線 → 市道1-2号線. */
export function matchingKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(WAVES, '~')
    .replace(DASHES, '-')
    .replace(/\s+/gu, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Whether two texts read the same to a person (same matching key). */
export function matchesAsRead(a: string, b: string): boolean {
  return matchingKey(a) === matchingKey(b);
}

/** `%term%` for a SQL LIKE with `escape '\'`: the term's own %, _ and \ match literally. */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, '\\$&')}%`;
}
