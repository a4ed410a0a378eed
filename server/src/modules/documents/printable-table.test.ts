import fs from 'node:fs';
import path from 'node:path';
import { unprintableCharacters } from '@esurety/schema';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FONTS, documentFont, fontDraws } from './document-fonts';
import { printableTableSource } from './printable-table';

describe('the table of printable characters (schema/src/printable-characters.table.ts)', () => {
  it('is what the document fonts draw today: regenerate it after changing a font', () => {
    const file = path.resolve(__dirname, '../../../../schema/src/printable-characters.table.ts');
    expect(fs.readFileSync(file, 'utf8'), 'run: pnpm --filter @esurety/server generate:printable-characters').toBe(printableTableSource());
  });

  it('agrees with the fonts character by character over the whole of Unicode', () => {
    const fonts = DOCUMENT_FONTS.map((f) => documentFont(f.name));
    const invisible = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += codePoint < 0x30000 ? 1 : 97) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (/[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(character)) continue; // a selector alone selects nothing
      const drawn = !invisible.test(character) && fonts.some((font) => fontDraws(font, character));
      if ((unprintableCharacters(character).length === 0) !== drawn)
        expect(`U+${codePoint.toString(16)}`).toBe(drawn ? 'printable' : 'unprintable');
    }
  });
});
