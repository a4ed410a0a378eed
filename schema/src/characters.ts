/**
 * Characters no text field takes: they are invisible, change the direction of what follows, or
 * are not characters at all. An RTL override (U+202E) makes `工事\u202Egnp.exe` display as
 * `工事exe.png`; a lone surrogate cannot be stored and would silently become U+FFFD. Pure;
 * the server checks every text argument with it and the client runs it as the user types.
 *
 * Kept: everything real text needs, e.g. variation selectors of 異体字 (葛\u{E0100}, category Mn),
 * combining marks, ideographic space; line breaks (LF, CR) and tabs in multi-line fields only.
 */
export type ForbiddenCharacterKind =
  'bidi-control' | 'control' | 'line-break' | 'format' | 'lone-surrogate' | 'noncharacter' | 'replacement';

export interface ForbiddenCharacter {
  /** The offending code point as a string (a lone surrogate is one UTF-16 unit). */
  char: string;
  codePoint: number;
  /** Index in UTF-16 units into the text. */
  index: number;
  kind: ForbiddenCharacterKind;
  /** The kind in Japanese, as messages name it: 「文字の向きを変える制御文字」. */
  name: string;
}

/** Japanese names of the kinds, as messages show them. */
export const FORBIDDEN_CHARACTER_NAMES: Record<ForbiddenCharacterKind, string> = {
  'bidi-control': '文字の向きを変える制御文字',
  control: '制御文字',
  'line-break': '改行',
  format: '見えない書式制御文字',
  'lone-surrogate': '対になっていないサロゲート',
  noncharacter: '文字として使えない符号位置',
  replacement: '文字化けを示す置換文字',
};

// Unicode Bidi_Control: ALM, LRM, RLM, LRE..RLO, LRI..PDI.
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// LF, VT, FF, CR, NEL, line and paragraph separators.
const LINE_BREAK_CODE_POINTS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const MULTILINE_ALLOWED = /[\n\r\t]/u;

function kindOf(char: string, codePoint: number, multiline: boolean): ForbiddenCharacterKind | null {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'lone-surrogate';
  if (multiline && MULTILINE_ALLOWED.test(char)) return null;
  if (LINE_BREAK_CODE_POINTS.has(codePoint)) return 'line-break';
  if (/\p{Cc}/u.test(char)) return 'control';
  if (BIDI_CONTROL.test(char)) return 'bidi-control';
  // Zero-width space and joiners, BOM, soft hyphen, word joiner, tags, interlinear annotations…
  if (/\p{Cf}/u.test(char)) return 'format';
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return 'noncharacter';
  if (codePoint === 0xfffd) return 'replacement';
  return null;
}

/**
 * The first character of `text` no text field takes, or null. `multiline`: the field is
 * multi-line (連絡事項, 差戻しの理由…) and may keep line feeds, carriage returns and tabs.
 */
export function findForbiddenCharacter(text: string, { multiline = false }: { multiline?: boolean } = {}): ForbiddenCharacter | null {
  let index = 0;
  // for…of walks code points; a lone surrogate comes out as one unit of its own.
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const kind = kindOf(char, codePoint, multiline);
    if (kind) return { char, codePoint, index, kind, name: FORBIDDEN_CHARACTER_NAMES[kind] };
    index += char.length;
  }
  return null;
}

/** `U+202E`: a code point as messages write it. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 「工事名に使用できない文字（U+202E、文字の向きを変える制御文字）が含まれています。」 */
export function forbiddenCharacterMessage(fieldLabel: string, found: Pick<ForbiddenCharacter, 'codePoint' | 'name'>): string {
  return `${fieldLabel}に使用できない文字（${codePointLabel(found.codePoint)}、${found.name}）が含まれています。`;
}

/** The message for the first forbidden character of `text` in the field `fieldLabel`, or null. */
export function forbiddenCharacterError(fieldLabel: string, text: string, options?: { multiline?: boolean }): string | null {
  const found = findForbiddenCharacter(text, options);
  return found ? forbiddenCharacterMessage(fieldLabel, found) : null;
}
