import type { jsPDF } from 'jspdf';
import type { Line, Typesetter } from './typesetting';

/** A4 portrait in mm, with the margin every document keeps clear. */
export const PAGE = { width: 210, height: 297, margin: 20 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margin * 2;

const MM_PER_PT = 25.4 / 72;
/** Above and below the baseline, in em: the largest ascent and descent of the document fonts (Noto Sans JP 1160/−288). */
const ASCENT = 1.16;
const DESCENT = 0.3;
/** Baseline to baseline, in em. */
const LEADING = 1.5;

export const mm = (pt: number) => pt * MM_PER_PT;

/** Where a table cell was drawn (mm from the page's top left), so tests can check that its text stays inside. */
export interface CellBox {
  page: number;
  label: string;
  part: 'label' | 'value';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of a page, measured before it is drawn: its height in mm, and how to draw it from a top edge. */
export interface Block {
  height: number;
  /** Space above it, in mm, unless it starts a page. */
  gap: number;
  draw(top: number, page: number): void;
}

/** Text set in lines: `size` pt, from a top edge, left/centre/right aligned at `x`. */
export function textBlock(
  typesetter: Typesetter,
  lines: Line[],
  size: number,
  x: number,
  { gap = 0, align = 'left' as 'left' | 'center' | 'right', color = [0, 0, 0] as [number, number, number] } = {},
): Block & { lines: Line[] } {
  return {
    lines,
    gap,
    height: textHeight(lines.length, size),
    draw(top, _page) {
      typesetter.doc.setTextColor(...color);
      typesetter.draw(lines, x, firstBaseline(top, size), size, mm(size * LEADING), align);
      typesetter.doc.setTextColor(0);
    },
  };
}

export function textHeight(lines: number, size: number): number {
  return mm(size * (ASCENT + DESCENT + LEADING * Math.max(lines - 1, 0)));
}

export function firstBaseline(top: number, size: number): number {
  return top + mm(size * ASCENT);
}

export interface TableRow {
  label: string;
  /** Paragraphs of the value: each starts on a new line and wraps inside the cell. */
  value: string[];
  /** A smaller second line under the label, e.g. （JVの場合は代表者）. */
  labelNote?: string;
  size?: number;
}

/**
 * A table of label/value rows; values wrap inside their cells. Each row is a block of its own, so a
 * table that does not fit continues on the next page between rows. `cells` collects where each cell went.
 */
export function tableBlocks(
  typesetter: Typesetter,
  rows: TableRow[],
  { size, labelWidth, padding, cells, gap = 0 }: { size: number; labelWidth: number; padding: number; cells: CellBox[]; gap?: number },
): Block[] {
  const x = PAGE.margin;
  const valueWidth = CONTENT_WIDTH - labelWidth;
  return rows.map((row, i) => {
    const valueSize = row.size ?? size;
    const noteSize = size * 0.8;
    const labelLines = typesetter.lines(row.label, size, labelWidth - padding * 2);
    const noteLines = row.labelNote ? typesetter.lines(row.labelNote, noteSize, labelWidth - padding * 2) : [];
    const valueLines = row.value.flatMap((paragraph) => typesetter.lines(paragraph, valueSize, valueWidth - padding * 2));
    const labelHeight = textHeight(labelLines.length, size) + (noteLines.length ? textHeight(noteLines.length, noteSize) : 0);
    const height = Math.max(labelHeight, textHeight(valueLines.length, valueSize)) + padding * 2;
    return {
      height,
      gap: i === 0 ? gap : 0,
      draw(top, page) {
        const doc = typesetter.doc;
        doc.setDrawColor(100).setLineWidth(0.2);
        doc.rect(x, top, labelWidth, height).rect(x + labelWidth, top, valueWidth, height);
        textBlock(typesetter, labelLines, size, x + padding).draw(top + padding, page);
        if (noteLines.length)
          textBlock(typesetter, noteLines, noteSize, x + padding).draw(top + padding + textHeight(labelLines.length, size), page);
        textBlock(typesetter, valueLines, valueSize, x + labelWidth + padding).draw(top + padding, page);
        cells.push({ page, label: row.label, part: 'label', x, y: top, width: labelWidth, height });
        cells.push({ page, label: row.label, part: 'value', x: x + labelWidth, y: top, width: valueWidth, height });
      },
    };
  });
}

/** The total height of `blocks` set one after another on one page. */
export function heightOf(blocks: Block[]): number {
  return blocks.reduce((sum, b, i) => sum + b.height + (i === 0 ? 0 : b.gap), 0);
}

/**
 * Draws `blocks` top to bottom from `top`, starting a new page (after `onNewPage` draws its head and
 * says where the flow resumes) when the next block would cross the bottom margin. Returns the pages used.
 */
export function flow(doc: jsPDF, blocks: Block[], top: number, onNewPage: (page: number) => number): number {
  let y = top;
  let page = 1;
  let first = true;
  for (const block of blocks) {
    if (!first) y += block.gap;
    if (y + block.height > PAGE.height - PAGE.margin && !first) {
      doc.addPage();
      page++;
      y = onNewPage(page);
    }
    block.draw(y, page);
    y += block.height;
    first = false;
  }
  return page;
}
