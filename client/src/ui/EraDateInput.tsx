import '@mantine/dates/styles.css';
import 'dayjs/locale/ja';
import { formatEraDate, isIsoDate } from '@esurety/schema';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDateInput } from './era-date';
import classes from './era-date-input.module.css';

const eraYearMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  timeZone: 'Asia/Tokyo',
});
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'Asia/Tokyo' });
const atNoonInJapan = (isoDate: string) => new Date(`${isoDate}T12:00:00+09:00`);

export interface EraDateInputProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'minDate' | 'maxDate' | 'valueFormat' | 'dateParser'
> {
  /** the date as YYYY-MM-DD, '' when empty, or the text typed when it is not a date */
  value?: string;
  /**
   * the date as YYYY-MM-DD, '' when cleared; on leaving the field, what was typed if it is not a
   * date or falls outside min–max, so that the form's rules (and the API) name the mistake
   */
  onChange: (value: string) => void;
  /** the first day that can be chosen (YYYY-MM-DD) */
  min?: string;
  /** the last day that can be chosen (YYYY-MM-DD) */
  max?: string;
}

/**
 * A calendar date field that shows the date in the Japanese era (令和8年4月1日), as the flyers'
 * screens do, and reads what is typed in the era or the Western calendar (see `parseDateInput`),
 * with a calendar to pick from. Its value stays the API's YYYY-MM-DD.
 */
export function EraDateInput({ value = '', onChange, min, max, onBlur, error, classNames, ...props }: EraDateInputProps) {
  const { t } = useTranslation();
  const isDate = isIsoDate(value);
  return (
    <DateInput
      locale="ja"
      firstDayOfWeek={0}
      placeholder={t('form.datePlaceholder')}
      {...props}
      value={isDate ? value : null}
      onChange={(next) => onChange(next ?? '')}
      onBlur={(event) => {
        onBlur?.(event);
        // DateInput keeps only a date within min–max; anything else typed goes to the form as typed.
        const typed = event.currentTarget.value.trim();
        const next = typed ? (parseDateInput(typed) ?? typed) : '';
        if (next !== value) onChange(next);
      }}
      error={error ?? (value && !isDate ? t('form.dateInvalid') : undefined)}
      minDate={min}
      maxDate={max}
      valueFormat={formatEraDate}
      dateParser={parseDateInput}
      allowDeselect
      monthLabelFormat={(date) => eraYearMonth.format(atNoonInJapan(date))}
      yearLabelFormat={(date) => eraYear.format(atNoonInJapan(date))}
      getDayAriaLabel={formatEraDate}
      // No days of the months before and after: Mantine dims them below 4.5:1 (axe, WCAG 1.4.3),
      // and a day belongs to the month it is shown under.
      hideOutsideDates
      classNames={typeof classNames === 'function' ? classNames : { ...classNames, day: classes.day }}
      // Names the arrows; the month and year buttons are named by what they show (令和8年4月).
      ariaLabels={t('form.calendar', { returnObjects: true })}
    />
  );
}
