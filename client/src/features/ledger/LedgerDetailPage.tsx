import { useQuery } from '@apollo/client/react';
import { formatEraDate, formatYen } from '@esurety/schema';
import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { CertificateDocument } from '../certificate/CertificateDocument';
import { OrdererViewFieldsFragment } from '../guarantees/OrdererViewSection';
import { ValidityBadge } from '../guarantees/ValidityBadge';
import { ValidityNotice } from '../guarantees/ValidityNotice';
import { IssuanceHistory } from '../guarantees/IssuanceHistory';
import { formatEraTimestamp } from '../../ui/era-time';

export const LedgerGuaranteeQuery = graphql(`
  query LedgerGuarantee($id: ID!) {
    guarantee(id: $id) {
      id
      contractNumber
      kind
      workName
      amount
      deadline
      validity
      revokedAt
      certificatePdfUrl
      contractor {
        id
        name
      }
      orderer {
        id
        certificateTitle
      }
      ordererView {
        id
        ...OrdererViewFields
      }
      certificate {
        ...CertificateFields
      }
      issuances {
        id
        ...IssuanceHistoryEntry
      }
    }
  }
`);

/** /ledger/:id: a verified guarantee as it stands now: state, certificate (as the contractor sees it), history. */
export function LedgerDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(LedgerGuaranteeQuery, { variables: { id } });
  const summaryHeadingId = useId();
  const certificateHeadingId = useId();
  const pdfHelpId = useId();
  const g = data?.guarantee;

  const back = (
    <Anchor component={Link} to="/ledger" mb="md" display="inline-block">
      {t('ledger.detail.back')}
    </Anchor>
  );
  if (loading && !g) return <LoadingState />;
  if (!g) {
    return (
      <>
        <PageHeading>{t('ledger.detail.notFound')}</PageHeading>
        {error && <ErrorAlert error={error} />}
        {back}
      </>
    );
  }

  const view = getFragmentData(OrdererViewFieldsFragment, g.ordererView);
  const rows: DetailRow[] = [
    {
      label: t('ledger.contractNumber'),
      value: (
        <Text ff="monospace" fw={700} span>
          {g.contractNumber}
        </Text>
      ),
    },
    { label: t('ledger.status'), value: <ValidityBadge validity={g.validity} revokedAt={g.revokedAt} /> },
    { label: t('ledger.kind'), value: t(`guarantee.kind.${g.kind}`) },
    { label: t('ledger.workName'), value: g.workName },
    { label: t('ledger.contractor'), value: g.contractor.name },
    { label: t('ledger.detail.orderer'), value: g.orderer.certificateTitle },
    { label: t('ledger.amount'), value: formatYen(g.amount) },
    { label: t('ledger.detail.deadline'), value: formatEraDate(g.deadline) },
  ];
  if (view) {
    rows.push(
      { label: t('ledger.firstViewedAt'), value: formatEraTimestamp(view.firstViewedAt) },
      { label: t('ledger.lastViewedAt'), value: formatEraTimestamp(view.lastViewedAt) },
    );
  }

  return (
    <>
      <PageHeading>{t('ledger.detail.title', { contractNumber: g.contractNumber })}</PageHeading>
      {back}
      <section aria-labelledby={summaryHeadingId}>
        <Title order={2} size="h3" id={summaryHeadingId} mb="xs">
          {t('ledger.detail.summaryHeading')}
        </Title>
        <Text size="xs" mb="sm">
          {t('ledger.detail.latestNote')}
        </Text>
        <DetailTable labelledBy={summaryHeadingId} rows={rows} />
      </section>
      <section aria-labelledby={certificateHeadingId}>
        <Title order={2} size="h3" id={certificateHeadingId} mt="xl" mb="sm">
          {t('ledger.detail.certificateHeading')}
        </Title>
        <ValidityNotice validity={g.validity} />
        <CertificateDocument certificate={g.certificate} headingOrder={3} printable viewingCopy />
        <Group gap="sm" mt="md" align="center">
          <Button component="a" href={g.certificatePdfUrl} download variant="default" aria-describedby={pdfHelpId}>
            {t('ledger.detail.certificatePdf')}
          </Button>
          <Text size="xs" id={pdfHelpId} maw="36rem">
            {t('ledger.detail.certificatePdfHelp')}
          </Text>
        </Group>
      </section>
      <IssuanceHistory issuances={g.issuances} viewingCopy />
    </>
  );
}
