import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';

describe('addDays', () => {
  it('moves a calendar date across months, years and 29 February', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-04-01', -60)).toBe('2026-01-31');
    expect(addDays('2026-04-01', 0)).toBe('2026-04-01');
  });
  it('refuses what is not a date', () => {
    expect(() => addDays('2026/04/01', 1)).toThrow();
  });
});
