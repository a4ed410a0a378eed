import { useQuery } from '@apollo/client/react';
import { EXAMPLE_RATES_NOTICE, FEE_RULE_TEXT, feeBandLabel, formatEraDate, formatFeeRate, formatYen } from '@esurety/schema';
import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PageHeading } from '../../ui/PageHeading';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { CurrentUserQueryDocument } from '../session/current-user';
import { kindLabel } from './fee-labels';
import { SetFeeRatesForm } from './SetFeeRatesForm';

export const FEE_RATE_PAGE_SIZE = 20;

export const FeeRatesQuery = graphql(`
  query FeeRates($first: Int!, $after: String) {
    feeRates(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          effectiveFrom
          minimumFee
          example
          bands {
            upTo
            ratePerMillion
          }
        }
      }
    }
  }
`);

/** 保証料率表: every product's tables with their effective dates; the admin sets new ones. */
export function FeeRatesPage() {
  const { t } = useTranslation();
  const { data: me } = useQuery(CurrentUserQueryDocument);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(FeeRatesQuery, {
    variables: { first: FEE_RATE_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.feeRates;
  const anyExample = connection?.edges.some((e) => e.node.example);

  return (
    <>
      <PageHeading>{t('fees.rates.title')}</PageHeading>
      <Text mb="sm">{t('fees.rates.lead')}</Text>
      <Text size="sm" mb="md">
        {FEE_RULE_TEXT}
      </Text>
      {anyExample && (
        <Alert color="yellow" variant="light" mb="md" title={t('fees.exampleTitle')}>
          {EXAMPLE_RATES_NOTICE}
        </Alert>
      )}
      {me?.me?.role === 'ADMIN' && (
        <SetFeeRatesForm
          onSet={() => {
            pages.reset();
            void refetch();
          }}
        />
      )}
      <PagedTableSection
        heading={t('fees.rates.tableHeading')}
        connection={connection}
        loading={loading}
        error={error}
        pages={pages}
        pageSize={FEE_RATE_PAGE_SIZE}
      >
        {(rates, labelledBy) => (
          <Table.ScrollContainer minWidth={760}>
            <Table withTableBorder verticalSpacing="sm" aria-labelledby={labelledBy}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fees.field.product')}</Table.Th>
                  <Table.Th scope="col">{t('fees.rates.effectiveFrom')}</Table.Th>
                  <Table.Th scope="col">{t('fees.field.rate')}</Table.Th>
                  <Table.Th scope="col">{t('fees.rates.minimumFee')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rates.map((rate) => (
                  <Table.Tr key={rate.id}>
                    <Table.Td>
                      {kindLabel(t, rate.kind)}
                      {rate.example && (
                        <Badge ml="xs" color="yellow" variant="light" tt="none">
                          {t('fees.rates.example')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatEraDate(rate.effectiveFrom)}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {rate.bands.map((band, i) => (
                          <Text key={i} size="sm">
                            {feeBandLabel(rate.bands, i)}
                            {'\u3000'}
                            {t('fees.perYear', { rate: formatFeeRate(band.ratePerMillion) })}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{formatYen(rate.minimumFee)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedTableSection>
    </>
  );
}
