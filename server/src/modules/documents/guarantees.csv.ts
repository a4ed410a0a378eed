import { stringify } from 'csv-stringify/sync';
import { formatEraDate, isIsoDate, todayInJapan } from '@esurety/schema';
import { BadUserInputError } from '../../common/errors';
import { kindName } from '../guarantees/certificate';
import type { Guarantee } from '../guarantees/guarantee.entity';
import type { GuaranteeFilter } from '../guarantees/guarantee.input';
import { CertificateFormat, GuaranteeKind } from '../guarantees/guarantee-kind';
import { COUNT_BOUND } from '../../common/pagination';
import { GuaranteeValidity, validityOf } from '../guarantees/guarantee-validity';

/**
 * The most rows one download holds; a larger list asks for a narrower search. The lists' bounded
 * count stops at the same number, so the SPA offers the download exactly when it would succeed.
 */
export const CSV_ROW_LIMIT = COUNT_BOUND;

const FORMAT_NAMES: Record<CertificateFormat, string> = {
  [CertificateFormat.PAPER]: '証書(紙)',
  [CertificateFormat.ELECTRONIC]: '電子保証',
};

const VALIDITY_NAMES: Record<GuaranteeValidity, string> = {
  [GuaranteeValidity.VALID]: '有効',
  [GuaranteeValidity.REVOKED]: '取消済み',
  [GuaranteeValidity.EXPIRED]: '期限切れ',
};

/** The columns, in Japanese (Excel shows the header as it is). */
const COLUMNS: [string, (g: Guarantee, now: Date) => string | number][] = [
  ['保証契約番号', (g) => g.contractNumber],
  ['保証種類', (g) => kindName(g.kind)],
  ['保証証書の形式', (g) => FORMAT_NAMES[g.certificateFormat]],
  ['状態', (g, now) => VALIDITY_NAMES[validityOf(g, now)]],
  ['請負者', (g) => g.contractor.name],
  ['発注者', (g) => g.orderer.name],
  ['工事名', (g) => g.workName],
  ['請負金額（円）', (g) => g.work.contractAmount],
  ['保証金額（円）', (g) => g.amount],
  ['保証期限', (g) => formatEraDate(g.deadline)],
  ['工期（着工日）', (g) => formatEraDate(g.workStartDate)],
  ['工期（完成日）', (g) => formatEraDate(g.workEndDate)],
  ['発行日', (g) => formatEraDate(todayInJapan(g.issuedAt))],
  ['取扱支店', (g) => g.branch.name],
];

/**
 * 保証契約一覧 as CSV: UTF-8 with a byte order mark (so that Excel reads it as UTF-8), CRLF
 * line ends (RFC 4180), dates in the Japanese era, amounts as integer yen.
 */
export function guaranteesCsv(guarantees: Guarantee[], now = new Date()): Buffer {
  const rows = guarantees.map((g) => COLUMNS.map(([, value]) => value(g, now)));
  const text = stringify(rows, { bom: true, header: true, columns: COLUMNS.map(([name]) => name), record_delimiter: 'windows' });
  return Buffer.from(text, 'utf8');
}

type Query = Record<string, unknown>;

/**
 * The list's filter from a download's query string, with GuaranteeFilter's field names
 * (`?kind=CONTRACT&contractorName=…`). A value that is not one the API would take is BAD_USER_INPUT naming it.
 */
export function guaranteeFilterFromQuery(query: Query): GuaranteeFilter {
  const text = (name: string): string | null => {
    const value = query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string') throw new BadUserInputError(`filter.${name}`, `${name} は1つだけ指定してください。`);
    return value;
  };
  const oneOf = <T extends string>(name: string, values: Record<string, T>): T | null => {
    const value = text(name);
    if (value === null) return null;
    if (!(Object.values(values) as string[]).includes(value)) {
      throw new BadUserInputError(`filter.${name}`, `${name} に指定できない値です: ${value.slice(0, 40)}`);
    }
    return value as T;
  };
  const date = (name: string): string | null => {
    const value = text(name);
    if (value !== null && !isIsoDate(value))
      throw new BadUserInputError(`filter.${name}`, `${name} は YYYY-MM-DD の形で指定してください。`);
    return value;
  };
  return {
    kind: oneOf('kind', GuaranteeKind),
    certificateFormat: oneOf('certificateFormat', CertificateFormat),
    validity: oneOf('validity', GuaranteeValidity),
    issuedFrom: date('issuedFrom'),
    issuedTo: date('issuedTo'),
    workName: text('workName'),
    ordererId: text('ordererId'),
    contractorId: text('contractorId'),
    contractorName: text('contractorName'),
    contractNumber: text('contractNumber'),
  };
}
