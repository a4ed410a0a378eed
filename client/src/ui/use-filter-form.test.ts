import { describe, expect, it } from 'vitest';
import { i18n } from '../app/i18n';
import { dateRangeErrors, filterValues, searchOf } from './use-filter-form';

interface Period {
  from: string | null;
  to: string | null;
  word: string | null;
}

const range = { from: 'from', to: 'to', fromLabel: '期間(から)', toLabel: '期間(まで)' } as const;
const errors = (from: string, to: string) => dateRangeErrors<Period>(i18n.t, { from, to, word: '' }, range);

describe('filter form values', () => {
  it('holds an unset condition as an empty field, and reads the fields back trimmed, empty as unset', () => {
    expect(filterValues<Period>({ from: '2026-04-01', to: null, word: null })).toEqual({ from: '2026-04-01', to: '', word: '' });
    expect(searchOf<Period>({ from: '2026-04-01', to: '', word: ' ●● ' })).toEqual({ from: '2026-04-01', to: null, word: '●●' });
    expect(searchOf<Period>({ from: ' ', to: '', word: '' })).toEqual({ from: null, to: null, word: null });
  });
});

describe('dateRangeErrors', () => {
  it('accepts an open or ordered period, a single day included', () => {
    expect(errors('', '')).toEqual({});
    expect(errors('2026-04-01', '')).toEqual({});
    expect(errors('', '2026-04-30')).toEqual({});
    expect(errors('2026-04-01', '2026-04-01')).toEqual({});
    expect(errors('2026-04-01', '2026-04-30')).toEqual({});
  });

  it('names an end before the start at the end, by both labels', () => {
    expect(errors('2026-04-30', '2026-04-01')).toEqual({ to: '期間(まで)は期間(から)以降の日付にしてください。' });
  });

  it('names a date it cannot read at its field, and then says nothing of the order', () => {
    expect(errors('あした', '2026-04-01')).toEqual({ from: '日付で入力してください（例：令和8年4月1日、2026-04-01）。' });
    expect(errors('2026-04-30', '令和8年2月30日')).toEqual({ to: '日付で入力してください（例：令和8年4月1日、2026-04-01）。' });
  });
});
