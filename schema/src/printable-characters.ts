import { PRINTABLE_CODE_POINTS, PRINTABLE_SEQUENCES } from './printable-characters.table';

/**
 * Which characters the documents (保証証書, 認証キーのお知らせ) can print as themselves: those some
 * document font draws (Noto Sans JP, then Noto Sans, KR, SC, TC: see server/src/modules/documents).
 * The table is generated from the fonts by `pnpm --filter @esurety/server generate:printable-characters`:
 * code points as base-36 "gap,length" pairs (a range starts `gap` after the previous one's end and
 * spans `length` + 1 code points), and per variation selector the bases it may follow, likewise.
 */
interface Ranges {
  starts: number[];
  ends: number[];
}

function decode(encoded: string): Ranges {
  const numbers = encoded ? encoded.split(',').map((n) => parseInt(n, 36)) : [];
  const ranges: Ranges = { starts: [], ends: [] };
  let previousEnd = -1;
  for (let i = 0; i < numbers.length; i += 2) {
    const start = previousEnd + numbers[i];
    previousEnd = start + numbers[i + 1];
    ranges.starts.push(start);
    ranges.ends.push(previousEnd);
  }
  return ranges;
}

function contains({ starts, ends }: Ranges, codePoint: number): boolean {
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < starts[middle]) high = middle - 1;
    else if (codePoint > ends[middle]) low = middle + 1;
    else return true;
  }
  return false;
}

let codePoints: Ranges | undefined;
let sequences: Map<number, Ranges> | undefined;

function tables() {
  codePoints ??= decode(PRINTABLE_CODE_POINTS);
  sequences ??= new Map(
    PRINTABLE_SEQUENCES.split(';')
      .filter(Boolean)
      .map((entry) => {
        const [selector, bases] = entry.split(':');
        return [parseInt(selector, 36), decode(bases)];
      }),
  );
  return { codePoints, sequences };
}

const isVariationSelector = (c: number) => (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef);

/**
 * The characters of `text` that no document can print, each once, in order of appearance: a code
 * point no document font has, or a variation sequence (base + selector, e.g. 葛 + U+E0101) no font
 * draws as such. Controls, format characters (bidi controls, joiners…), unpaired surrogates and
 * private-use characters are never printable. Pure; the client runs it as the user types.
 */
export function unprintableCharacters(text: string): string[] {
  const { codePoints: printable, sequences: variations } = tables();
  const found: string[] = [];
  const characters = [...text];
  characters.forEach((character, i) => {
    const codePoint = character.codePointAt(0)!;
    const next = characters[i + 1]?.codePointAt(0);
    if (next !== undefined && isVariationSelector(next)) {
      const bases = variations.get(next);
      if (!bases || !contains(bases, codePoint) || !contains(printable, codePoint)) found.push(character + characters[i + 1]);
      return;
    }
    if (isVariationSelector(codePoint)) {
      // A selector with no base before it (or after another selector) selects nothing.
      const previous = characters[i - 1]?.codePointAt(0);
      if (previous === undefined || isVariationSelector(previous)) found.push(character);
      return;
    }
    if (!contains(printable, codePoint)) found.push(character);
  });
  return [...new Set(found)];
}

/** `"𠀋"（U+2000B）`: a character (or sequence) with its code points, as messages name it; an invisible one by its code point alone. */
export function describeCharacter(character: string): string {
  const codes = [...character].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  const invisible = /^[\p{Cc}\p{Cf}\p{Cs}\p{Z}\p{M}]/u.test(character);
  return `${invisible ? '文字' : `"${character}"`}（${codes.join(' ')}）`;
}

/** 「工事名の"X"（U+XXXX）は保証書に印字できません。」, or null when every character prints. */
export function unprintableMessage(fieldLabel: string, text: string, documentName = '保証書'): string | null {
  const characters = unprintableCharacters(text);
  if (characters.length === 0) return null;
  return `${fieldLabel}の${characters.map(describeCharacter).join('、')}は${documentName}に印字できません。`;
}
