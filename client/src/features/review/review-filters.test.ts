import { describe, expect, it } from 'vitest';
import { readReviewFilters, writeReviewFilters } from './review-filters';

describe('review filters in the URL', () => {
  it('default to 送信済み: what waits for a decision', () => {
    expect(readReviewFilters(new URLSearchParams())).toEqual({
      status: 'SUBMITTED',
      ordererId: null,
      submittedFrom: null,
      submittedTo: null,
    });
    expect(writeReviewFilters(readReviewFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('keep "all" apart from the default, and round-trip every condition', () => {
    const all = { status: null, ordererId: 'o1', submittedFrom: '2026-04-01', submittedTo: '2026-04-30' };
    const params = writeReviewFilters(all);
    expect(params.toString()).toBe('status=ALL&orderer=o1&from=2026-04-01&to=2026-04-30');
    expect(readReviewFilters(params)).toEqual(all);
  });

  it('ignore what is not a status or a date', () => {
    expect(readReviewFilters(new URLSearchParams('status=DRAFT&from=yesterday'))).toMatchObject({
      status: 'SUBMITTED',
      submittedFrom: null,
    });
  });
});
