import { useQuery } from '@apollo/client/react';
import { Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { ConnectionPager } from '../../ui/ConnectionPager';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { AuditEventTable } from './AuditEventTable';
import { AuditFilterForm } from './AuditFilterForm';
import { readAuditSearch, toAuditFilter, writeAuditSearch, type AuditSearch } from './audit-filters';

export const AUDIT_PAGE_SIZE = 50;

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuditEventRow
        }
      }
    }
  }
`);

/** 監査ログ: administrators see every event, branch staff those that concern their branch. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const search = readAuditSearch(params);
  const key = writeAuditSearch(search).toString();
  // A new search starts again from the first page, with the form showing what was searched.
  return <AuditLog key={key} search={search} onSearch={(next) => setParams(writeAuditSearch(next))} />;
}

function AuditLog({ search, onSearch }: { search: AuditSearch; onSearch: (search: AuditSearch) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(AuditEventsQuery, {
    variables: { filter: toAuditFilter(search), first: AUDIT_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.auditEvents;
  const serverErrors = fieldErrors(error);
  const fieldError = Object.keys(serverErrors).some((field) => field.startsWith('filter.'));

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <Text mb="md">{t('audit.lead')}</Text>
      <AuditFilterForm search={search} onSearch={onSearch} serverErrors={serverErrors} />
      <section aria-labelledby={headingId}>
        <Title order={2} id={headingId} mb="sm">
          {t('audit.tableHeading')}
        </Title>
        {error && !fieldError && <ErrorAlert error={error} />}
        {!connection && loading && <LoadingState />}
        {connection && !fieldError && (
          <>
            <AuditEventTable events={connection.edges.map((e) => e.node)} labelledBy={headingId} showObject />
            <ConnectionPager connection={connection} pages={pages} pageSize={AUDIT_PAGE_SIZE} />
          </>
        )}
      </section>
    </>
  );
}
