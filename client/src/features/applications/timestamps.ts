import { formatEraDate, formatJstTimestamp, todayInJapan } from '@esurety/schema';

/** A moment as a date in the Japanese era and a JST time: 令和8年11月22日 12:54. */
export function formatEraTimestamp(moment: string | Date): string {
  const date = new Date(moment);
  return `${formatEraDate(todayInJapan(date))} ${formatJstTimestamp(date).slice(11)}`;
}

interface Stamped {
  submittedAt?: string | null;
  returnedAt?: string | null;
  issuedAt?: string | null;
  withdrawnAt?: string | null;
}

/** The latest thing that happened to an application (sent, returned, issued, withdrawn), if any. */
export function latestEvent(a: Stamped): { kind: 'submitted' | 'returned' | 'issued' | 'withdrawn'; at: string } | null {
  const events = [
    { kind: 'submitted' as const, at: a.submittedAt },
    { kind: 'returned' as const, at: a.returnedAt },
    { kind: 'issued' as const, at: a.issuedAt },
    { kind: 'withdrawn' as const, at: a.withdrawnAt },
  ].filter((e): e is { kind: typeof e.kind; at: string } => Boolean(e.at));
  events.sort((x, y) => new Date(y.at).getTime() - new Date(x.at).getTime());
  return events[0] ?? null;
}
