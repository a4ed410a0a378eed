import QRCode from 'qrcode';
import type { jsPDF } from 'jspdf';

/**
 * Draws `text` as a QR code (error correction M) of `size` mm at (x, y): vector squares, no image.
 * Each horizontal run of dark modules is one rectangle, and all of them go to the page as one
 * filled path (PDF `re` operators, then `f`): one jsPDF call instead of one per module.
 */
export function drawQrCode(doc: jsPDF, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const k = doc.internal.scaleFactor; // pt per mm
  const pageHeight = doc.internal.pageSize.getHeight();
  const cell = (size / (modules.size + quiet * 2)) * k;
  const left = x * k;
  const top = (pageHeight - y) * k;
  const n = (value: number) => value.toFixed(2);
  const path: string[] = ['q', '0 g'];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      const bottom = top - (row + quiet + 1) * cell;
      path.push(`${n(left + (col + quiet) * cell)} ${n(bottom)} ${n((end - col + 1) * cell)} ${n(cell)} re`);
      col = end;
    }
  }
  path.push('f', 'Q');
  (doc.internal as unknown as { write(content: string): void }).write(path.join('\n'));
}
