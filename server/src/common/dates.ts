/** 00:00 in Japan of `date` (YYYY-MM-DD), `days` later: the bounds of a day-based filter. */
export function startOfJapaneseDay(date: string, days = 0): Date {
  const start = new Date(`${date}T00:00:00+09:00`);
  start.setUTCDate(start.getUTCDate() + days);
  return start;
}
