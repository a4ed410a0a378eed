import { formatEraDate } from '@esurety/schema';
import { jsPDF } from 'jspdf';
import { kindName } from '../guarantees/certificate';
import type { Guarantee } from '../guarantees/guarantee.entity';
import { useJapaneseFont } from './japanese-font';
import { drawQrCode } from './qr-code';

const MARGIN = 20;
const WIDTH = 210 - MARGIN * 2;

/**
 * The verification page with number and key filled in. They travel in the URL fragment, which
 * browsers never send to a server, so no log anywhere holds the key.
 */
export function verificationLink(publicUrl: string, contractNumber: string, authKey: string): string {
  return `${publicUrl}/verify#number=${encodeURIComponent(contractNumber)}&key=${encodeURIComponent(authKey)}`;
}

/** ⑤「電子保証にかかる「認証キー」のお知らせ」, one A4 page. */
export async function keyNoticePdf(guarantee: Guarantee, authKey: string, issuedOn: string, publicUrl: string): Promise<Buffer> {
  const { work, contractor, branch } = guarantee;
  const representative = work.jointVentureMembers[0]?.name ?? contractor.name;
  const link = verificationLink(publicUrl, guarantee.contractNumber, authKey);
  const paragraphs = [
    '電子証書を「保証確認サービス（D-Sure）」に掲載しましたので、お知らせします。',
    'つきましては、お客様にて下記内容をご確認いただき、次のいずれかの方法でこのPDFファイルを発注者様にご提出ください。',
    '　①電子契約システムへのアップロード　又は　②電子メールに添付して送信',
    '電子保証のご利用にあたっては、発注者様への「保証契約番号」と「認証キー」のご提出をもって、前払金請求手続（前払金保証）、又は請負契約締結手続（契約保証）が完了いたします。',
    'ご不明な点がございましたら、当社の営業部・支店までお問い合わせください。',
  ];
  const rows: [string, string][] = [
    ['工事名', guarantee.workName],
    ['受注者名', work.jointVentureName ? `${representative}（${work.jointVentureName} 代表者）` : representative],
    ['商品（保証区分）', kindName(guarantee.kind)],
    ['保証契約番号', guarantee.contractNumber],
    ['認証キー', authKey],
  ];
  const toOrderer =
    '【発注者様へのお願い】「保証確認サービス（D-Sure）」にアクセスし、上記の「保証契約番号」と「認証キー」をもって電子証書をご確認ください。右のQRコードからは、両方を入力済みの確認画面が開きます。';
  const title = '電子保証にかかる「認証キー」のお知らせ';
  const date = formatEraDate(issuedOn);
  const footer = [`${branch.guarantor.name}　${branch.name}`, `TEL ${branch.tel}　FAX ${branch.fax}`];
  const addressee = `${contractor.name}　御中`;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title, subject: guarantee.contractNumber, creator: 'esurety' });
  await useJapaneseFont(
    doc,
    [title, date, addressee, ...paragraphs, ...rows.flat(), toOrderer, ...footer, '記（JVの場合は代表者）'].join(''),
  );

  let y = MARGIN + 5;
  doc.setFontSize(10).text(date, 210 - MARGIN, y, { align: 'right' });
  y += 10;
  doc.setFontSize(11).text(addressee, MARGIN, y);
  y += 14;
  doc.setFontSize(15).text(title, 105, y, { align: 'center' });
  y += 12;
  doc.setFontSize(10.5);
  for (const paragraph of paragraphs) {
    const lines = doc.splitTextToSize(paragraph, WIDTH) as string[];
    doc.text(lines, MARGIN, y);
    y += lines.length * 5.5 + 1.5;
  }
  y += 4;
  doc.setFontSize(11).text('記', 105, y, { align: 'center' });
  y += 8;
  const labelWidth = 38;
  for (const [label, value] of rows) {
    doc
      .setDrawColor(120)
      .rect(MARGIN, y - 5.5, labelWidth, 9)
      .rect(MARGIN + labelWidth, y - 5.5, WIDTH - labelWidth, 9);
    doc.setFontSize(10.5).text(label, MARGIN + 3, y);
    doc
      .setFontSize(label === '認証キー' || label === '保証契約番号' ? 14 : 10.5)
      .text(value, MARGIN + labelWidth + 3, y + (label === '認証キー' ? 0.8 : 0));
    y += 9;
  }
  doc.setFontSize(8.5).text('（JVの場合は代表者）', MARGIN + 3, y + 0.5);
  y += 9;
  const qrSize = 34;
  const noteLines = doc.setFontSize(10).splitTextToSize(toOrderer, WIDTH - qrSize - 6) as string[];
  doc.text(noteLines, MARGIN, y + 4);
  drawQrCode(doc, link, 210 - MARGIN - qrSize, y - 4, qrSize);
  // Whoever reads the PDF on screen can click the code rather than scan it.
  doc.link(210 - MARGIN - qrSize, y - 4, qrSize, qrSize, { url: link });
  y += Math.max(noteLines.length * 5.5, qrSize) + 8;
  doc.setFontSize(10.5).text(footer, 210 - MARGIN, Math.max(y, 250), { align: 'right' });
  return Buffer.from(doc.output('arraybuffer'));
}
