import { formatEraDate, formatJstTimestamp, formatYen } from '@esurety/schema';
import { Badge, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuaranteeViewFieldsFragment } from '../../gql/graphql';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';

/** 保証契約の概要: who, what, how much, until when, and in what state (版数 included). */
export function GuaranteeSummary({ guarantee: g }: { guarantee: GuaranteeViewFieldsFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows: DetailRow[] = [
    {
      label: t('guarantee.summary.contractNumber'),
      value: (
        <Text ff="monospace" fw={700} span>
          {g.contractNumber}
        </Text>
      ),
    },
    { label: t('guarantee.summary.kind'), value: t(`guarantee.kind.${g.kind}`) },
    { label: t('guarantee.summary.format'), value: t(`guarantee.format.${g.certificateFormat}`) },
    {
      label: t('guarantee.summary.status'),
      value: (
        <Badge color={g.status === 'ACTIVE' ? 'green' : 'red'} variant="light" tt="none" size="lg" radius="sm">
          {t(`guarantee.status.${g.status}`)}
        </Badge>
      ),
    },
    { label: t('guarantee.summary.amount'), value: formatYen(g.amount) },
    { label: t('guarantee.summary.deadline'), value: formatEraDate(g.deadline) },
    { label: t('guarantee.summary.version'), value: String(g.version) },
    { label: t('guarantee.summary.contractor'), value: g.contractor.name },
  ];
  if (g.work.jointVentureName) rows.push({ label: t('guarantee.summary.jointVentureName'), value: g.work.jointVentureName });
  rows.push(
    { label: t('guarantee.summary.workName'), value: g.workName },
    {
      label: t('guarantee.summary.workPeriod'),
      value: t('certificate.period', { from: formatEraDate(g.workStartDate), to: formatEraDate(g.workEndDate) }),
    },
    { label: t('guarantee.summary.orderer'), value: g.orderer.certificateTitle },
    { label: t('guarantee.summary.contractAmount'), value: formatYen(g.work.contractAmount) },
  );
  if (g.kind !== 'CONTRACT') rows.push({ label: t('guarantee.summary.depositBank'), value: g.depositBank ?? '' });
  rows.push(
    { label: t('guarantee.summary.branch'), value: g.branch.name },
    { label: t('guarantee.summary.issuedAt'), value: formatJstTimestamp(g.issuedAt) },
  );
  if (g.revokedAt) rows.push({ label: t('guarantee.summary.revokedAt'), value: formatJstTimestamp(g.revokedAt) });
  if (g.revocationReason) rows.push({ label: t('guarantee.summary.revocationReason'), value: g.revocationReason });

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('guarantee.summary.heading')}
      </Title>
      <Text size="xs" mb="sm">
        {t('guarantee.summary.lead')}
      </Text>
      <DetailTable labelledBy={headingId} rows={rows} />
    </section>
  );
}
