import type { jsPDF } from 'jspdf';
import { flow, heightOf, PAGE, type Block, type CellBox } from './page-layout';

/**
 * Type scales tried in turn until a document fits on one page. The smallest sets the 10.5 pt body
 * at 8 pt (10.5 × 0.76), the least that stays readable on a printed A4 page; below it, the document
 * continues on further pages instead.
 */
export const SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.76];

export interface RenderedDocument {
  pdf: Buffer;
  /** Every table cell as drawn, page by page (mm from the page's top left). */
  cells: CellBox[];
  pages: number;
  /** The type scale the document was set at (1 = the full sizes). */
  scale: number;
}

export interface PageParts {
  /** What tops the first page, drawn at the top margin (may draw nothing). */
  head(scale: number): Block;
  /** What tops each further page, drawn at the top margin. */
  continuation(scale: number, page: number): Block;
  /** The document's body at `scale`; table blocks record their cells into `cells` when drawn. */
  blocks(scale: number, cells: CellBox[]): Block[];
}

/** Wrap (the blocks do), then a smaller type, then continuation pages: the document at the largest scale that fits. */
export function fitToPage(doc: jsPDF, parts: PageParts): RenderedDocument {
  const bottom = PAGE.height - PAGE.margin;
  let scale = SCALES[SCALES.length - 1];
  for (const candidate of SCALES) {
    const head = parts.head(candidate);
    if (PAGE.margin + head.height + heightOf(parts.blocks(candidate, [])) <= bottom) {
      scale = candidate;
      break;
    }
  }
  const cells: CellBox[] = [];
  const head = parts.head(scale);
  head.draw(PAGE.margin, 1);
  const pages = flow(doc, parts.blocks(scale, cells), PAGE.margin + head.height, (page) => {
    const continuation = parts.continuation(scale, page);
    continuation.draw(PAGE.margin, page);
    return PAGE.margin + continuation.height;
  });
  return { pdf: Buffer.from(doc.output('arraybuffer')), cells, pages, scale };
}
