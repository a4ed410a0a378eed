import { EXAMPLE_RATES_NOTICE, FEE_RULE_TEXT, feeBandLabel, formatEraDate, formatFeeRate, formatYen } from '@esurety/schema';
import { jsPDF } from 'jspdf';
import { kindName } from '../guarantees/certificate';
import { FeePaymentMethod } from '../guarantees/guarantee-kind';
import { FeeStatementReason, REASON_NAMES, type FeeStatement } from '../fees/fee-statement.entity';
import { fitToPage, type RenderedDocument } from './fit-to-page';
import { CONTENT_WIDTH, PAGE, tableBlocks, textBlock, type Block, type CellBox, type TableRow } from './page-layout';
import { Typesetter } from './typesetting';

const TITLE = '保証料計算書';
const CONTINUED = '保証料計算書（続き）';
const PAYMENT_METHODS: Record<FeePaymentMethod, string> = { LUMP_SUM: '一括納付' };
const INTRO: Record<FeeStatementReason, string> = {
  ISSUE: '保証契約の締結にあたり、保証料を下記のとおり計算しましたのでお知らせします。',
  CHANGE: '保証契約の変更（保証金額または保証期限）にあたり、保証料を下記のとおり再計算しましたのでお知らせします。',
  CORRECTION: '保証契約の訂正（保証金額または保証期限）にあたり、保証料を下記のとおり再計算しましたのでお知らせします。',
  CHANGE_CANCELLED: '保証契約の変更の取消にあたり、保証料を下記のとおり再計算しましたのでお知らせします。',
  REVOCATION: '保証契約の取消にあたり、取消日までの保証料を下記のとおり計算し、返戻する保証料をお知らせします。',
};

/** What this statement asks for or pays back, in words. */
export function settlementText(s: Pick<FeeStatement, 'reason' | 'charge' | 'refund'>): string {
  if (s.refund > 0) return `${formatYen(s.refund)}を返戻します。`;
  if (s.charge > 0) return `${formatYen(s.charge)}を請求します。`;
  return s.reason === FeeStatementReason.REVOCATION ? '返戻する保証料はありません。' : '追加の請求・返戻はありません。';
}

/** The rows under 記, in the order a contractor checks them. */
export function feeStatementRows(s: FeeStatement): TableRow[] {
  const rates = [
    ...s.rateBands.map((band, i) => `${feeBandLabel(s.rateBands, i)}　年${formatFeeRate(band.ratePerMillion)}`),
    `最低保証料　${formatYen(s.minimumFee)}`,
    `（${formatEraDate(s.rateEffectiveFrom)}適用の料率表）`,
  ];
  const later = s.sequence > 1;
  return [
    { label: '計算書番号', value: [`${s.statementNumber}（${REASON_NAMES[s.reason]}）`] },
    { label: '商品名', value: [kindName(s.kind)] },
    { label: '保証契約番号', value: [s.contractNumber] },
    { label: '工事名', value: [s.workName] },
    { label: '保証契約者', value: [s.contractorName] },
    { label: '保証金額', value: [formatYen(s.amount)] },
    {
      label: '保証期間',
      labelNote: s.reason === FeeStatementReason.REVOCATION ? '（取消日まで）' : undefined,
      value: [`${formatEraDate(s.periodStart)} ～ ${formatEraDate(s.periodEnd)}（${s.periodDays}日）`],
    },
    { label: '保証料率', value: rates },
    { label: '保証料', value: [formatYen(s.fee)] },
    ...(later ? [{ label: '納付済み保証料', value: [formatYen(s.previouslyCharged)] }] : []),
    ...(s.refund > 0 || s.reason === FeeStatementReason.REVOCATION
      ? [{ label: '返戻保証料', value: [s.refund > 0 ? formatYen(s.refund) : 'なし（返戻する保証料はありません）'] }]
      : [{ label: later ? '追加保証料' : '請求額', value: [s.charge > 0 ? formatYen(s.charge) : 'なし'] }]),
    { label: '保証料支払方法', value: [PAYMENT_METHODS[s.feePaymentMethod]] },
    { label: '保証料請求先', value: [s.feeBillingParty] },
  ];
}

/** 保証料計算書 as a PDF, one A4 page when it fits. */
export async function feeStatementPdf(s: FeeStatement): Promise<Buffer> {
  return renderFeeStatement(s).pdf;
}

/** The statement's PDF with where each table cell went and the type scale it fitted at. `s.branch.guarantor` must be loaded. */
export function renderFeeStatement(s: FeeStatement): RenderedDocument {
  const rows = feeStatementRows(s);
  const date = formatEraDate(s.issuedOn);
  const addressee = `${s.contractorName}　御中`;
  const intro = INTRO[s.reason];
  const settlement = settlementText(s);
  const notes = [`（計算方法）${FEE_RULE_TEXT}`, ...(s.exampleRates ? [`（ご注意）${EXAMPLE_RATES_NOTICE}`] : [])];
  const footer = [`${s.branch.guarantor.name}　${s.branch.name}`, `TEL ${s.branch.tel}　FAX ${s.branch.fax}`];

  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: `${TITLE} ${s.statementNumber}`, subject: s.contractNumber, creator: 'esurety' });
  const typesetter = new Typesetter(doc, [
    TITLE,
    date,
    addressee,
    intro,
    settlement,
    '記',
    ...rows.flatMap((r) => [r.label, r.labelNote ?? '', ...r.value]),
    ...notes,
    ...footer,
    `${CONTINUED}　${s.statementNumber}（0123456789枚目）`,
  ]);
  const nothing: Block = { height: 0, gap: 0, draw: () => {} };

  return fitToPage(doc, {
    head: () => nothing,
    continuation: (scale, page) =>
      textBlock(
        typesetter,
        typesetter.lines(`${CONTINUED}　${s.statementNumber}（${page}枚目）`, 10 * scale, CONTENT_WIDTH),
        10 * scale,
        PAGE.margin,
      ),
    blocks: (scale, cells: CellBox[]) => {
      const size = (pt: number) => pt * scale;
      const text = (value: string, pt: number, x: number, align: 'left' | 'center' | 'right', gap: number) =>
        textBlock(typesetter, typesetter.lines(value, size(pt), CONTENT_WIDTH), size(pt), x, { gap: gap * scale, align });
      return [
        text(date, 10, PAGE.width - PAGE.margin, 'right', 0),
        text(addressee, 11, PAGE.margin, 'left', 5),
        text(TITLE, 16, PAGE.width / 2, 'center', 6),
        text(intro, 10.5, PAGE.margin, 'left', 6),
        text(settlement, 12, PAGE.margin, 'left', 3),
        text('記', 11, PAGE.width / 2, 'center', 4),
        ...tableBlocks(typesetter, rows, { size: size(10.5), labelWidth: 40, padding: 2 * scale, cells, gap: 4 * scale }),
        ...notes.map((note, i) => text(note, 8.5, PAGE.margin, 'left', i === 0 ? 5 : 1.5)),
        textBlock(
          typesetter,
          footer.flatMap((f) => typesetter.lines(f, size(10.5), CONTENT_WIDTH)),
          size(10.5),
          PAGE.width - PAGE.margin,
          { gap: 8 * scale, align: 'right' },
        ),
      ];
    },
  });
}
