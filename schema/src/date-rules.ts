import { isIsoDate } from './text-rules';

/**
 * The dates any field takes: 2000-01-01 to 2099-12-31. A date outside is a slip of the keyboard
 * (0008-04-01 is 令和8年 typed into the year), never a public works contract.
 */
export const DATE_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;

/** Whether `text` is a calendar date (YYYY-MM-DD) inside DATE_RANGE. */
export function isPlausibleDate(text: string): boolean {
  return isIsoDate(text) && text >= DATE_RANGE.min && text <= DATE_RANGE.max;
}

/** 「請負契約日は2000年1月1日から2099年12月31日までの日付で入力してください。」 */
export function dateRangeMessage(fieldLabel: string): string {
  return `${fieldLabel}は2000年1月1日から2099年12月31日までの日付で入力してください。`;
}

/** The message for a date field's value, or null when it is a plausible date. */
export function dateError(fieldLabel: string, text: string): string | null {
  if (!isIsoDate(text)) return `${fieldLabel}の日付が正しくありません。`;
  if (!isPlausibleDate(text)) return dateRangeMessage(fieldLabel);
  return null;
}

/** Two date fields in order: `earlier` ≤ `later`; a breach is reported on `later`. */
export interface DateOrderRule<Field extends string = string> {
  earlier: Field;
  later: Field;
  message: string;
}

/**
 * The order of a work's dates: 公告日 / 指名日 ≤ 請負契約日 ≤ 工期（着工日） ≤ 工期（完成日）.
 * Equal dates are allowed (a contract signed and started the same day).
 */
export const WORK_DATE_ORDER: readonly DateOrderRule<'announcedOn' | 'nominatedOn' | 'contractDate' | 'startDate' | 'endDate'>[] = [
  { earlier: 'announcedOn', later: 'contractDate', message: '請負契約日は公告日以降の日付にしてください。' },
  { earlier: 'nominatedOn', later: 'contractDate', message: '請負契約日は指名日以降の日付にしてください。' },
  { earlier: 'contractDate', later: 'startDate', message: '工期（着工日）は請負契約日以降の日付にしてください。' },
  { earlier: 'startDate', later: 'endDate', message: '工期の完成日は着工日以降の日付にしてください。' },
];

/**
 * The order of a guarantee's dates (変更, 訂正): 請負契約日 ≤ 工期（着工日） ≤ 工期（完成日） ≤ 保証期限.
 * The guarantee runs at least to the end of the work it guarantees.
 */
export const GUARANTEE_DATE_ORDER: readonly DateOrderRule<'contractDate' | 'workStartDate' | 'workEndDate' | 'deadline'>[] = [
  { earlier: 'contractDate', later: 'workStartDate', message: '工期（着工日）は請負契約日以降の日付にしてください。' },
  { earlier: 'workStartDate', later: 'workEndDate', message: '工期の完成日は着工日以降の日付にしてください。' },
  { earlier: 'workEndDate', later: 'deadline', message: '保証期限は工期（完成日）以降の日付にしてください。' },
];

/**
 * The rules of `rules` that `values` break, each as the later field and its message. Rules whose
 * dates are missing or not dates are skipped (those fields have their own errors).
 */
export function dateOrderErrors<Field extends string>(
  values: Partial<Record<Field, string | null | undefined>>,
  rules: readonly DateOrderRule<Field>[],
): { field: Field; message: string }[] {
  return rules.flatMap((rule) => {
    const earlier = values[rule.earlier];
    const later = values[rule.later];
    if (!earlier || !later || !isIsoDate(earlier) || !isIsoDate(later) || earlier <= later) return [];
    return [{ field: rule.later, message: rule.message }];
  });
}
