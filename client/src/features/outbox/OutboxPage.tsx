import { useQuery } from '@apollo/client/react';
import { NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { OutboxStatus } from '../../gql/graphql';
import { PageHeading } from '../../ui/PageHeading';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { OutboxTable } from './OutboxTable';

export const OUTBOX_PAGE_SIZE = 20;
const statuses = ['PENDING', 'SENT', 'FAILED'] as const satisfies readonly OutboxStatus[];
const readStatus = (value: string | null): OutboxStatus | null => statuses.find((s) => s === value) ?? null;

export const OutboxQuery = graphql(`
  query Outbox($filter: OutboxMessageFilter, $first: Int!, $after: String) {
    outboxMessages(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OutboxRow
        }
      }
    }
  }
`);

/** 送信メール: what the server sends or would send; without SMTP_URL the mail waits here. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = readStatus(params.get('status'));

  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      <Text mb="md">{t('outbox.lead')}</Text>
      <NativeSelect
        label={t('outbox.filter')}
        maw="16rem"
        mb="lg"
        value={status ?? ''}
        onChange={(e) => setParams(e.currentTarget.value ? { status: e.currentTarget.value } : {})}
        data={[{ value: '', label: t('outbox.all') }, ...statuses.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))]}
      />
      <OutboxResults key={status ?? 'all'} status={status} />
    </>
  );
}

function OutboxResults({ status }: { status: OutboxStatus | null }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(OutboxQuery, {
    variables: { filter: status ? { status } : null, first: OUTBOX_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.outboxMessages;

  return (
    <PagedTableSection
      heading={t('outbox.tableHeading')}
      connection={connection}
      loading={loading}
      error={error}
      pages={pages}
      pageSize={OUTBOX_PAGE_SIZE}
    >
      {(nodes, labelledBy) => <OutboxTable messages={nodes} labelledBy={labelledBy} />}
    </PagedTableSection>
  );
}
