import dayjs from 'dayjs';

/** A calendar date (YYYY-MM-DD) `days` calendar days later (earlier when negative): 2026-03-31, 1 → 2026-04-01. */
export function addDays(isoDate: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`not a date: ${isoDate}`);
  return dayjs(isoDate).add(days, 'day').format('YYYY-MM-DD');
}
