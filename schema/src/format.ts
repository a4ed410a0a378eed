const eraDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Tokyo',
});

const jstParts = new Intl.DateTimeFormat('ja-JP', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Tokyo',
});

const yen = new Intl.NumberFormat('ja-JP');

/** A calendar date (YYYY-MM-DD) in the Japanese era: 2026-04-01 → 令和8年4月1日. */
export function formatEraDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`not a date: ${isoDate}`);
  // Noon JST keeps the calendar day whatever the runtime's time zone.
  return eraDate.format(new Date(`${isoDate}T12:00:00+09:00`));
}

/** A moment as the flyers print it, in JST: 2026/04/04 09:00. */
export function formatJstTimestamp(moment: Date | string): string {
  const parts = Object.fromEntries(jstParts.formatToParts(new Date(moment)).map((p) => [p.type, p.value]));
  return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Integer yen with separators: 50000000 → 50,000,000円. */
export function formatYen(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new Error(`not an integer amount: ${amount}`);
  return `${yen.format(amount)}円`;
}

const isoDateInJapan = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });

/** Today's date in Japan (YYYY-MM-DD), whatever the runtime's time zone. */
export function todayInJapan(now: Date = new Date()): string {
  return isoDateInJapan.format(now);
}
