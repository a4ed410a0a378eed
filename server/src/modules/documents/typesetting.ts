import type { jsPDF } from 'jspdf';
import LineBreaker from 'linebreak';
import { DOCUMENT_FONTS, documentFont, embedFont, fontDraws, PRIMARY_FONT, type FontName } from './document-fonts';

/** A stretch of one line in one font. Widths in mm at the size the line was set in. */
export interface Run {
  font: FontName;
  text: string;
  width: number;
}

export interface Line {
  runs: Run[];
  width: number;
}

/** What jsPDF's TrueType support (patched: by code point) tells of a font: the width of a string, in pt at `size` pt. */
interface TrueTypeMetrics {
  widthOfString(text: string, size: number, charSpace: number): number;
}

interface Cluster {
  text: string;
  font: FontName;
}

const MM_PER_PT = 25.4 / 72;
const FALLBACKS = DOCUMENT_FONTS.map((f) => f.name).filter((name) => name !== PRIMARY_FONT);
const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** Characters that may not begin a line (行頭禁則, JIS X 4051): closing brackets, 。、・ー, small kana… */
const NO_LINE_START =
  /^[\p{Pe}\p{Pf}。、．，.,・：；:;!?！？ー～〜ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿｧ-ｯｰ゛゜]/u;
/** Characters that may not end a line (行末禁則): opening brackets. */
const NO_LINE_END = /[\p{Ps}\p{Pi}]$/u;

/** Whether a break between `before` and `after` keeps 禁則. */
export function breakAllowed(before: string, after: string): boolean {
  return !NO_LINE_START.test(after) && !NO_LINE_END.test(before);
}

/**
 * Sets text for one jsPDF document: chooses a font for every character, embeds each font cut down
 * to what it draws, measures, and breaks lines the Japanese way.
 *
 * Fonts: Noto Sans JP draws whatever it can. A run of one script (Hangul, Han, Latin…) that it cannot
 * draw whole goes to the first fallback that can, so that a foreign partner's name is set in one
 * design; a character no font has stays in Noto Sans JP (its .notdef box) — such characters are
 * refused at input (`unprintableCharacters` in schema/src), so that only happens to older data.
 *
 * Line breaks: the opportunities of UAX #14 (the `linebreak` package), which already keep
 * JIS X 4051's 禁則 for brackets, 。、・, ー and small kana between characters (it resolves class CJ
 * strictly). What it lacks is added here: after a space UAX #14 lets any character start a line
 * (LB18 comes before LB21), so `ｲ ｧ` or `x ー` could break; such opportunities are dropped. A word
 * wider than the line is broken between characters, at the last place that keeps 禁則.
 */
export class Typesetter {
  private readonly clusters = new Map<string, Cluster[]>();
  private readonly embedded = new Map<FontName, Set<number>>();
  private ready = false;

  constructor(
    readonly doc: jsPDF,
    texts: string[],
  ) {
    const used = this.embedded;
    for (const text of texts) {
      for (const cluster of this.clustersOf(text)) {
        const set = used.get(cluster.font) ?? used.set(cluster.font, new Set()).get(cluster.font)!;
        for (const c of cluster.text) set.add(c.codePointAt(0)!);
      }
    }
    // Printable ASCII always, so that keys and numbers never change a document's character set.
    const primary = used.get(PRIMARY_FONT) ?? used.set(PRIMARY_FONT, new Set()).get(PRIMARY_FONT)!;
    for (let c = 0x20; c < 0x7f; c++) primary.add(c);
    for (const [font, codePoints] of used) embedFont(doc, font, codePoints);
    this.ready = true;
  }

  /** The clusters of `text`, each with the font that draws it. */
  private clustersOf(text: string): Cluster[] {
    const known = this.clusters.get(text);
    if (known) return known;
    const clusters = itemize(text);
    if (this.ready) {
      // A text the constructor was not given may need glyphs its fonts were not cut with.
      for (const cluster of clusters) {
        for (const c of cluster.text) {
          if (!this.embedded.get(cluster.font)?.has(c.codePointAt(0)!)) throw new Error(`Typesetter: "${text}" was not announced.`);
        }
      }
    }
    this.clusters.set(text, clusters);
    return clusters;
  }

  private width(font: FontName, text: string, size: number): number {
    const internal = this.doc.internal as unknown as { getFont(name: string, style: string): { metadata: TrueTypeMetrics } };
    return internal.getFont(font, 'normal').metadata.widthOfString(text, size, 0) * MM_PER_PT;
  }

