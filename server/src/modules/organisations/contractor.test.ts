import { describe, expect, it } from 'vitest';
import { Contractor } from './contractor.entity';

describe('Contractor', () => {
  const props = { name: '〇〇建設株式会社', address: '長野県松本市', representative: '代表取締役 建設 太郎' };

  it('takes a valid 法人番号', () => {
    expect(new Contractor({ ...props, corporateNumber: '3100001012345' }).corporateNumber).toBe('3100001012345');
  });

  it('refuses a 法人番号 whose check digit is wrong', () => {
    expect(() => new Contractor({ ...props, corporateNumber: '4100001012345' })).toThrow(/corporate number/);
  });
});
