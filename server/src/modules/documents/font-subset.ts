import fs from 'node:fs';

/**
 * Cuts a TrueType font down to some characters with HarfBuzz's subsetter (harfbuzzjs, the WebAssembly
 * build that `subset-font` wraps). Unlike `subset-font`, which copies and parses the whole font for
 * every call (5.5 MB for Noto Sans JP, 10 MB for Noto Sans SC), each font is loaded into HarfBuzz
 * once and its face is kept, and the layout tables are dropped: jsPDF draws glyph by glyph and never
 * reads GSUB/GPOS, and their closure was most of the time of a cut (19 ms against 7 ms measured).
 */

interface HarfBuzz {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const MEMORY_MODE_READONLY = 1;
const SETS_DROP_TABLE_TAG = 3;
const FLAGS_NO_HINTING = 0x1;
const FLAGS_NO_LAYOUT_CLOSURE = 0x200;
/** Tables jsPDF does not read: shaping, vertical metrics, hinting, variations' style names. */
const DROPPED_TABLES = [
  'GSUB',
  'GPOS',
  'GDEF',
  'BASE',
  'JSTF',
  'MATH',
  'vhea',
  'vmtx',
  'VORG',
  'STAT',
  'gasp',
  'prep',
  'fpgm',
  'cvt ',
  'hdmx',
  'LTSH',
  'DSIG',
];

/** Node's WebAssembly global (the server's TypeScript lib has no DOM or WebAssembly types). */
const wasm = (
  globalThis as unknown as {
    WebAssembly: { Module: new (bytes: Buffer) => object; Instance: new (module: object, imports: object) => { exports: object } };
  }
).WebAssembly;

const tag = (name: string) => [...name].reduce((value, c) => value * 256 + c.charCodeAt(0), 0);

let harfBuzz: HarfBuzz | undefined;
const faces = new Map<string, number>();

function load(): HarfBuzz {
  if (!harfBuzz) {
    const bytes = fs.readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    harfBuzz = new wasm.Instance(new wasm.Module(bytes), {}).exports as unknown as HarfBuzz;
    harfBuzz._initialize();
  }
  return harfBuzz;
}

/** The HarfBuzz face of the font in `file`, created once: the font's bytes stay in HarfBuzz's memory. */
function faceOf(file: string, read: () => Buffer): number {
  let face = faces.get(file);
  if (face === undefined) {
    const hb = load();
    const bytes = read();
    const pointer = hb.malloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer).set(bytes, pointer);
    const blob = hb.hb_blob_create(pointer, bytes.byteLength, MEMORY_MODE_READONLY, 0, 0);
    face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    faces.set(file, face);
  }
  return face;
}

/**
 * The font in `file` cut down to `codePoints` (with the glyphs of their variation sequences when the
 * selectors are among them), as TrueType bytes. Glyph ids are renumbered; the cut's cmap maps every
 * kept code point (formats 4, 12 and 14 as needed).
 */
export function cutFont(file: string, read: () => Buffer, codePoints: Iterable<number>): Buffer {
  const hb = load();
  const face = faceOf(file, read);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a font subset.');
  try {
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | FLAGS_NO_HINTING | FLAGS_NO_LAYOUT_CLOSURE);
    const dropped = hb.hb_subset_input_set(input, SETS_DROP_TABLE_TAG);
    for (const table of DROPPED_TABLES) hb.hb_set_add(dropped, tag(table));
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error(`HarfBuzz could not cut ${file}.`);
    const blob = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(blob, 0);
    const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(blob)));
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}
