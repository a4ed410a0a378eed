import { isIsoDate } from '@esurety/schema';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** A search whose conditions are text or unset (null), as the URL keeps them. */
type Search<T> = { [K in keyof T]: string | null };

/** The form's values for a search: '' where a condition is unset. */
export type FilterValues<T> = { [K in keyof T]: string };

/** A period of two of the search's dates (YYYY-MM-DD), with the labels its message names. */
export interface DateRange<T> {
  from: keyof T & string;
  to: keyof T & string;
  fromLabel: string;
  toLabel: string;
}

export function filterValues<T extends Search<T>>(search: T): FilterValues<T> {
  return Object.fromEntries(Object.entries(search).map(([key, value]) => [key, value ?? ''])) as FilterValues<T>;
}

/** The search the form's values stand for: each condition trimmed, an empty one unset. */
export function searchOf<T extends Search<T>>(values: FilterValues<T>): T {
  return Object.fromEntries(Object.entries<string>(values).map(([key, value]) => [key, value.trim() || null])) as T;
}

/**
 * The period's problems by field: a date that cannot be read (at its field) and an end before
 * the start (at the end: 「期間(まで)は期間(から)以降の日付にしてください。」).
 */
export function dateRangeErrors<T>(t: TFunction, values: FilterValues<T>, range: DateRange<T>): Record<string, string> {
  const from = values[range.from].trim();
  const to = values[range.to].trim();
  const errors: Record<string, string> = {};
  if (from && !isIsoDate(from)) errors[range.from] = t('form.dateInvalid');
  if (to && !isIsoDate(to)) errors[range.to] = t('form.dateInvalid');
  else if (from && to && isIsoDate(from) && to < from) {
    errors[range.to] = t('form.dateRangeOrder', { from: range.fromLabel, to: range.toLabel });
  }
  return errors;
}

interface FilterFormOptions<T> {
  /** what is searched now (the form starts from it) */
  search: T;
  /** what 条件をクリア searches */
  cleared: T;
  onSearch: (search: T) => void;
  /** the period among the conditions, checked before searching */
  dateRange?: DateRange<T>;
}

/**
 * A 検索条件 form (`@mantine/form`) for a search kept in the URL: `onSubmit` searches what was
 * entered once the period reads well, `onClear` empties the fields and searches everything.
 */
export function useFilterForm<T extends Search<T>>({ search, cleared, onSearch, dateRange }: FilterFormOptions<T>) {
  const { t } = useTranslation();
  const form = useForm<FilterValues<T>>({
    initialValues: filterValues(search),
    validate: (values) => (dateRange ? dateRangeErrors(t, values, dateRange) : {}),
  });
  return {
    form,
    onSubmit: form.onSubmit((values) => onSearch(searchOf<T>(values))),
    onClear: () => {
      form.setValues(filterValues(cleared));
      form.clearErrors();
      onSearch(cleared);
    },
  };
}
