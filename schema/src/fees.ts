/**
 * 保証料 (guarantee fee): the rate model. See docs/fees.md. The rates themselves are data (the
 * admin's rate table); the demo's are examples, not any company's real rates.
 *
 * - The rate is a yearly rate per band of the guarantee amount, applied MARGINALLY (累進, like
 *   income tax): the part of the amount inside each band is charged at that band's rate.
 * - Rates are given in 円 per 1,000,000円 per 365 days (`ratePerMillion`: 4,000 = 0.4% a year), so
 *   that a rate is an integer and nothing is ever a float.
 * - The period is counted in days, both ends included (両端入れ), and scales the yearly fee by
 *   days / 365 (no leap-year day: every year is 365 days).
 * - The fee is rounded down to the yen (円未満切り捨て), then raised to the table's minimum fee.
 */

/** Days in a fee year: the yearly rate is scaled by days / 365. */
export const FEE_YEAR_DAYS = 365;
/** The rate's unit: 円 per this many 円 of guarantee amount, per year. */
export const RATE_UNIT = 1_000_000;

/**
 * One band: the part of the amount above the previous band's `upTo` and up to this one's
 * (以下; the first band starts at 0円). The last band has no upper bound (`upTo: null`, 超).
 */
export interface FeeBand {
  upTo: number | null;
  /** 円 per 1,000,000円 per 365 days. */
  ratePerMillion: number;
}

export interface FeeRateTable {
  /** Sorted by upTo; only the last is open-ended. */
  bands: FeeBand[];
  /** 最低保証料 in 円: no fee is lower. */
  minimumFee: number;
}

/** Why a rate table is not usable, or null. Messages are for the admin's screen. */
export function feeRateTableProblem(table: FeeRateTable): { field: string; message: string } | null {
  const { bands, minimumFee } = table;
  if (!Number.isSafeInteger(minimumFee) || minimumFee < 0)
    return { field: 'minimumFee', message: '最低保証料は0円以上の整数で入力してください。' };
  if (bands.length === 0) return { field: 'bands', message: '料率を1行以上入力してください。' };
  if (bands.length > 20) return { field: 'bands', message: '料率の区分は20行以内にしてください。' };
  for (const [i, band] of bands.entries()) {
    const last = i === bands.length - 1;
    if (last && band.upTo !== null) return { field: `bands.${i}.upTo`, message: '最後の区分は上限なし（空欄）にしてください。' };
    if (!last && (band.upTo === null || !Number.isSafeInteger(band.upTo) || band.upTo < 1)) {
      return { field: `bands.${i}.upTo`, message: '保証金額の区分の上限は1円以上の整数で入力してください（最後の区分だけ空欄）。' };
    }
    if (!Number.isSafeInteger(band.ratePerMillion) || band.ratePerMillion < 0 || band.ratePerMillion > RATE_UNIT) {
      return { field: `bands.${i}.ratePerMillion`, message: '料率は100万円あたり0円以上1,000,000円以下の整数（年額）で入力してください。' };
    }
    if (!last && i > 0 && band.upTo! <= bands[i - 1].upTo!) {
      return { field: `bands.${i}.upTo`, message: '保証金額の区分は小さい順に、重ならないように入力してください。' };
    }
  }
  return null;
}

/**
 * The guarantee period in days, both ends included: 2026-04-01 → 2026-04-01 is 1 day. A period
 * that ends before it starts counts as 1 day (a guarantee is never free for want of days).
 */
export function guaranteePeriodDays(startDate: string, endDate: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  return Math.max(1, day(endDate) - day(startDate) + 1);
}

/**
 * 保証料 in integer 円 for `amount` 円 over `days` days:
 * floor(Σ_band (amount in band × ratePerMillion) × days / (1,000,000 × 365)), at least minimumFee.
 * Exact: computed on BigInt, rounded once at the end.
 */
export function guaranteeFee(amount: number, days: number, table: FeeRateTable): number {
  const problem = feeRateTableProblem(table);
  if (problem) throw new RangeError(`fee rate table: ${problem.field}: ${problem.message}`);
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError('amount must be whole yen');
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError('days must be a whole number ≥ 1');
  return Math.max(table.minimumFee, Number((yearlyMicroYen(amount, table.bands) * BigInt(days)) / BigInt(RATE_UNIT * FEE_YEAR_DAYS)));
}

/** Σ (amount in band × ratePerMillion): the yearly fee × 1,000,000. */
function yearlyMicroYen(amount: number, bands: FeeBand[]): bigint {
  let sum = 0n;
  let from = 0;
  for (const band of bands) {
    if (amount <= from) break;
    const upper = band.upTo === null ? amount : Math.min(amount, band.upTo);
    sum += BigInt(upper - from) * BigInt(band.ratePerMillion);
    from = band.upTo ?? amount;
  }
  return sum;
}

/** A yearly rate per 1,000,000円 as a percentage for people: 4000 → "0.4%". */
export function formatFeeRate(ratePerMillion: number): string {
  const whole = Math.floor(ratePerMillion / 10_000);
  const fraction = String(ratePerMillion % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

/** Which part of the amount band `i` covers, in words: 「100,000,000円以下の部分」「100,000,000円超 1,000,000,000円以下の部分」「…超の部分」. */
export function feeBandLabel(bands: readonly { upTo?: number | null }[], i: number): string {
  const yen = (n: number) => `${new Intl.NumberFormat('ja-JP').format(n)}円`;
  const from = i > 0 ? (bands[i - 1].upTo ?? null) : null;
  const upTo = bands[i].upTo ?? null;
  if (from === null && upTo === null) return '保証金額の全額';
  if (from === null) return `${yen(upTo!)}以下の部分`;
  if (upTo === null) return `${yen(from)}超の部分`;
  return `${yen(from)}超 ${yen(upTo)}以下の部分`;
}

/** How the fee is computed, in one sentence for the documents and the screens. */
export const FEE_RULE_TEXT =
  '保証料＝（保証金額のうち各区分に属する部分×その区分の年料率の合計）×保証期間の日数（初日・末日を含む）÷365。円未満切り捨て。最低保証料に満たないときは最低保証料。';

/** Said wherever rates are shown: the demo's rates are made up. */
export const EXAMPLE_RATES_NOTICE = 'この料率はデモ用の例示です。実在する保証会社の料率ではありません。';
