/**
 * What a TrueType font can draw, read from its `cmap` table (OpenType spec, "cmap — Character to
 * Glyph Index Mapping Table"): the code points of its Unicode subtables (formats 4 and 12) and the
 * variation sequences of its format 14 subtable (e.g. 葛 U+845B + U+E0100, an Adobe-Japan1 異体字).
 */
export interface FontCoverage {
  codePoints: Set<number>;
  /** `base:selector` (decimal code points) of every variation sequence the font draws. */
  sequences: Set<string>;
}

export function readCoverage(font: Buffer): FontCoverage {
  const cmap = tableOffset(font, 'cmap');
  const codePoints = new Set<number>();
  const sequences = new Set<string>();
  const count = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const encoding = font.readUInt16BE(cmap + 6 + i * 8);
    const at = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    const format = font.readUInt16BE(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 4) readFormat4(font, at, codePoints);
    else if (unicode && format === 12) readFormat12(font, at, codePoints);
    else if (platform === 0 && encoding === 5 && format === 14) readFormat14(font, at, sequences);
  }
  return { codePoints, sequences };
}

function tableOffset(font: Buffer, tag: string): number {
  const tables = font.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + i * 16;
    if (font.toString('latin1', entry, entry + 4) === tag) return font.readUInt32BE(entry + 8);
  }
  throw new Error(`The font has no ${tag} table.`);
}

function readFormat4(font: Buffer, at: number, into: Set<number>) {
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readUInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(c);
    }
  }
}

function readFormat12(font: Buffer, at: number, into: Set<number>) {
  const groups = font.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = font.readUInt32BE(group);
    const end = font.readUInt32BE(group + 4);
    const glyph = font.readUInt32BE(group + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) into.add(c);
  }
}

function readFormat14(font: Buffer, at: number, into: Set<string>) {
  const records = font.readUInt32BE(at + 6);
  for (let r = 0; r < records; r++) {
    const record = at + 10 + r * 11;
    const selector = font.readUIntBE(record, 3);
    const defaults = font.readUInt32BE(record + 3);
    const nonDefaults = font.readUInt32BE(record + 7);
    if (defaults) {
      const ranges = font.readUInt32BE(at + defaults);
      for (let i = 0; i < ranges; i++) {
        const start = font.readUIntBE(at + defaults + 4 + i * 4, 3);
        const additional = font.readUInt8(at + defaults + 7 + i * 4);
        for (let c = start; c <= start + additional; c++) into.add(`${c}:${selector}`);
      }
    }
    if (nonDefaults) {
      const mappings = font.readUInt32BE(at + nonDefaults);
      for (let i = 0; i < mappings; i++) into.add(`${font.readUIntBE(at + nonDefaults + 4 + i * 5, 3)}:${selector}`);
    }
  }
}
