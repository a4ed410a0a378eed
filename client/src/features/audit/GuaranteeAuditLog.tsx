import { useQuery } from '@apollo/client/react';
import { Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { AuditEventTable } from './AuditEventTable';

export const GuaranteeAuditLogQuery = graphql(`
  query GuaranteeAuditLog($id: ID!) {
    guarantee(id: $id) {
      id
      auditEvents {
        id
        ...AuditEventRow
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
 * 監査ログ of one guarantee (newest first, at most 100): for branch staff and administrators,
 * whom the server alone lets read it. Its own query, so that a refusal leaves the page above whole.
 * After a mutation on the guarantee, refetch `GuaranteeAuditLog` to show the new event.
 */
export function GuaranteeAuditLog({ guaranteeId, headingOrder = 2 }: GuaranteeAuditLogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, loading, error } = useQuery(GuaranteeAuditLogQuery, {
    variables: { id: guaranteeId },
    fetchPolicy: 'cache-and-network',
  });
  const events = data?.guarantee.auditEvents;

  return (
    <section aria-labelledby={headingId}>
      <Title order={headingOrder} size="h3" id={headingId} mt="xl" mb="sm">
        {t('audit.heading')}
      </Title>
      {error && <ErrorAlert error={error} />}
      {!events && loading && <LoadingState />}
      {events && <AuditEventTable events={events} labelledBy={headingId} />}
    </section>
  );
}
