import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateRangeFields } from '../../ui/DateRangeFields';
import { FilterForm } from '../../ui/FilterForm';
import { useFilterForm } from '../../ui/use-filter-form';
import { emptyAuditSearch, type AuditSearch } from './audit-filters';
import { auditActionLabel, filterableAuditActions } from './audit-labels';

interface AuditFilterFormProps {
  search: AuditSearch;
  onSearch: (search: AuditSearch) => void;
  /** BAD_USER_INPUT messages by field (`filter.actorId` …) */
  serverErrors: Record<string, string>;
}

/** 検索条件: object, user, operation and a period of days; applied with 検索. */
export function AuditFilterForm({ search, onSearch, serverErrors }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const { form, onSubmit, onClear } = useFilterForm({
    search,
    cleared: emptyAuditSearch,
    onSearch,
    dateRange: { from: 'from', to: 'to', fromLabel: t('audit.filters.from'), toLabel: t('audit.filters.to') },
  });
  // The server's message about what was searched stays at its field until the next search.
  const field = (name: keyof AuditSearch) => {
    const props = form.getInputProps(name);
    return { ...props, error: props.error ?? serverErrors[`filter.${name}`] };
  };
  const action = form.values.action;

  return (
    <FilterForm
      heading={t('audit.filters.heading')}
      searchLabel={t('audit.filters.search')}
      clearLabel={t('audit.filters.clear')}
      onSubmit={onSubmit}
      onClear={onClear}
    >
      <TextInput label={t('audit.filters.objectId')} description={t('audit.filters.objectIdHelp')} {...field('objectId')} />
      <TextInput label={t('audit.filters.actorId')} {...field('actorId')} />
      <NativeSelect
        label={t('audit.filters.action')}
        {...field('action')}
        data={[
          { value: '', label: t('audit.filters.actionAll') },
          ...filterableAuditActions.map((a) => ({ value: a, label: auditActionLabel(t, a) })),
          // an action typed into the URL that the list does not offer stays selectable
          ...(action && !(filterableAuditActions as readonly string[]).includes(action) ? [{ value: action, label: action }] : []),
        ]}
      />
      <DateRangeFields from={{ label: t('audit.filters.from'), ...field('from') }} to={{ label: t('audit.filters.to'), ...field('to') }} />
    </FilterForm>
  );
}
