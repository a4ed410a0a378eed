import { describe, expect, it } from 'vitest';
import { formatEraDate, formatJstTimestamp, formatYen } from './format';

describe('formatEraDate', () => {
  it('writes 令和 dates', () => {
    expect(formatEraDate('2026-04-01')).toBe('令和8年4月1日');
    expect(formatEraDate('2019-05-01')).toBe('令和元年5月1日');
  });
  it('writes 平成 before the change of era', () => {
    expect(formatEraDate('2019-04-30')).toBe('平成31年4月30日');
  });
  it('refuses what is not a date', () => {
    expect(() => formatEraDate('2026/04/01')).toThrow();
  });
});

describe('formatJstTimestamp', () => {
  it('shows the moment in Japan time', () => {
    expect(formatJstTimestamp('2026-04-04T00:00:00Z')).toBe('2026/04/04 09:00');
    expect(formatJstTimestamp(new Date('2026-04-03T15:30:00Z'))).toBe('2026/04/04 00:30');
  });
});

describe('formatYen', () => {
  it('separates thousands', () => {
    expect(formatYen(50_000_000)).toBe('50,000,000円');
    expect(formatYen(0)).toBe('0円');
  });
  it('refuses fractions', () => {
    expect(() => formatYen(1.5)).toThrow();
  });
});
