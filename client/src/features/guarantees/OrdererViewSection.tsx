import { Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { DetailTable } from '../../ui/DetailTable';
import { formatEraTimestamp } from '../../ui/era-time';

export const OrdererViewFieldsFragment = graphql(`
  fragment OrdererViewFields on OrdererView {
    id
    firstViewedAt
    lastViewedAt
    viewCount
  }
`);

interface OrdererViewSectionProps {
  /** null until the certificate was first shown on the verification service */
  view: FragmentType<typeof OrdererViewFieldsFragment> | null | undefined;
}

/** 発注者の閲覧: whether the orderer has seen the certificate on D-Sure, first and last time. */
export function OrdererViewSection({ view }: OrdererViewSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const v = getFragmentData(OrdererViewFieldsFragment, view);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mt="xl">
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('guarantee.ordererView.heading')}
      </Title>
      <Text fw={700} mb="xs" data-testid="orderer-view-status">
        {v ? t('guarantee.ordererView.viewed') : t('guarantee.ordererView.notViewed')}
      </Text>
      <Text size="xs" mb={v ? 'sm' : 0}>
        {t('guarantee.ordererView.note')}
      </Text>
      {v && (
        <DetailTable
          labelledBy={headingId}
          rows={[
            { label: t('guarantee.ordererView.firstViewedAt'), value: formatEraTimestamp(v.firstViewedAt) },
            { label: t('guarantee.ordererView.lastViewedAt'), value: formatEraTimestamp(v.lastViewedAt) },
            { label: t('guarantee.ordererView.viewCount'), value: t('guarantee.ordererView.viewCountValue', { views: v.viewCount }) },
          ]}
        />
      )}
    </Paper>
  );
}
