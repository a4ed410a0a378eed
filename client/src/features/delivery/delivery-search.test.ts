import { describe, expect, it } from 'vitest';
import { guaranteesCsvUrl, readDeliverySearch, toGuaranteeFilter, writeDeliverySearch } from './delivery-search';

describe('delivery search', () => {
  it('keeps the tab and the conditions in the URL and back', () => {
    const params = new URLSearchParams(
      'tab=electronic&kind=ADVANCE_PAYMENT&from=2026-04-01&to=2026-04-30&work=%E2%97%8F%E2%97%8F&orderer=o1',
    );
    const search = readDeliverySearch(params);
    expect(search).toEqual({
      tab: 'ELECTRONIC',
      conditions: {
        kind: 'ADVANCE_PAYMENT',
        validity: null,
        contractorName: null,
        issuedFrom: '2026-04-01',
        issuedTo: '2026-04-30',
        workName: '●●',
        ordererId: 'o1',
      },
      contractNumber: null,
    });
    expect(writeDeliverySearch(search).toString()).toBe(params.toString());
    expect(toGuaranteeFilter(search)).toEqual({
      certificateFormat: 'ELECTRONIC',
      kind: 'ADVANCE_PAYMENT',
      issuedFrom: '2026-04-01',
      issuedTo: '2026-04-30',
      workName: '●●',
      ordererId: 'o1',
    });
  });

  it('ignores what the URL says wrongly and filters nothing by default', () => {
    const search = readDeliverySearch(new URLSearchParams('tab=x&kind=BOND&from=4/1'));
    expect(search.tab).toBe('ALL');
    expect(toGuaranteeFilter(search)).toEqual({});
  });

  it('searches by the contract number alone when one is given, within the tab', () => {
    const search = readDeliverySearch(new URLSearchParams('tab=electronic&number=2007500001r&work=x'));
    expect(toGuaranteeFilter(search)).toEqual({ certificateFormat: 'ELECTRONIC', contractNumber: '2007500001r' });
    expect(writeDeliverySearch(search).toString()).toBe('tab=electronic&number=2007500001r');
  });

  it('keeps the state and the contractor, and the CSV download has the same filter', () => {
    const search = readDeliverySearch(new URLSearchParams('state=EXPIRED&contractor=%E2%96%B3%E2%96%B3&kind=CONTRACT'));
    expect(toGuaranteeFilter(search)).toEqual({ validity: 'EXPIRED', contractorName: '△△', kind: 'CONTRACT' });
    expect(readDeliverySearch(new URLSearchParams('state=SOMETIMES')).conditions.validity).toBeNull();
    expect(guaranteesCsvUrl(search)).toBe('/documents/guarantees.csv?kind=CONTRACT&validity=EXPIRED&contractorName=%E2%96%B3%E2%96%B3');
    expect(guaranteesCsvUrl(readDeliverySearch(new URLSearchParams()))).toBe('/documents/guarantees.csv');
  });
});
