import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { PageHeading } from '../../ui/PageHeading';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { ReviewFilterForm } from './ReviewFilterForm';
import { ReviewQueueTable } from './ReviewQueueTable';
import { readReviewFilters, writeReviewFilters, type ReviewFilters } from './review-filters';

export const REVIEW_PAGE_SIZE = 20;

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($filter: GuaranteeApplicationFilter, $first: Int!, $after: String) {
    applications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ReviewQueueRow
        }
      }
    }
  }
`);

/** 申込の審査: the applications sent to the staff's branch, filtered, newest first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readReviewFilters(params);
  const search = (next: ReviewFilters) => setParams(writeReviewFilters(next));
  const key = writeReviewFilters(filters).toString();

  return (
    <>
      <PageHeading>{t('review.queue.title')}</PageHeading>
      <Text mb="md">{t('review.queue.lead')}</Text>
      <ReviewFilterForm key={`form-${key}`} filters={filters} onSearch={search} />
      {/* A new search starts again from the first page. */}
      <ReviewResults key={`results-${key}`} filters={filters} />
    </>
  );
}

function ReviewResults({ filters }: { filters: ReviewFilters }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(ReviewQueueQuery, {
    variables: { filter: filters, first: REVIEW_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.applications;

  return (
    <PagedTableSection
      heading={t('review.queue.tableHeading')}
      connection={connection}
      loading={loading}
      error={error}
      pages={pages}
      pageSize={REVIEW_PAGE_SIZE}
    >
      {(nodes, labelledBy) => <ReviewQueueTable applications={nodes} labelledBy={labelledBy} />}
    </PagedTableSection>
  );
}
