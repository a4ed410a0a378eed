import { formatEraDate } from '@esurety/schema';
import { jsPDF } from 'jspdf';
import { kindName } from '../guarantees/certificate';
import type { Guarantee } from '../guarantees/guarantee.entity';
import { fitToPage, type RenderedDocument } from './fit-to-page';
import { CONTENT_WIDTH, PAGE, tableBlocks, textBlock, type Block, type CellBox, type TableRow } from './page-layout';
import { drawQrCode } from './qr-code';
import { Typesetter } from './typesetting';

const PARAGRAPHS = [
  '電子証書を「保証確認サービス（D-Sure）」に掲載しましたので、お知らせします。',
  'つきましては、お客様にて下記内容をご確認いただき、次のいずれかの方法でこのPDFファイルを発注者様にご提出ください。',
  '　①電子契約システムへのアップロード　又は　②電子メールに添付して送信',
  '電子保証のご利用にあたっては、発注者様への「保証契約番号」と「認証キー」のご提出をもって、前払金請求手続（前払金保証）、又は請負契約締結手続（契約保証）が完了いたします。',
  'ご不明な点がございましたら、当社の営業部・支店までお問い合わせください。',
];
const TO_ORDERER =
  '【発注者様へのお願い】「保証確認サービス（D-Sure）」にアクセスし、上記の「保証契約番号」と「認証キー」をもって電子証書をご確認ください。右のQRコードからは、両方を入力済みの確認画面が開きます。';
const TITLE = '電子保証にかかる「認証キー」のお知らせ';
const JV_NOTE = '（JVの場合は代表者）';
const CONTINUED = '「認証キー」のお知らせ（続き）';
const QR_SIZE = 34;

/**
 * The verification page with number and key filled in. They travel in the URL fragment, which
 * browsers never send to a server, so no log anywhere holds the key.
 */
export function verificationLink(publicUrl: string, contractNumber: string, authKey: string): string {
  return `${publicUrl}/verify#number=${encodeURIComponent(contractNumber)}&key=${encodeURIComponent(authKey)}`;
}

/** The rows under 記: 工事名, 受注者名 (for a JV its representative, naming the JV), 商品, number and key. */
export function keyNoticeRows(guarantee: Guarantee, authKey: string): TableRow[] {
  const { work, contractor } = guarantee;
  const representative = work.jointVentureMembers[0]?.name ?? contractor.name;
  return [
    { label: '工事名', value: [guarantee.workName] },
    {
      label: '受注者名',
      labelNote: JV_NOTE,
      value: [work.jointVentureName ? `${representative}（${work.jointVentureName} 代表者）` : representative],
    },
    { label: '商品（保証区分）', value: [kindName(guarantee.kind)] },
    { label: '保証契約番号', value: [guarantee.contractNumber], size: 14 },
    { label: '認証キー', value: [authKey], size: 14 },
  ];
}

/** ⑤「電子保証にかかる「認証キー」のお知らせ」, one A4 page. */
export async function keyNoticePdf(guarantee: Guarantee, authKey: string, issuedOn: string, publicUrl: string): Promise<Buffer> {
  return renderKeyNotice(guarantee, authKey, issuedOn, publicUrl).pdf;
}

/** The key notice's PDF with where each table cell went and the type scale it fitted at. */
export function renderKeyNotice(guarantee: Guarantee, authKey: string, issuedOn: string, publicUrl: string): RenderedDocument {
  const { contractor, branch } = guarantee;
  const link = verificationLink(publicUrl, guarantee.contractNumber, authKey);
  const rows = keyNoticeRows(guarantee, authKey);
  const date = formatEraDate(issuedOn);
  const footer = [`${branch.guarantor.name}　${branch.name}`, `TEL ${branch.tel}　FAX ${branch.fax}`];
  const addressee = `${contractor.name}　御中`;

  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: TITLE, subject: guarantee.contractNumber, creator: 'esurety' });
  const typesetter = new Typesetter(doc, [
    TITLE,
    date,
    addressee,
    ...PARAGRAPHS,
    ...rows.flatMap((r) => [r.label, r.labelNote ?? '', ...r.value]),
    TO_ORDERER,
    ...footer,
    '記',
    `${CONTINUED}（0123456789枚目）`,
  ]);
  const nothing: Block = { height: 0, gap: 0, draw: () => {} };

  return fitToPage(doc, {
    head: () => nothing,
    continuation: (scale, page) =>
      textBlock(typesetter, [typesetter.line(`${CONTINUED}（${page}枚目）`, 10 * scale)], 10 * scale, PAGE.margin),
    blocks: (scale, cells: CellBox[]) => {
      const size = (pt: number) => pt * scale;
      const text = (value: string, pt: number, x: number, align: 'left' | 'center' | 'right', gap: number, width = CONTENT_WIDTH) =>
        textBlock(typesetter, typesetter.lines(value, size(pt), width), size(pt), x, { gap: gap * scale, align });
      const blocks: Block[] = [
        text(date, 10, PAGE.width - PAGE.margin, 'right', 0),
        text(addressee, 11, PAGE.margin, 'left', 6),
        text(TITLE, 15, PAGE.width / 2, 'center', 8),
        ...PARAGRAPHS.map((p, i) => text(p, 10.5, PAGE.margin, 'left', i === 0 ? 8 : 1.5)),
        text('記', 11, PAGE.width / 2, 'center', 5),
        ...tableBlocks(
          typesetter,
          rows.map((r) => ({ ...r, size: r.size && size(r.size) })),
          { size: size(10.5), labelWidth: 38, padding: 2.2 * scale, cells, gap: 4 * scale },
        ),
      ];
      // The request to the orderer, with the QR code (and a link over it) at its right.
      const note = text(TO_ORDERER, 10, PAGE.margin, 'left', 0, CONTENT_WIDTH - QR_SIZE - 6);
      blocks.push({
        gap: 6 * scale,
        height: Math.max(note.height, QR_SIZE),
        draw(top, page) {
          note.draw(top, page);
          const x = PAGE.width - PAGE.margin - QR_SIZE;
          drawQrCode(doc, link, x, top, QR_SIZE);
          // Whoever reads the PDF on screen can click the code rather than scan it.
          doc.link(x, top, QR_SIZE, QR_SIZE, { url: link });
        },
      });
      blocks.push(
        textBlock(
          typesetter,
          footer.flatMap((f) => typesetter.lines(f, size(10.5), CONTENT_WIDTH)),
          size(10.5),
          PAGE.width - PAGE.margin,
          {
            gap: 10 * scale,
            align: 'right',
          },
        ),
      );
      return blocks;
    },
  });
}