  /** `text` in one line at `size` pt, however wide. */
  line(text: string, size: number): Line {
    return this.toLine(this.clustersOf(text), size);
  }

  /** The width in mm of `text` in one line at `size` pt. */
  measure(text: string, size: number): number {
    return this.line(text, size).width;
  }

  /**
   * `text` broken into lines of at most `width` mm at `size` pt. The lines are kept across documents
   * (see `brokenLines`): they are not to be changed.
   */
  lines(text: string, size: number, width: number): Line[] {
    this.clustersOf(text); // throws for a text the constructor was not given
    const key = `${size}:${width}:${text}`;
    let lines = brokenLines.get(key);
    if (lines) brokenLines.delete(key);
    else lines = this.breakLines(text, size, width);
    brokenLines.set(key, lines); // most recently used last
    if (brokenLines.size > BROKEN_LINES_CACHE_SIZE) brokenLines.delete(brokenLines.keys().next().value!);
    return lines;
  }

  private breakLines(text: string, size: number, width: number): Line[] {
    const clusters = this.clustersOf(text);
    const widths = clusters.map((c) => this.width(c.font, c.text, size));
    // Break opportunities (UTF-16 offsets) → cluster indices.
    const starts = new Map<number, number>();
    clusters.reduce((offset, c, i) => (starts.set(offset, i), offset + c.text.length), 0);
    const opportunities: { at: number; required: boolean }[] = [];
    const breaker = new LineBreaker(text);
    const isSpace = (i: number) => /^\s+$/u.test(clusters[i].text);
    for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
      const at = starts.get(b.position) ?? clusters.length;
      if (at <= 0 || at > clusters.length) continue;
      // UAX #14 lets a line start with a small kana, ー or ・ after a space (LB18 before LB21); 禁則 does not.
      let before = at - 1;
      while (before > 0 && isSpace(before)) before--;
      if (b.required || at === clusters.length || breakAllowed(clusters[before].text, clusters[at].text)) {
        opportunities.push({ at, required: b.required });
      }
    }
    // Greedy: each line takes as many pieces between opportunities as fit. `breaks` are line ends.
    const breaks: number[] = [];
    let start = 0;
    let lineWidth = 0; // up to the last accepted opportunity
    let end = 0;
    const emit = (to: number) => {
      breaks.push(to);
      start = to;
      lineWidth = 0;
      end = to;
    };
    const sum = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
    for (const { at, required } of opportunities) {
      let trailing = 0;
      for (let i = at - 1; i >= end && isSpace(i); i--) trailing += widths[i];
      const pieceWidth = sum(end, at);
      if (lineWidth + pieceWidth - trailing <= width + 1e-6) {
        lineWidth += pieceWidth;
        end = at;
      } else {
        if (end > start) emit(end);
        // The piece alone may still be too wide: break it between characters.
        while (sum(start, at) - trailing > width + 1e-6) emit(this.emergencyBreak(clusters, widths, start, at, width));
        lineWidth = sum(start, at);
        end = at;
      }
      if (required) emit(at);
    }
    if (end > start || breaks.length === 0) emit(clusters.length);

    // No widow: a paragraph's last line is more than one character and its punctuation
    // (ありませ / ん。 becomes ありま / せん。), when an earlier opportunity leaves both lines fitting.
    if (breaks.length >= 2) {
      const lastStart = breaks[breaks.length - 2];
      const lineStart = breaks.length >= 3 ? breaks[breaks.length - 3] : 0;
      const body = clusters.slice(lastStart).filter((c) => !NO_LINE_START.test(c.text) && !/^\s+$/u.test(c.text));
      if (body.length <= 1) {
        const earlier = opportunities
          .map((o) => o.at)
          .filter((at) => at > lineStart + 1 && at < lastStart && sum(at, clusters.length) <= width + 1e-6)
          .pop();
        if (earlier !== undefined) breaks[breaks.length - 2] = earlier;
      }
    }

