import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CellBox } from './page-layout';
import { PAGE } from './page-layout';

/** For tests: what poppler (pdftotext) reads back from a PDF, as a person's PDF viewer would. */

export interface Word {
  page: number;
  text: string;
  /** In mm from the page's top left. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const PT_TO_MM = 25.4 / 72;

function withFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return read(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as `pdftotext` extracts it. */
export function pdfText(pdf: Buffer, layout = true): string {
  return withFile(pdf, (file) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }));
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Every word with its box (`pdftotext -bbox`), in mm. */
export function pdfWords(pdf: Buffer): Word[] {
  const html = withFile(pdf, (file) => execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }));
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      words.push({
        page,
        xMin: +m[1] * PT_TO_MM,
        yMin: +m[2] * PT_TO_MM,
        xMax: +m[3] * PT_TO_MM,
        yMax: +m[4] * PT_TO_MM,
        text: m[5].replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]),
      });
    }
  }
  return words;
}

/** Whitespace carries no meaning when comparing what was printed with what was typed. */
export const withoutSpaces = (text: string) => text.replace(/\s+/gu, '');

const TOLERANCE = 0.3; // mm

export const inside = (w: Word, c: Pick<CellBox, 'x' | 'y' | 'width' | 'height'>) =>
  w.xMin >= c.x - TOLERANCE && w.xMax <= c.x + c.width + TOLERANCE && w.yMin >= c.y - TOLERANCE && w.yMax <= c.y + c.height + TOLERANCE;

const startsIn = (w: Word, c: CellBox) => {
  const x = w.xMin + 0.5;
  const y = (w.yMin + w.yMax) / 2;
  return w.page === c.page && x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height;
};

export const PRINTABLE_AREA = {
  x: PAGE.margin,
  y: PAGE.margin,
  width: PAGE.width - 2 * PAGE.margin,
  height: PAGE.height - 2 * PAGE.margin,
};

/** The words that start in `cell`. */
export function wordsIn(words: Word[], cell: CellBox): Word[] {
  return words.filter((w) => startsIn(w, cell));
}

/** Words grouped into lines (same page, overlapping vertically), each line's words left to right. */
export function linesOf(words: Word[]): string[] {
  const lines: Word[][] = [];
  for (const word of [...words].sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => l[0].page === word.page && Math.abs(l[0].yMin - word.yMin) < 1 && Math.abs(l[0].yMax - word.yMax) < 1);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((l) =>
    l
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' '),
  );
}

/** The text of a cell, line by line, as a reader would take it in. */
export function cellText(words: Word[], cell: CellBox): string {
  return linesOf(wordsIn(words, cell)).join('\n');
}
