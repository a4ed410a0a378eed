import fs from 'node:fs';
import zlib from 'node:zlib';
import { jsPDF } from 'jspdf';
import { readCoverage, type FontCoverage } from './font-cmap';
import { cutFont } from './font-subset';

/**
 * The fonts documents are printed in, all Noto Sans (SIL OFL 1.1) from the npm packages of Google
 * Fonts: Japanese first; the others only for what it lacks — Latin, Greek and Cyrillic letters
 * beyond JIS (a Vietnamese or European JV partner), Hangul (a Korean partner), simplified and
 * traditional hanzi (a Chinese or Taiwanese partner). The same list generates the table of printable
 * characters in schema/src (server/src/scripts/generate-printable-characters.ts).
 */
export const DOCUMENT_FONTS = [
  { name: 'NotoSansJP', package: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf' },
  { name: 'NotoSans', package: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  { name: 'NotoSansKR', package: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf' },
  { name: 'NotoSansSC', package: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { name: 'NotoSansTC', package: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf' },
] as const;

export type FontName = (typeof DOCUMENT_FONTS)[number]['name'];
export const PRIMARY_FONT: FontName = 'NotoSansJP';

interface LoadedFont {
  name: FontName;
  file: string;
  bytes(): Buffer;
  coverage: FontCoverage;
}

const loaded = new Map<FontName, LoadedFont>();

/** A document font, read and its coverage indexed on first use (the fallbacks only when needed). */
export function documentFont(name: FontName): LoadedFont {
  let font = loaded.get(name);
  if (!font) {
    const file = require.resolve(DOCUMENT_FONTS.find((f) => f.name === name)!.package);
    let bytes: Buffer | undefined = fs.readFileSync(file);
    const coverage = readCoverage(bytes);
    // The bytes are needed once more, when HarfBuzz first loads the face; then they can go.
    font = {
      name,
      file,
      coverage,
      bytes: () => {
        const b = bytes ?? fs.readFileSync(file);
        bytes = undefined;
        return b;
      },
    };
    loaded.set(name, font);
  }
  return font;
}

const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;

/** Whether `font` draws the grapheme cluster `cluster` (a code point, a variation sequence, or a base with combining marks). */
export function fontDraws(font: LoadedFont, cluster: string): boolean {
  const codePoints = [...cluster];
  for (let i = 0; i < codePoints.length; i++) {
    const codePoint = codePoints[i].codePointAt(0)!;
    if (VARIATION_SELECTOR.test(codePoints[i]) && i > 0) {
      if (!font.coverage.sequences.has(`${codePoints[i - 1].codePointAt(0)}:${codePoint}`)) return false;
    } else if (!font.coverage.codePoints.has(codePoint)) return false;
  }
  return true;
}

/**
 * Cuts kept, the least recently used dropped first: about 130 KB each with its parsed tables
 * (Noto Sans JP cut to a certificate's characters), so at most about 26 MB.
 */
export const CUT_CACHE_SIZE = 200;

/**
 * A TrueType font as jsPDF parsed it (`jsPDF.API.TTFFont`, not in jsPDF's types): its tables, to
 * measure and map characters. `forDocument` (an addition of the jsPDF patch) gives each document a
 * copy of its own for what the document records (glyphs, widths, ToUnicode), sharing the tables.
 */
interface ParsedFont {
  forDocument(): ParsedFont;
}

const TrueTypeFont = (jsPDF.API as unknown as { TTFFont: { open(bytes: Uint8Array): ParsedFont } }).TTFFont;

interface Cut {
  /**
   * The cut parsed once by jsPDF, put in a document's virtual file system in place of the file:
   * the patched `addFont` takes it as it is (parsing the cut was about a tenth of a document's time).
   */
  parsed: ParsedFont;
  /** The cut compressed once (FlateDecode), embedded as it is: jsPDF need not subset it again. */
  program: { data: string; length1: number; filter: '/FlateDecode' };
}

const cuts = new Map<string, Cut>();

function cut(name: FontName, codePoints: Set<number>): Cut {
  const key = `${name}:${[...codePoints].sort((a, b) => a - b).join(',')}`;
  let made = cuts.get(key);
  if (made) cuts.delete(key);
  else {
    const font = documentFont(name);
    const bytes = cutFont(font.file, font.bytes, codePoints);
    made = {
      parsed: TrueTypeFont.open(bytes),
      program: { data: zlib.deflateSync(bytes).toString('latin1'), length1: bytes.length, filter: '/FlateDecode' },
    };
  }
  cuts.set(key, made); // most recently used last
  if (cuts.size > CUT_CACHE_SIZE) cuts.delete(cuts.keys().next().value!);
  return made;
}

/** How many cuts are kept (for tests: the cache is bounded). */
export function cachedCuts(): number {
  return cuts.size;
}

/**
 * Registers `font` with the document, cut down to `codePoints` with HarfBuzz: jsPDF would otherwise
 * parse the whole font and subset it again for every document. The cut is embedded as it is
 * (`fontProgram`, an option of the jsPDF patch). Recent cuts are kept, as documents repeat their characters.
 */
export function embedFont(doc: jsPDF, name: FontName, codePoints: Set<number>): void {
  const { parsed, program } = cut(name, codePoints);
  doc.addFileToVFS(`${name}.ttf`, parsed as unknown as string);
  doc.addFont(`${name}.ttf`, name, 'normal');
  (doc.internal as unknown as { getFont(name: string, style: string): { metadata: { fontProgram?: Cut['program'] } } }).getFont(
    name,
    'normal',
  ).metadata.fontProgram = program;
}
