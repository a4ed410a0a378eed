import { isIsoDate } from '@esurety/schema';
import type { ApplicationStatus } from '../../gql/graphql';

/** The statuses staff can filter by, in the order the filter offers them; null means all. */
export const reviewStatuses = ['SUBMITTED', 'RETURNED', 'ISSUED', 'WITHDRAWN'] as const satisfies readonly ApplicationStatus[];
type ReviewStatus = (typeof reviewStatuses)[number];

export interface ReviewFilters {
  status: ReviewStatus | null;
  ordererId: string | null;
  submittedFrom: string | null;
  submittedTo: string | null;
}

const ALL = 'ALL';

/**
 * The filters as the URL keeps them (so that back and reload keep the search). With no status
 * in the URL the queue shows what waits for a decision: 送信済み.
 */
export function readReviewFilters(params: URLSearchParams): ReviewFilters {
  const status = params.get('status');
  const date = (name: string) => {
    const value = params.get(name);
    return value && isIsoDate(value) ? value : null;
  };
  return {
    status: status === ALL ? null : (reviewStatuses as readonly string[]).includes(status ?? '') ? (status as ReviewStatus) : 'SUBMITTED',
    ordererId: params.get('orderer') || null,
    submittedFrom: date('from'),
    submittedTo: date('to'),
  };
}

export function writeReviewFilters(filters: ReviewFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== 'SUBMITTED') params.set('status', filters.status ?? ALL);
  if (filters.ordererId) params.set('orderer', filters.ordererId);
  if (filters.submittedFrom) params.set('from', filters.submittedFrom);
  if (filters.submittedTo) params.set('to', filters.submittedTo);
  return params;
}

/** The select's value for a status filter ('' cannot stand for "all": the URL needs a word). */
export const statusOptionValue = (status: ReviewStatus | null) => status ?? ALL;
export const statusFromOption = (value: string): ReviewStatus | null =>
  (reviewStatuses as readonly string[]).includes(value) ? (value as ReviewStatus) : null;
