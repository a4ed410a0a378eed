import { formatEraDate, formatJstTimestamp, todayInJapan } from '@esurety/schema';

/** The calendar day of a moment in Japan, in the era: 2026-06-30T03:00:00Z → 令和8年6月30日. */
export function formatEraDateOf(moment: Date | string): string {
  return formatEraDate(todayInJapan(new Date(moment)));
}

/** A moment in Japan with its date in the era: 2026-04-04T00:00:00Z → 令和8年4月4日 09:00. */
export function formatEraTimestamp(moment: Date | string): string {
  const time = formatJstTimestamp(moment).slice(-5);
  return `${formatEraDateOf(moment)} ${time}`;
}
