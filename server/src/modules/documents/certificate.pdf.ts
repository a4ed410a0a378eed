import { formatEraDate, formatYen } from '@esurety/schema';
import { jsPDF } from 'jspdf';
import { kindName, type Certificate } from '../guarantees/certificate';
import { useJapaneseFont } from './japanese-font';

const MARGIN = 20;
const WIDTH = 210 - MARGIN * 2;
export const VIEWING_COPY = '閲覧用';
const VIEWING_NOTE = 'この印刷物は閲覧用の写しであり、保証証書ではありません。保証証書は保証確認サービスに表示されるものです。';
const NOTES = [
  '（注）1. 保証契約を変更する場合は、表題の下に変更の表示と変更の発生番号を付記し、変更後の契約内容を表示します。',
  '2. 請負金額のみの変更の場合は、この保証契約の効力に影響を及ぼさないで、保証契約の変更の手続きをとる必要はありません。',
];

/** The rows of ④ 保証証書, in the flyer's order. */
export function certificateRows(c: Certificate): [string, string][] {
  const contractor = [c.contractorAddress, c.contractorName, ...c.jointVentureMembers.filter((m) => m !== c.contractorName)].join('　');
  return [
    ['保証契約番号', c.contractNumber],
    ['保証契約者', contractor],
    ['発注者', c.ordererTitle],
    ['保証金額（総額）', formatYen(c.amount)],
    ['保証期限', formatEraDate(c.deadline)],
    ['工事名', c.workName],
    ['請負金額（総額）', formatYen(c.contractAmount)],
    ['工期', `${formatEraDate(c.workStartDate)} ～ ${formatEraDate(c.workEndDate)}`],
    ['請負契約日', formatEraDate(c.contractDate)],
    ...(c.depositBank ? ([['預託金融機関', c.depositBank]] as [string, string][]) : []),
  ];
}

/** ④ 保証証書 as issued, printed as a viewing copy: a printout is not the certificate. */
export async function certificatePdf(c: Certificate): Promise<Buffer> {
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
  await useJapaneseFont(
    doc,
    [title, change, revoked, date, VIEWING_COPY, viewingLine, ...rows.flat(), c.statement, ...guarantor, ...branch, ...NOTES].join(''),
  );

  // The viewing-copy mark: large, light, across the page, under the text.
  doc.setTextColor(225).setFontSize(90).text(VIEWING_COPY, 105, 175, { align: 'center', angle: 30 });
  doc.setTextColor(0);
  doc
    .setFontSize(9)
    .setTextColor(160, 0, 0)
    .text(doc.splitTextToSize(viewingLine, WIDTH) as string[], MARGIN, MARGIN);
  doc.setTextColor(0);

  let y = MARGIN + 14;
  doc.setFontSize(10).text(date, 210 - MARGIN, y, { align: 'right' });
  y += 10;
  doc.setFontSize(16).text(title, 105, y, { align: 'center' });
  if (change) {
    y += 7;
    doc.setFontSize(12).text(change, 105, y, { align: 'center' });
  }
  if (revoked) {
    y += 7;
    doc.setFontSize(12).setTextColor(180, 0, 0).text(revoked, 105, y, { align: 'center' });
    doc.setTextColor(0);
  }
  y += 10;
  const labelWidth = 40;
  doc.setFontSize(10.5).setDrawColor(100);
  for (const [label, value] of rows) {
    const lines = doc.splitTextToSize(value, WIDTH - labelWidth - 6) as string[];
    const height = Math.max(9, lines.length * 5.2 + 3.8);
    doc.rect(MARGIN, y, labelWidth, height).rect(MARGIN + labelWidth, y, WIDTH - labelWidth, height);
    doc.text(label, MARGIN + 3, y + 6);
    doc.text(lines, MARGIN + labelWidth + 3, y + 6);
    y += height;
  }
  y += 10;
  doc.text(doc.splitTextToSize(c.statement, WIDTH) as string[], MARGIN, y);
  y += 14;
  doc.text(guarantor, 210 - MARGIN, y, { align: 'right' });
  y += 20;
  doc.text(branch, MARGIN, y);
  y += 22;
  doc.setFontSize(8.5);
  for (const note of NOTES) {
    const lines = doc.splitTextToSize(note, WIDTH) as string[];
    doc.text(lines, MARGIN, y);
    y += lines.length * 4.5 + 1;
  }
  return Buffer.from(doc.output('arraybuffer'));
}
