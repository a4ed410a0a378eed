import fs from 'node:fs';
import subsetFont from 'subset-font';
import type { jsPDF } from 'jspdf';

const FONT_FILE = require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
export const FONT_NAME = 'NotoSansJP';

/** Printable ASCII is always embedded, so keys and numbers never change a document's character set. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const CACHE_SIZE = 200;

let font: Buffer | undefined;
const subsets = new Map<string, Promise<string>>();

/** Noto Sans JP (SIL OFL 1.1), read once per process. */
function fullFont(): Buffer {
  font ??= fs.readFileSync(FONT_FILE);
  return font;
}

/** The font cut down to `characters`, in base64; recent cuts are kept, as documents repeat. */
function subsetFor(characters: string): Promise<string> {
  const cached = subsets.get(characters);
  if (cached) {
    subsets.delete(characters);
    subsets.set(characters, cached); // most recently used last
    return cached;
  }
  const made = subsetFont(fullFont(), characters, { targetFormat: 'truetype' }).then((b) => Buffer.from(b).toString('base64'));
  made.catch(() => subsets.delete(characters));
  subsets.set(characters, made);
  if (subsets.size > CACHE_SIZE) subsets.delete(subsets.keys().next().value!);
  return made;
}

/**
 * Embeds Noto Sans JP cut down to the characters `text` uses: jsPDF would otherwise parse the whole
 * 5 MB font for every document. The glyphs keep their Unicode mapping, so the text stays extractable.
 */
export async function useJapaneseFont(doc: jsPDF, text: string): Promise<void> {
  const characters = [...new Set(ASCII + text)].sort().join('');
  doc.addFileToVFS(`${FONT_NAME}.ttf`, await subsetFor(characters));
  doc.addFont(`${FONT_NAME}.ttf`, FONT_NAME, 'normal');
  doc.setFont(FONT_NAME, 'normal');
}