    return breaks.map((to, i) => {
      const from = i === 0 ? 0 : breaks[i - 1];
      let last = to;
      while (last > from && isSpace(last - 1)) last--; // spaces at a break hang outside the line
      return this.toLine(clusters.slice(from, last), size);
    });
  }

  /** Where to end a line inside an unbreakable stretch [start, end): as late as fits, keeping 禁則 if any place does. */
  private emergencyBreak(clusters: Cluster[], widths: number[], start: number, end: number, width: number): number {
    let fits = start + 1;
    for (let sum = widths[start]; fits < end && sum + widths[fits] <= width + 1e-6; fits++) sum += widths[fits];
    for (let at = fits; at > start + 1; at--) {
      if (breakAllowed(clusters[at - 1].text, clusters[at].text)) return at;
    }
    return fits;
  }

  private toLine(clusters: Cluster[], size: number): Line {
    const runs: Run[] = [];
    for (const cluster of clusters) {
      const last = runs[runs.length - 1];
      if (last && last.font === cluster.font) last.text += cluster.text;
      else runs.push({ font: cluster.font, text: cluster.text, width: 0 });
    }
    for (const run of runs) run.width = this.width(run.font, run.text, size);
    return { runs, width: runs.reduce((sum, r) => sum + r.width, 0) };
  }

  /** Draws `lines` at `size` pt from baseline `y`, each `leading` mm below the previous; `x` is the left, centre or right edge. */
  draw(lines: Line[], x: number, y: number, size: number, leading: number, align: 'left' | 'center' | 'right' = 'left'): void {
    this.doc.setFontSize(size);
    lines.forEach((line, i) => {
      let left = align === 'left' ? x : align === 'center' ? x - line.width / 2 : x - line.width;
      for (const run of line.runs) {
        this.doc.setFont(run.font, 'normal').text(run.text, left, y + i * leading);
        left += run.width;
      }
    });
  }
}

/**
 * Line breaks by size, width and text, kept across documents: a document's fixed wording is set at the
 * same sizes in every copy. They depend on nothing else: the fonts are chosen by the text alone
 * (`itemize`), and a width is the glyphs' advances in the font (HarfBuzz keeps them in every cut).
 * Breaking was about a tenth of a key notice's time. At most `BROKEN_LINES_CACHE_SIZE` texts, the
 * least recently used dropped first.
 */
export const BROKEN_LINES_CACHE_SIZE = 2000;
const brokenLines = new Map<string, Line[]>();

/** How many texts the caches across documents hold (for tests: they are bounded). */
export function typesettingCacheSizes(): { brokenLines: number; itemized: number } {
  return { brokenLines: brokenLines.size, itemized: itemized.size };
}

export const ITEMIZED_CACHE_SIZE = 1000;
const itemized = new Map<string, readonly Cluster[]>();

/**
 * `text` as grapheme clusters, each with the font that draws it. The choice depends on the text
 * alone, so it is kept across documents (their fixed wording repeats in every one).
 */
function itemize(text: string): Cluster[] {
  const known = itemized.get(text);
  if (known) return known as Cluster[];
  const primary = documentFont(PRIMARY_FONT);
  const clusters: Cluster[] = [...graphemes.segment(text)].map(({ segment }) => ({ text: segment, font: PRIMARY_FONT }));
  for (const group of scriptGroups(clusters)) {
    if (group.every((c) => fontDraws(primary, c.text))) continue;
    const whole = FALLBACKS.find((name) => group.every((c) => fontDraws(documentFont(name), c.text)));
    for (const cluster of group) {
      if (whole) cluster.font = whole;
      else if (!fontDraws(primary, cluster.text)) {
        cluster.font = FALLBACKS.find((name) => fontDraws(documentFont(name), cluster.text)) ?? PRIMARY_FONT;
      }
    }
  }
  itemized.set(text, clusters);
  if (itemized.size > ITEMIZED_CACHE_SIZE) itemized.delete(itemized.keys().next().value!);
  return clusters;
}

/** Consecutive clusters of one script; common and inherited characters (spaces, punctuation, marks) go with what precedes them. */
function scriptGroups(clusters: Cluster[]): Cluster[][] {
  const groups: Cluster[][] = [];
  let script: string | undefined;
  for (const cluster of clusters) {
    const own = scriptOf(cluster.text);
    if (own && own !== script) {
      groups.push([]);
      script = own;
    } else if (groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(cluster);
  }
  return groups;
}

const SCRIPTS: [string, RegExp][] = [
  ['Han', /^\p{Script=Han}/u],
  ['Kana', /^[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /^\p{Script=Hangul}/u],
  ['Latin', /^\p{Script=Latin}/u],
  ['Greek', /^\p{Script=Greek}/u],
  ['Cyrillic', /^\p{Script=Cyrillic}/u],
];

function scriptOf(cluster: string): string | undefined {
  for (const [name, pattern] of SCRIPTS) if (pattern.test(cluster)) return name;
  return /^[\p{Script=Common}\p{Script=Inherited}]/u.test(cluster) ? undefined : 'Other';
}
