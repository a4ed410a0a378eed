import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatJstTimestamp } from '@esurety/schema';
import { Alert, Button, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { CertificateDocument } from '../certificate/CertificateDocument';
import { CurrentUserQueryDocument } from '../session/current-user';
import { GuaranteeActions } from './GuaranteeActions';
import { GuaranteeSummary } from './GuaranteeSummary';
import { IssuanceHistory } from './IssuanceHistory';
import { OrdererViewSection } from './OrdererViewSection';
import { GuaranteeAuditLog, GuaranteeAuditLogQuery } from '../audit/GuaranteeAuditLog';
import { GuaranteeViewFieldsFragment } from './guarantee-view-fields';

export const GuaranteeViewQuery = graphql(`
  query GuaranteeView($id: ID!) {
    guarantee(id: $id) {
      id
      ...GuaranteeViewFields
    }
  }
`);

/** One guarantee: its summary, the staff's procedures, the current certificate and the history. */
export function GuaranteePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useQuery(CurrentUserQueryDocument);
  const { data, loading, error, refetch } = useQuery(GuaranteeViewQuery, { variables: { id } });
  const guarantee = getFragmentData(GuaranteeViewFieldsFragment, data?.guarantee);
  const certificateHeadingId = useId();
  const client = useApolloClient();
  // Opened from 保証契約一覧: back to the list as it was searched.
  const listSearch = (useLocation().state as { listSearch?: string } | null)?.listSearch;

  if (loading && !guarantee) return <LoadingState />;
  if (!guarantee) {
    return (
      <>
        <PageHeading>{t('guarantee.notFoundTitle')}</PageHeading>
        {error && <ErrorAlert error={error} />}
      </>
    );
  }
  const staff = me.data?.me?.role === 'BRANCH_STAFF';
  const auditor = staff || me.data?.me?.role === 'ADMIN';
  // A procedure adds to the audit log too, which has its own query.
  const reload = async () => {
    const result = await refetch();
    // The log shows its own error if it can't load; the procedure's reload does not wait for it.
    client.refetchQueries({ include: [GuaranteeAuditLogQuery] }).catch(() => undefined);
    return result;
  };

  return (
    <>
      <PageHeading>{t('guarantee.title', { contractNumber: guarantee.contractNumber })}</PageHeading>
      <GuaranteeSummary guarantee={guarantee} />
      {guarantee.certificateFormat === 'ELECTRONIC' && <OrdererViewSection view={guarantee.ordererView} />}
      {staff && <GuaranteeActions guarantee={guarantee} onReload={reload} />}
      <IssuanceHistory issuances={guarantee.issuances} staff={staff} />
      <section aria-labelledby={certificateHeadingId}>
        <Title order={2} size="h3" id={certificateHeadingId} mt="xl" mb="sm">
          {t('guarantee.current.heading')}
        </Title>
        {guarantee.status === 'REVOKED' && (
          <Alert color="red" variant="outline" mb="sm">
            {t('guarantee.current.revokedNote', { at: guarantee.revokedAt ? formatJstTimestamp(guarantee.revokedAt) : '' })}
          </Alert>
        )}
        <CertificateDocument certificate={guarantee.certificate} headingOrder={3} printable />
      </section>
      {auditor && <GuaranteeAuditLog guaranteeId={guarantee.id} headingOrder={2} />}
      {listSearch !== undefined && (
        <Button component={Link} to={`/guarantees${listSearch}`} variant="default" mt="xl">
          {t('delivery.detail.back')}
        </Button>
      )}
    </>
  );
}
