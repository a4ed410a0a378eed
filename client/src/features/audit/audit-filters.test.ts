import { describe, expect, it } from 'vitest';
import { emptyAuditSearch, readAuditSearch, toAuditFilter, writeAuditSearch } from './audit-filters';

describe('audit filters', () => {
  it('keep the search in the URL and read it back', () => {
    const search = { objectId: 'g1', actorId: 'u1', action: 'revealAuthKey', from: '2026-04-01', to: '2026-04-30' };
    const params = writeAuditSearch(search);
    expect(params.toString()).toBe('object=g1&actor=u1&action=revealAuthKey&from=2026-04-01&to=2026-04-30');
    expect(readAuditSearch(params)).toEqual(search);
  });

  it('ignore what is not a date', () => {
    expect(readAuditSearch(new URLSearchParams('from=2026/04/01&to=x'))).toEqual(emptyAuditSearch);
  });

  it('turn the days into moments in Japan, the whole last day included', () => {
    expect(toAuditFilter({ ...emptyAuditSearch, from: '2026-04-01', to: '2026-04-30' })).toEqual({
      from: '2026-03-31T15:00:00.000Z',
      to: '2026-04-30T15:00:00.000Z',
    });
  });

  it('send no filter when nothing is searched', () => {
    expect(toAuditFilter(emptyAuditSearch)).toBeNull();
  });
});
