import { useQuery } from '@apollo/client/react';
import { Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ConnectionPager } from '../../ui/ConnectionPager';
import { LoadingState } from '../../ui/LoadingState';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { AuditEventTable } from './AuditEventTable';

export const GUARANTEE_AUDIT_PAGE_SIZE = 20;

export const GuaranteeAuditLogQuery = graphql(`
  query GuaranteeAuditLog($id: String!, $first: Int!, $after: String) {
    auditEvents(filter: { objectId: $id }, first: $first, after: $after) {
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

interface GuaranteeAuditLogProps {
  guaranteeId: string;
  /** the heading's level where the section is placed (2 on a page, 3 inside a section) */
  headingOrder?: 2 | 3;
}

/**
 * 監査ログ of one guarantee (newest first, a page at a time): for branch staff and administrators,
 * whom the server alone lets read it. Its own query, so that a refusal leaves the page above whole.
 * After a mutation on the guarantee, refetch `GuaranteeAuditLog` to show the new event.
 */
export function GuaranteeAuditLog({ guaranteeId, headingOrder = 2 }: GuaranteeAuditLogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(GuaranteeAuditLogQuery, {
    variables: { id: guaranteeId, first: GUARANTEE_AUDIT_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.auditEvents;

  return (
    <section aria-labelledby={headingId}>
      <Title order={headingOrder} size="h3" id={headingId} mt="xl" mb="sm">
        {t('audit.heading')}
      </Title>
      {error && <ErrorAlert error={error} />}
      {!connection && loading && <LoadingState />}
      {connection && (
        <>
          <AuditEventTable events={connection.edges.map((e) => e.node)} labelledBy={headingId} />
          {connection.totalCount > GUARANTEE_AUDIT_PAGE_SIZE && (
            <ConnectionPager connection={connection} pages={pages} pageSize={GUARANTEE_AUDIT_PAGE_SIZE} />
          )}
        </>
      )}
    </section>
  );
}
