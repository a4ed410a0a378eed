/**
 * The budgets of issue 14, on this project's 2-core machine. The harness prints each figure
 * against its budget; it fails on a missing figure, never on a ratio (machines differ).
 */
export const LIST_BUDGET = {
  /** the app's throughput as a share of the raw handler's, same data, same run */
  minThroughputRatio: 0.5,
  /** the app's p99 at most this many times the raw handler's */
  maxP99Ratio: 2,
} as const;

export const VERIFY_BUDGET = LIST_BUDGET;

export const PG_MILLION_BUDGET = { maxP99Ms: 50 } as const;

export const PDF_BUDGET = { maxWarmMedianMs: 25, maxBytes: 50 * 1024 } as const;

export const SPA_BUDGETS = {
  /** JS a visitor's browser downloads for `/` (the sign-in page), gzip */
  initialJsGzipBytes: 150 * 1024,
  /** JS for the public verification page `/verify`, gzip */
  verifyJsGzipBytes: 100 * 1024,
} as const;

export const WEBHOOK_BUDGET = {
  /** another organisation's delivery arrives within this long of the change, while one receiver never answers */
  maxArrivalMs: 2000,
} as const;
