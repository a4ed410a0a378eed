import QRCode from 'qrcode';
import type { jsPDF } from 'jspdf';

/**
 * Draws `text` as a QR code (error correction M) of `size` mm at (x, y): vector squares, no image,
 * each horizontal run of dark modules one rectangle (a third of the operators of one per module).
 */
export function drawQrCode(doc: jsPDF, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  doc.setFillColor(0, 0, 0);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, (end - col + 1) * cell, cell, 'F');
      col = end;
    }
  }
}
