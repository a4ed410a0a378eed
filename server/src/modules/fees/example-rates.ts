import { GuaranteeKind } from '../guarantees/guarantee-kind';
import type { FeeRateBand } from './fee-rate.entity';

/**
 * The demo's rate tables: EXAMPLES made up for the demo, not any company's real rates (real ones
 * are not public). Plausible in shape: a yearly rate per band of the amount, lower for the larger
 * parts, and a minimum fee. ratePerMillion: 円 per 1,000,000円 per year (1,800 = 0.18%).
 */
export const EXAMPLE_RATES: { kind: GuaranteeKind; effectiveFrom: string; minimumFee: number; bands: FeeRateBand[] }[] = [
  {
    kind: GuaranteeKind.ADVANCE_PAYMENT,
    effectiveFrom: '2026-04-01',
    minimumFee: 3000,
    bands: [
      { upTo: 100_000_000, ratePerMillion: 1800 },
      { upTo: 1_000_000_000, ratePerMillion: 1400 },
      { upTo: null, ratePerMillion: 1000 },
    ],
  },
  {
    kind: GuaranteeKind.INTERMEDIATE_ADVANCE_PAYMENT,
    effectiveFrom: '2026-04-01',
    minimumFee: 3000,
    bands: [
      { upTo: 100_000_000, ratePerMillion: 2000 },
      { upTo: 1_000_000_000, ratePerMillion: 1600 },
      { upTo: null, ratePerMillion: 1200 },
    ],
  },
  {
    kind: GuaranteeKind.CONTRACT,
    effectiveFrom: '2026-04-01',
    minimumFee: 5000,
    bands: [
      { upTo: 100_000_000, ratePerMillion: 3000 },
      { upTo: 1_000_000_000, ratePerMillion: 2400 },
      { upTo: null, ratePerMillion: 1800 },
    ],
  },
];
