import { toZenkakuCase, toZenkakuSpace, toZenkanaCase } from 'encoding-japanese';

/**
 * Full-width text for fields marked 全角: ASCII letters, digits, symbols and spaces become their
 * full-width forms, half-width katakana (with its voiced marks) full-width katakana.
 * 〇〇銀行 xx支店 → 〇〇銀行　ｘｘ支店, ﾏﾂﾓﾄｼﾝｷﾝ → マツモトシンキン.
 */
export function toFullWidth(text: string): string {
  return toZenkakuSpace(toZenkanaCase(toZenkakuCase(text)));
}
