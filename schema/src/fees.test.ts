import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEE_YEAR_DAYS,
  RATE_UNIT,
  feeBandLabel,
  feeRateTableProblem,
  formatFeeRate,
  guaranteeFee,
  guaranteePeriodDays,
  type FeeRateTable,
} from './fees';

// 0.4% a year up to 1億円, 0.3% from 1億円 to 10億円, 0.2% above; at least 5,000円.
const TABLE: FeeRateTable = {
  bands: [
    { upTo: 100_000_000, ratePerMillion: 4000 },
    { upTo: 1_000_000_000, ratePerMillion: 3000 },
    { upTo: null, ratePerMillion: 2000 },
  ],
  minimumFee: 5000,
};

describe('guaranteePeriodDays', () => {
  it('counts both ends', () => {
    expect(guaranteePeriodDays('2026-04-01', '2026-04-01')).toBe(1);
    expect(guaranteePeriodDays('2026-04-01', '2027-03-31')).toBe(365);
    expect(guaranteePeriodDays('2027-04-01', '2028-03-31')).toBe(366); // 2028 is a leap year
    expect(guaranteePeriodDays('2026-04-02', '2026-04-01')).toBe(1);
  });
});

describe('guaranteeFee', () => {
  it('charges a band’s rate on the part of the amount inside it (marginal), for a 365-day year', () => {
    expect(guaranteeFee(50_000_000, 365, TABLE)).toBe(200_000);
    // At the band edge: all of 1億 at 0.4%.
    expect(guaranteeFee(100_000_000, 365, TABLE)).toBe(400_000);
    // One yen over the edge: that yen at 0.3% (0.003円), rounded down.
    expect(guaranteeFee(100_000_001, 365, TABLE)).toBe(400_000);
    expect(guaranteeFee(100_001_000, 365, TABLE)).toBe(400_003);
    // 1億 at 0.4% + 9億 at 0.3% = 400,000 + 2,700,000
    expect(guaranteeFee(1_000_000_000, 365, TABLE)).toBe(3_100_000);
    expect(guaranteeFee(1_000_001_000, 365, TABLE)).toBe(3_100_002);
    expect(guaranteeFee(999_999_000, 365, TABLE)).toBe(3_099_997);
  });

  it('is continuous at each band edge: one more yen never costs less, nor more than the top rate', () => {
    for (const edge of [100_000_000, 1_000_000_000]) {
      for (const days of [1, 30, 365, 731]) {
        const below = guaranteeFee(edge - 1, days, TABLE);
        const at = guaranteeFee(edge, days, TABLE);
        const above = guaranteeFee(edge + 1, days, TABLE);
        expect(at).toBeGreaterThanOrEqual(below);
        expect(above).toBeGreaterThanOrEqual(at);
        expect(above - below).toBeLessThanOrEqual(1);
      }
    }
  });

  it('scales by days / 365 and rounds down to the yen, once, at the end', () => {
    // 1,000,000円 × 0.4% = 4,000円 a year; 100 days: 4000 × 100 / 365 = 1095.89 → 1,095円 (before the minimum).
    const noMinimum = { ...TABLE, minimumFee: 0 };
    expect(guaranteeFee(1_000_000, 100, noMinimum)).toBe(1095);
    // The rounding boundary: 365 days × 4000/1e6 per yen → 1円 exactly at 250円 a year… per day 1/365:
    // 91,250円 for 1 day is 91,250 × 4000 / 1e6 / 365 = 1.0 円 exactly; one yen less is 0.99998… → 0円.
    expect(guaranteeFee(91_250, 1, noMinimum)).toBe(1);
    expect(guaranteeFee(91_249, 1, noMinimum)).toBe(0);
    expect(guaranteeFee(182_500, 1, noMinimum)).toBe(2);
    expect(guaranteeFee(182_499, 1, noMinimum)).toBe(1);
  });

  it('never charges less than the minimum fee', () => {
    expect(guaranteeFee(1_000_000, 100, TABLE)).toBe(5000);
    // 1,250,000 × 0.4% = 5,000円 a year: exactly the minimum, and one day more than a year is above it.
    expect(guaranteeFee(1_250_000, 365, TABLE)).toBe(5000);
    expect(guaranteeFee(1_250_000, 366, TABLE)).toBe(5013);
  });

  it('is exact for the largest amounts (10兆円 over 10 years)', () => {
    const fee = guaranteeFee(10_000_000_000_000, 3650, TABLE);
    // (1億×4000 + 9億×3000 + (10兆−10億)×2000) / 1e6 × 10
    expect(fee).toBe((400_000 + 2_700_000 + 19_998_000_000) * 10);
    expect(Number.isSafeInteger(fee)).toBe(true);
  });

  it('grows with the amount and with the period (checked on a grid)', () => {
    let previous = 0;
    for (let amount = 0; amount <= 2_000_000_000; amount += 7_777_777) {
      const fee = guaranteeFee(amount, 200, TABLE);
      expect(fee).toBeGreaterThanOrEqual(previous);
      expect(guaranteeFee(amount, 201, TABLE)).toBeGreaterThanOrEqual(fee);
      previous = fee;
    }
  });
});

