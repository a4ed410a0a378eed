import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateApplication } from './application-rules';
import { DATE_RANGE, dateError, dateOrderErrors, GUARANTEE_DATE_ORDER, isPlausibleDate, WORK_DATE_ORDER } from './date-rules';

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

describe('date rules', () => {
  it('refuses a 令和 year typed into the year field, and dates outside 2000–2099', () => {
    expect(dateError('請負契約日', '0008-04-01')).toBe('請負契約日は2000年1月1日から2099年12月31日までの日付で入力してください。');
    expect(dateError('請負契約日', '1999-12-31')).not.toBeNull();
    expect(dateError('請負契約日', '2100-01-01')).not.toBeNull();
    expect(dateError('請負契約日', '2026-02-30')).toBe('請負契約日の日付が正しくありません。');
    expect(dateError('請負契約日', DATE_RANGE.min)).toBeNull();
    expect(dateError('請負契約日', DATE_RANGE.max)).toBeNull();
  });

  it('refuses 0008-04-01 in the application as the user types, naming the field', () => {
    const errors = validateApplication(
      { work: { contractDate: '0008-04-01', startDate: '2026-04-10', endDate: '2027-03-15' } },
      { work: null, today: '2026-04-01' },
      'draft',
    );
    expect(errors).toEqual([
      { field: 'work.contractDate', message: '請負契約日は2000年1月1日から2099年12月31日までの日付で入力してください。' },
    ]);
  });

  it('keeps a work’s dates in order: 公告日/指名日 ≤ 請負契約日 ≤ 着工日 ≤ 完成日', () => {
    const errors = validateApplication(
      { work: { announcedOn: '2026-05-01', contractDate: '2026-04-01', startDate: '2026-03-31', endDate: '2026-03-01' } },
      { work: null, today: '2026-04-01' },
      'draft',
    );
    expect(errors).toEqual([
      { field: 'work.contractDate', message: '請負契約日は公告日以降の日付にしてください。' },
      { field: 'work.startDate', message: '工期（着工日）は請負契約日以降の日付にしてください。' },
      { field: 'work.endDate', message: '工期の完成日は着工日以降の日付にしてください。' },
    ]);
  });

  describe('properties', () => {
    it('a plausible date is exactly a valid date in the range', () => {
      fc.assert(
        fc.property(isoDate('0001-01-01', '9999-12-31'), (d) => {
          expect(isPlausibleDate(d)).toBe(d >= DATE_RANGE.min && d <= DATE_RANGE.max);
          expect(dateError('日付', d) === null).toBe(isPlausibleDate(d));
        }),
      );
    });

    it('dates in order break no rule; swapping two that differ breaks the rule between them', () => {
      const four = fc.uniqueArray(isoDate(DATE_RANGE.min, DATE_RANGE.max), { minLength: 4, maxLength: 4 }).map((d) => d.sort());
      fc.assert(
        fc.property(four, ([contractDate, workStartDate, workEndDate, deadline]) => {
          expect(dateOrderErrors({ contractDate, workStartDate, workEndDate, deadline }, GUARANTEE_DATE_ORDER)).toEqual([]);
          const swapped = dateOrderErrors(
            { contractDate, workStartDate: workEndDate, workEndDate: workStartDate, deadline },
            GUARANTEE_DATE_ORDER,
          );
          expect(swapped.map((e) => e.field)).toContain('workEndDate');
          const work = dateOrderErrors(
            { announcedOn: contractDate, contractDate: workStartDate, startDate: workEndDate, endDate: deadline },
            WORK_DATE_ORDER,
          );
          expect(work).toEqual([]);
        }),
      );
    });
  });
});
