import { describe, expect, it } from 'vitest';
import { MAX_YEN, parseYen, ratioPercent } from './amounts';

describe('parseYen', () => {
  it.each([
    ['20,000,000', 20_000_000],
    ['２０，０００，０００', 20_000_000],
    ['5000000円', 5_000_000],
    [' 1 ', 1],
    ['10000000000000', MAX_YEN],
  ])('reads %j as %d', (text, value) => {
    expect(parseYen(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['0', 'not-positive'],
    ['-5', 'not-positive'],
    ['1.5', 'not-integer'],
    ['abc', 'not-integer'],
    ['1e7', 'not-integer'],
    ['10000000000001', 'too-large'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseYen(text)).toEqual({ ok: false, reason });
  });
});

describe('ratioPercent', () => {
  it('gives the flyer example to one decimal', () => {
    expect(ratioPercent(20_000_000, 50_000_000)).toBe('40.0');
    expect(ratioPercent(5_000_000, 50_000_000)).toBe('10.0');
  });
  it('rounds half up', () => {
    expect(ratioPercent(1, 3)).toBe('33.3');
    expect(ratioPercent(2, 3)).toBe('66.7');
    expect(ratioPercent(1, 2000)).toBe('0.1'); // 0.05% → 0.1
    expect(ratioPercent(1, 2001)).toBe('0.0');
  });
  it('stays exact at the largest amounts', () => {
    expect(ratioPercent(MAX_YEN - 1, MAX_YEN)).toBe('100.0');
    expect(ratioPercent(3_999_999_999_999, MAX_YEN)).toBe('40.0');
  });
  it('has no ratio without a base', () => {
    expect(ratioPercent(1, 0)).toBeNull();
  });
});
