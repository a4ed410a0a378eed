import { useQuery } from '@apollo/client/react';
import { formatJstTimestamp, formatYen } from '@esurety/schema';
import { Alert, Anchor, Button, Group, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { CertificateDocument } from '../certificate/CertificateDocument';
import { OrdererViewSection } from '../guarantees/OrdererViewSection';
import { IssuanceHistory } from '../guarantees/IssuanceHistory';
import { AuthKeySection } from './AuthKeySection';

export const DeliveryGuaranteeQuery = graphql(`
  query DeliveryGuarantee($id: ID!) {
    guarantee(id: $id) {
      id
      contractNumber
      kind
      certificateFormat
      status
      amount
      depositBank
      workName
      revokedAt
      keyNoticeUrl
      certificatePdfUrl
      contractor {
        id
        name
      }
      orderer {
        id
        certificateTitle
      }
      work {
        id
        contractAmount
        jointVentureName
      }
      certificate {
        ...CertificateFields
      }
      issuances {
        id
        ...IssuanceHistoryEntry
      }
      ordererView {
        id
        ...OrdererViewFields
      }
    }
  }
`);

/** ③詳細: the guarantee's overview, its 認証キー and history (electronic), or its certificate (paper). */
export function DeliveryDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch ?? '';
  const { data, loading, error } = useQuery(DeliveryGuaranteeQuery, { variables: { id } });
  const summaryHeadingId = useId();
  const certificateHeadingId = useId();
  const pdfHelpId = useId();
  const g = data?.guarantee;

  const back = (
    <Anchor component={Link} to={`/guarantees${listSearch}`} mb="md" display="inline-block">
      {t('delivery.detail.back')}
    </Anchor>
  );
  if (loading && !g) return <LoadingState />;
  if (!g) {
    return (
      <>
        <PageHeading>{t('delivery.detail.notFound')}</PageHeading>
        {error && <ErrorAlert error={error} />}
        {back}
      </>
    );
  }

  const kind = t(`guarantee.kind.${g.kind}`);
  const rows: DetailRow[] = [
    {
      label: t('delivery.detail.contractNumber'),
      value: (
        <Text ff="monospace" fw={700} span>
          {g.contractNumber}
        </Text>
      ),
    },
    { label: t('delivery.detail.contractor'), value: g.contractor.name },
    { label: t('delivery.detail.jointVentureName'), value: g.work.jointVentureName ?? '' },
    { label: t('delivery.detail.workName'), value: g.workName },
    { label: t('delivery.detail.orderer'), value: g.orderer.certificateTitle },
    { label: t('delivery.detail.contractAmount'), value: formatYen(g.work.contractAmount) },
    { label: t('delivery.detail.amount'), value: formatYen(g.amount) },
    { label: t('delivery.detail.product'), value: kind },
  ];
  if (g.kind !== 'CONTRACT') rows.push({ label: t('delivery.detail.depositBank'), value: g.depositBank ?? '' });
  const electronic = g.certificateFormat === 'ELECTRONIC';

  const pdfLink = (
    <Group gap="sm" mt="md" align="center">
      <Button component="a" href={g.certificatePdfUrl} download variant="default" aria-describedby={pdfHelpId}>
        {t('delivery.detail.certificatePdf')}
      </Button>
      <Text size="xs" id={pdfHelpId} maw="36rem">
        {t('delivery.detail.certificatePdfHelp')}
      </Text>
    </Group>
  );

  return (
    <>
      <PageHeading>{t('delivery.detail.title')}</PageHeading>
      {back}
      {g.status === 'REVOKED' && (
        <Alert color="red" variant="outline" mb="md">
          {t('delivery.detail.revoked', { at: g.revokedAt ? formatJstTimestamp(g.revokedAt) : '' })}
        </Alert>
      )}
      <section aria-labelledby={summaryHeadingId}>
        <Title order={2} size="h3" id={summaryHeadingId} mb="xs">
          {t(`delivery.detail.summaryHeading.${g.certificateFormat}`, { kind })}
        </Title>
        <Text size="xs" mb="sm">
          {t('delivery.detail.latestNote')}
        </Text>
        <DetailTable labelledBy={summaryHeadingId} rows={rows} />
      </section>
      {electronic && g.keyNoticeUrl && <AuthKeySection guaranteeId={g.id} keyNoticeUrl={g.keyNoticeUrl} />}
      {electronic && <OrdererViewSection view={g.ordererView} />}
      {electronic ? (
        <>
          <IssuanceHistory issuances={g.issuances} certificateNote={t('delivery.detail.history.confirmNote')} />
          {pdfLink}
        </>
      ) : (
        <section aria-labelledby={certificateHeadingId}>
          <Title order={2} size="h3" id={certificateHeadingId} mt="xl" mb="sm">
            {t('delivery.detail.certificateHeading')}
          </Title>
          <CertificateDocument certificate={g.certificate} headingOrder={3} printable />
          {pdfLink}
        </section>
      )}
    </>
  );
}