describe('feeRateTableProblem', () => {
  it('names the field that is wrong', () => {
    expect(feeRateTableProblem(TABLE)).toBeNull();
    expect(feeRateTableProblem({ ...TABLE, bands: [] })?.field).toBe('bands');
    expect(feeRateTableProblem({ ...TABLE, minimumFee: -1 })?.field).toBe('minimumFee');
    expect(feeRateTableProblem({ ...TABLE, bands: [{ upTo: 10, ratePerMillion: 1 }] })?.field).toBe('bands.0.upTo');
    expect(
      feeRateTableProblem({
        ...TABLE,
        bands: [
          { upTo: null, ratePerMillion: 1 },
          { upTo: null, ratePerMillion: 1 },
        ],
      })?.field,
    ).toBe('bands.0.upTo');
    expect(
      feeRateTableProblem({
        ...TABLE,
        bands: [
          { upTo: 100, ratePerMillion: 1 },
          { upTo: 100, ratePerMillion: 1 },
          { upTo: null, ratePerMillion: 1 },
        ],
      })?.field,
    ).toBe('bands.1.upTo');
    expect(feeRateTableProblem({ ...TABLE, bands: [{ upTo: null, ratePerMillion: 0.5 }] })?.field).toBe('bands.0.ratePerMillion');
  });

  it('names each band’s part of the amount (以下 / 超)', () => {
    expect(TABLE.bands.map((_, i) => feeBandLabel(TABLE.bands, i))).toEqual([
      '100,000,000円以下の部分',
      '100,000,000円超 1,000,000,000円以下の部分',
      '1,000,000,000円超の部分',
    ]);
    expect(feeBandLabel([{ upTo: null, ratePerMillion: 1 }], 0)).toBe('保証金額の全額');
  });

  it('shows a rate as a percentage', () => {
    expect(formatFeeRate(4000)).toBe('0.4%');
    expect(formatFeeRate(3250)).toBe('0.325%');
    expect(formatFeeRate(10_000)).toBe('1%');
  });
});

describe('guaranteeFee (properties, fast-check)', () => {
  const bandsArbitrary = fc.uniqueArray(fc.integer({ min: 1, max: 5_000_000_000_000 }), { minLength: 0, maxLength: 5 }).chain((bounds) =>
    fc.record({
      bands: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: bounds.length + 1, maxLength: bounds.length + 1 }).map((rates) => {
        const sorted = [...bounds].sort((a, b) => a - b);
        return rates.map((ratePerMillion, i) => ({ upTo: i < sorted.length ? sorted[i] : null, ratePerMillion }));
      }),
      minimumFee: fc.integer({ min: 0, max: 100_000 }),
    }),
  );
  const amount = fc.integer({ min: 0, max: 10_000_000_000_000 });
  const days = fc.integer({ min: 1, max: 3660 });

  it('is an integer, at least the minimum, never more than the top rate on the whole amount', () => {
    fc.assert(
      fc.property(bandsArbitrary, amount, days, (table, a, d) => {
        const fee = guaranteeFee(a, d, table);
        const top = Math.max(...table.bands.map((b) => b.ratePerMillion));
        expect(Number.isSafeInteger(fee)).toBe(true);
        expect(fee).toBeGreaterThanOrEqual(table.minimumFee);
        expect(fee).toBeLessThanOrEqual(Math.max(table.minimumFee, Math.ceil((a * top * d) / (RATE_UNIT * FEE_YEAR_DAYS))));
      }),
    );
  });

  it('never falls when the amount or the period grows (marginal bands, rounding once at the end)', () => {
    fc.assert(
      fc.property(
        bandsArbitrary,
        amount,
        days,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 400 }),
        (table, a, d, more, longer) => {
          const fee = guaranteeFee(a, d, table);
          expect(guaranteeFee(Math.min(a + more, 10_000_000_000_000), d, table)).toBeGreaterThanOrEqual(fee);
          expect(guaranteeFee(a, d + longer, table)).toBeGreaterThanOrEqual(fee);
        },
      ),
    );
  });

  it('equals the flat rate when every band has the same rate (bands change nothing then)', () => {
    fc.assert(
      fc.property(bandsArbitrary, amount, days, fc.integer({ min: 0, max: 20_000 }), (table, a, d, rate) => {
        const flat = { bands: table.bands.map((b) => ({ ...b, ratePerMillion: rate })), minimumFee: 0 };
        const exact = (BigInt(a) * BigInt(rate) * BigInt(d)) / BigInt(RATE_UNIT * FEE_YEAR_DAYS);
        expect(guaranteeFee(a, d, flat)).toBe(Number(exact));
      }),
    );
  });
});
