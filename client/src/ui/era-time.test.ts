import { describe, expect, it } from 'vitest';
import { formatEraDateOf, formatEraTimestamp } from './era-time';

describe('era time', () => {
  it('gives the day in Japan, in the era, whatever the time zone', () => {
    expect(formatEraDateOf('2026-06-30T03:00:00.000Z')).toBe('令和8年6月30日');
    // 23:30 UTC is already the next day in Japan.
    expect(formatEraDateOf('2026-06-29T23:30:00.000Z')).toBe('令和8年6月30日');
  });

  it('gives a moment as its era date and JST time', () => {
    expect(formatEraTimestamp('2026-04-04T00:00:00.000Z')).toBe('令和8年4月4日 09:00');
    expect(formatEraTimestamp('2026-04-04T14:05:00.000Z')).toBe('令和8年4月4日 23:05');
  });
});
