import { isIsoDate } from '@esurety/schema';
import type { AuditEventFilter } from '../../gql/graphql';

/** The audit log's search, as the URL keeps it: dates are calendar days in Japan (YYYY-MM-DD). */
export interface AuditSearch {
  objectId: string | null;
  actorId: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

export const emptyAuditSearch: AuditSearch = { objectId: null, actorId: null, action: null, from: null, to: null };

const DAY_MS = 24 * 60 * 60 * 1000;

export function readAuditSearch(params: URLSearchParams): AuditSearch {
  const text = (name: string) => params.get(name)?.trim() || null;
  const date = (name: string) => {
    const value = params.get(name);
    return value && isIsoDate(value) ? value : null;
  };
  return { objectId: text('object'), actorId: text('actor'), action: text('action'), from: date('from'), to: date('to') };
}

export function writeAuditSearch(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.objectId) params.set('object', search.objectId);
  if (search.actorId) params.set('actor', search.actorId);
  if (search.action) params.set('action', search.action);
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  return params;
}

/** The start of a day in Japan: 2026-04-01 → 2026-03-31T15:00:00.000Z. */
export function startOfDayInJapan(date: string): string {
  return new Date(`${date}T00:00:00+09:00`).toISOString();
}

/**
 * The API's filter: `from` at the start of its day, `to` (exclusive on the server: この日時より前)
 * at the start of the next day, so that the period includes the whole of its last day.
 */
export function toAuditFilter(search: AuditSearch): AuditEventFilter | null {
  const filter: AuditEventFilter = {};
  if (search.objectId) filter.objectId = search.objectId;
  if (search.actorId) filter.actorId = search.actorId;
  if (search.action) filter.action = search.action;
  if (search.from) filter.from = startOfDayInJapan(search.from);
  if (search.to) filter.to = new Date(new Date(startOfDayInJapan(search.to)).getTime() + DAY_MS).toISOString();
  return Object.keys(filter).length > 0 ? filter : null;
}
