import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { DateRangeFields } from '../../ui/DateRangeFields';
import { FilterForm } from '../../ui/FilterForm';
import { useFilterForm } from '../../ui/use-filter-form';
import type { ReviewFilters } from './review-filters';

export const ReviewOrderersQuery = graphql(`
  query ReviewOrderers {
    orderers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

interface ReviewFilterFormProps {
  filters: ReviewFilters;
  onSearch: (filters: ReviewFilters) => void;
}

/** 検索条件: orderer and the sending date range, applied with 検索 (the status is the page's tabs). */
export function ReviewFilterForm({ filters, onSearch }: ReviewFilterFormProps) {
  const { t } = useTranslation();
  const orderers = useQuery(ReviewOrderersQuery);
  const { form, onSubmit, onClear } = useFilterForm({
    search: filters,
    cleared: { status: filters.status, ordererId: null, submittedFrom: null, submittedTo: null },
    onSearch,
    dateRange: {
      from: 'submittedFrom',
      to: 'submittedTo',
      fromLabel: t('review.queue.submittedFrom'),
      toLabel: t('review.queue.submittedTo'),
    },
  });

  return (
    <FilterForm
      heading={t('review.queue.filtersHeading')}
      searchLabel={t('review.queue.search')}
      clearLabel={t('review.queue.clear')}
      onSubmit={onSubmit}
      onClear={onClear}
    >
      <NativeSelect
        label={t('review.queue.orderer')}
        {...form.getInputProps('ordererId')}
        data={[
          { value: '', label: t('review.queue.ordererAll') },
          ...(orderers.data?.orderers.edges ?? []).map(({ node: o }) => ({ value: o.id, label: o.name })),
        ]}
      />
      <DateRangeFields
        from={{ label: t('review.queue.submittedFrom'), ...form.getInputProps('submittedFrom') }}
        to={{ label: t('review.queue.submittedTo'), ...form.getInputProps('submittedTo') }}
      />
    </FilterForm>
  );
}
