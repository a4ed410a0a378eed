import { describe, expect, it } from 'vitest';
import { validateBidBond } from './bid-bond-rules';

const valid = {
  ordererId: 'o1',
  workName: '市道改良工事',
  bidDate: '2026-05-10',
  expectedContractAmount: 30_000_000,
  destinationBranchId: 'b1',
};

describe('validateBidBond', () => {
  it('accepts a complete reservation whose bid date is today or later', () => {
    expect(validateBidBond(valid, { today: '2026-05-10' })).toEqual([]);
    expect(validateBidBond(valid, { today: '2026-05-01' })).toEqual([]);
  });

  it('names each missing field', () => {
    expect(validateBidBond({}, { today: '2026-05-01' }).map((e) => e.field)).toEqual([
      'ordererId',
      'workName',
      'bidDate',
      'expectedContractAmount',
      'destinationBranchId',
    ]);
  });

  it('refuses a bid date in the past and an impossible date', () => {
    expect(validateBidBond(valid, { today: '2026-05-11' })).toEqual([{ field: 'bidDate', message: expect.stringContaining('今日以降') }]);
    expect(validateBidBond({ ...valid, bidDate: '2026-02-30' }, { today: '2026-01-01' })[0].field).toBe('bidDate');
  });

  it('refuses an amount that is not a positive integer of yen', () => {
    for (const amount of [0, -1, 1.5, 10_000_000_000_001]) {
      expect(validateBidBond({ ...valid, expectedContractAmount: amount }, { today: '2026-05-01' })).toEqual([
        { field: 'expectedContractAmount', message: '契約予定金額は1円以上10兆円以下の整数で入力してください。' },
      ]);
    }
  });

  it('refuses control characters and overlong work names', () => {
    expect(validateBidBond({ ...valid, workName: 'a\u0007b' }, { today: '2026-05-01' })[0].field).toBe('workName');
    expect(validateBidBond({ ...valid, workName: 'あ'.repeat(201) }, { today: '2026-05-01' })[0].field).toBe('workName');
  });
});
