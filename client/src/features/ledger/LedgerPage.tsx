import { useQuery } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { PageHeading } from '../../ui/PageHeading';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { LedgerTable } from './LedgerTable';

export const LEDGER_PAGE_SIZE = 20;

export const OrdererLedgerQuery = graphql(`
  query OrdererLedger($first: Int!, $after: String) {
    ordererLedger(first: $first, after: $after) {
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
          ...LedgerRow
        }
      }
    }
  }
`);

/** /ledger, 確認済み保証の台帳: the guarantees to this orderer that were verified, newest first, as they stand now. */
export function LedgerPage() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(OrdererLedgerQuery, {
    variables: { first: LEDGER_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.ordererLedger;

  return (
    <>
      <PageHeading>{t('ledger.title')}</PageHeading>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Text maw="44rem">{t('ledger.lead')}</Text>
        <Button component={Link} to="/verify" variant="default">
          {t('ledger.verifyLink')}
        </Button>
      </Group>
      <PagedTableSection
        heading={t('ledger.tableHeading')}
        connection={connection}
        loading={loading}
        error={error}
        pages={pages}
        pageSize={LEDGER_PAGE_SIZE}
      >
        {(nodes, labelledBy) => <LedgerTable guarantees={nodes} labelledBy={labelledBy} />}
      </PagedTableSection>
    </>
  );
}
