import { formatEraDate, formatYen } from '@esurety/schema';
import { jsPDF } from 'jspdf';
import { kindName, type Certificate } from '../guarantees/certificate';
import { PRIMARY_FONT } from './document-fonts';
import { fitToPage, type RenderedDocument } from './fit-to-page';
import { CONTENT_WIDTH, PAGE, tableBlocks, textBlock, type Block, type CellBox, type TableRow } from './page-layout';
import { Typesetter } from './typesetting';

export const VIEWING_COPY = '閲覧用';
const VIEWING_NOTE = 'この印刷物は閲覧用の写しであり、保証証書ではありません。保証証書は保証確認サービスに表示されるものです。';
const NOTES = [
  '（注）1. 保証契約を変更する場合は、表題の下に変更の表示と変更の発生番号を付記し、変更後の契約内容を表示します。',
  '2. 請負金額のみの変更の場合は、この保証契約の効力に影響を及ぼさないで、保証契約の変更の手続きをとる必要はありません。',
];
const CONTINUED = '保証証書（続き）';

/**
 * The rows of ④ 保証証書, in the flyer's order. 保証契約者 is the address, then the contractor (for
 * a JV, the JV's name), then the JV's other members, each on a line of its own.
 */
export function certificateRows(c: Certificate): TableRow[] {
  const members = c.jointVentureMembers.filter((m) => m !== c.contractorName);
  return [
    { label: '保証契約番号', value: [c.contractNumber] },
    { label: '保証契約者', value: [c.contractorAddress, c.contractorName, ...members] },
    { label: '発注者', value: [c.ordererTitle] },
    { label: '保証金額（総額）', value: [formatYen(c.amount)] },
    { label: '保証期限', value: [formatEraDate(c.deadline)] },
    { label: '工事名', value: [c.workName] },
    { label: '請負金額（総額）', value: [formatYen(c.contractAmount)] },
    { label: '工期', value: [`${formatEraDate(c.workStartDate)} ～ ${formatEraDate(c.workEndDate)}`] },
    { label: '請負契約日', value: [formatEraDate(c.contractDate)] },
    ...(c.depositBank ? [{ label: '預託金融機関', value: [c.depositBank] }] : []),
  ];
}

/** ④ 保証証書 as issued, printed as a viewing copy: a printout is not the certificate. */
export async function certificatePdf(c: Certificate): Promise<Buffer> {
  return renderCertificate(c).pdf;
}

/** The certificate's PDF with where each table cell went and the type scale it fitted at. */
export function renderCertificate(c: Certificate): RenderedDocument {
  const title = `保証証書（${kindName(c.kind)}）`;
  const change = c.changeNumber ? `変更 ${c.changeNumber}` : '';
  const revoked = c.revokedOn ? `取消済み（${formatEraDate(c.revokedOn)}取消）` : '';
  const rows = certificateRows(c);
  const guarantor = [c.guarantorAddress, c.guarantorName, c.guarantorRepresentative];
  const branch = [`取扱支店　${c.branchName}`, `TEL: ${c.branchTel}`, `FAX: ${c.branchFax}`];
  const date = formatEraDate(c.date);
  const viewingLine = `【${VIEWING_COPY}】${VIEWING_NOTE}`;

  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: `${title} ${c.contractNumber}（${VIEWING_COPY}）`, creator: 'esurety' });
  const typesetter = new Typesetter(doc, [
    title,
    change,
    revoked,
    date,
    VIEWING_COPY,
    viewingLine,
    CONTINUED,
    ...rows.flatMap((r) => [r.label, ...r.value]),
    c.statement,
    ...guarantor,
    ...branch,
    ...NOTES,
    `${CONTINUED}　（0123456789枚目）`,
  ]);

  /** Every page: the viewing-copy mark (large, light, across the page, under the text) and the warning line on top. */
  const pageHead = (scale: number, extra?: string): Block => {
    const warning = textBlock(typesetter, typesetter.lines(viewingLine, 9 * scale, CONTENT_WIDTH), 9 * scale, PAGE.margin, {
      color: [160, 0, 0],
    });
    const continued = extra ? typesetter.lines(extra, 10 * scale, CONTENT_WIDTH) : [];
    const head = textBlock(typesetter, continued, 10 * scale, PAGE.margin);
    return {
      gap: 0,
      height: warning.height + (extra ? 4 + head.height : 0),
      draw(top, page) {
        doc.setFont(PRIMARY_FONT, 'normal').setTextColor(225).setFontSize(90).text(VIEWING_COPY, 105, 175, { align: 'center', angle: 30 });
        doc.setTextColor(0);
        warning.draw(top, page);
        if (extra) head.draw(top + warning.height + 4, page);
      },
    };
  };

  return fitToPage(doc, {
    head: (scale) => pageHead(scale),
    continuation: (scale, page) => pageHead(scale, `${CONTINUED}　${c.contractNumber}（${page}枚目）`),
    blocks: (scale, cells: CellBox[]) => {
      const size = (pt: number) => pt * scale;
      const line = (
        text: string,
        pt: number,
        x: number,
        align: 'left' | 'center' | 'right',
        gap: number,
        color: [number, number, number] = [0, 0, 0],
      ) => textBlock(typesetter, typesetter.lines(text, size(pt), CONTENT_WIDTH), size(pt), x, { gap: gap * scale, align, color });
      const blocks: Block[] = [line(date, 10, PAGE.width - PAGE.margin, 'right', 5), line(title, 16, PAGE.width / 2, 'center', 4)];
      if (change) blocks.push(line(change, 12, PAGE.width / 2, 'center', 2));
      if (revoked) blocks.push(line(revoked, 12, PAGE.width / 2, 'center', 2, [180, 0, 0]));
      blocks.push(...tableBlocks(typesetter, rows, { size: size(10.5), labelWidth: 40, padding: 2.2 * scale, cells, gap: 6 * scale }));
      blocks.push(line(c.statement, 10.5, PAGE.margin, 'left', 7));
      // The guarantor's lines end at the right margin, each wrapping within 110 mm.
      const guarantorLines = guarantor.flatMap((text) => typesetter.lines(text, size(10.5), 110));
      blocks.push(textBlock(typesetter, guarantorLines, size(10.5), PAGE.width - PAGE.margin, { gap: 6 * scale, align: 'right' }));
      const branchLines = branch.flatMap((text) => typesetter.lines(text, size(10.5), CONTENT_WIDTH));
      blocks.push(textBlock(typesetter, branchLines, size(10.5), PAGE.margin, { gap: 8 * scale }));
      const noteLines = NOTES.flatMap((text) => typesetter.lines(text, size(8.5), CONTENT_WIDTH));
      blocks.push(textBlock(typesetter, noteLines, size(8.5), PAGE.margin, { gap: 8 * scale }));
      return blocks;
    },
  });
}
