import { useQuery } from '@apollo/client/react';
import { Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { PageHeading } from '../../ui/PageHeading';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { ReviewFilterForm } from './ReviewFilterForm';
import { ReviewQueueTable } from './ReviewQueueTable';
import {
  readReviewFilters,
  reviewStatuses,
  statusFromOption,
  statusOptionValue,
  writeReviewFilters,
  type ReviewFilters,
} from './review-filters';

export const REVIEW_PAGE_SIZE = 20;

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($filter: GuaranteeApplicationFilter, $first: Int!, $after: String) {
    applications(filter: $filter, first: $first, after: $after) {
      boundedCount {
        count
        isExact
      }
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

export const ReviewCountsQuery = graphql(`
  query ReviewCounts($filter: GuaranteeApplicationFilter) {
    applications(filter: $filter, first: 1) {
      statusCounts {
        status
        count
      }
    }
  }
`);

/**
 * 申込の審査: the applications sent to the staff's branch, filtered, newest first, in a tab per
 * status with its count: 送信済み (what waits for a decision) first and by default, then the
 * others, then all, so that an issued or returned application is one tab away, not gone.
 */
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
      <StatusTabs filters={filters} onSearch={search} />
      {/* A new search starts again from the first page. */}
      <ReviewResults key={`results-${key}`} filters={filters} />
    </>
  );
}

function StatusTabs({ filters, onSearch }: { filters: ReviewFilters; onSearch: (next: ReviewFilters) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(ReviewCountsQuery, {
    variables: { filter: { ordererId: filters.ordererId, submittedFrom: filters.submittedFrom, submittedTo: filters.submittedTo } },
    fetchPolicy: 'cache-and-network',
  });
  const counts = new Map((data?.applications.statusCounts ?? []).map((c) => [c.status, c.count]));
  const all = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const label = (name: string, count: number | undefined) =>
    count === undefined ? name : t('review.queue.tabLabel', { status: name, count });
  return (
    <Tabs
      mb="md"
      value={statusOptionValue(filters.status)}
      onChange={(value) => onSearch({ ...filters, status: statusFromOption(value ?? '') })}
    >
      <Tabs.List aria-label={t('review.queue.status')}>
        {reviewStatuses.map((status) => (
          <Tabs.Tab key={status} value={status}>
            {label(t(`review.status.${status}`), counts.get(status))}
          </Tabs.Tab>
        ))}
        <Tabs.Tab value={statusOptionValue(null)}>{label(t('review.queue.statusAll'), data ? all : undefined)}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
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
