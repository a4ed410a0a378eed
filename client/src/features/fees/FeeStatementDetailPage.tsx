import { useQuery } from '@apollo/client/react';
import { EXAMPLE_RATES_NOTICE, FEE_RULE_TEXT, feeBandLabel, formatEraDate, formatFeeRate, formatYen } from '@esurety/schema';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCode } from '../../ui/graphql-errors';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { CurrentUserQueryDocument } from '../session/current-user';
import { kindLabel, reasonLabel, settlementLabel } from './fee-labels';
import { PaperCopyCell } from './PaperCopyCell';

export const FeeStatementQuery = graphql(`
  query FeeStatement($id: ID!) {
    feeStatement(id: $id) {
      id
      statementNumber
      sequence
      reason
      kind
      contractNumber
      workName
      contractorName
      amount
      periodStart
      periodEnd
      periodDays
      rateEffectiveFrom
      rateBands {
        upTo
        ratePerMillion
      }
      minimumFee
      exampleRates
      fee
      previouslyCharged
      charge
      refund
      feePaymentMethod
      feeBillingParty
      paperWanted
      mailedAt
      issuedOn
      pdfUrl
    }
  }
`);

/** One 保証料計算書 on screen, as its PDF prints it, with the PDF to download. */
export function FeeStatementDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const headingId = useId();
  const { data: me } = useQuery(CurrentUserQueryDocument);
  const { data, loading, error } = useQuery(FeeStatementQuery, { variables: { id } });
  const back = (
    <Anchor component={Link} to="/fee-statements" mb="md" display="inline-block">
      {t('fees.detail.back')}
    </Anchor>
  );
  if (loading && !data) return <LoadingState />;
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') return <NotFoundPage />;
  const s = data?.feeStatement;
  if (!s) return error ? <ErrorAlert error={error} /> : null;

  const rows: DetailRow[] = [
    { label: t('fees.field.statementNumber'), value: `${s.statementNumber}（${reasonLabel(t, s.reason)}）` },
    { label: t('fees.field.issuedOn'), value: formatEraDate(s.issuedOn) },
    { label: t('fees.field.product'), value: kindLabel(t, s.kind) },
    { label: t('fees.field.contractNumber'), value: s.contractNumber },
    { label: t('fees.field.workName'), value: s.workName },
    { label: t('fees.field.contractor'), value: s.contractorName },
    { label: t('fees.field.amount'), value: formatYen(s.amount) },
    {
      label: t('fees.field.period'),
      value: t('fees.detail.period', { from: formatEraDate(s.periodStart), to: formatEraDate(s.periodEnd), days: s.periodDays }),
    },
    {
      label: t('fees.field.rate'),
      value: (
        <Stack gap={2}>
          {s.rateBands.map((band, i) => (
            <Text key={i} size="sm">
              {feeBandLabel(s.rateBands, i)}
              {'\u3000'}
              {t('fees.perYear', { rate: formatFeeRate(band.ratePerMillion) })}
            </Text>
          ))}
          <Text size="sm">{t('fees.minimumFee', { amount: formatYen(s.minimumFee) })}</Text>
          <Text size="sm">{t('fees.rateTableOf', { date: formatEraDate(s.rateEffectiveFrom) })}</Text>
        </Stack>
      ),
    },
    { label: t('fees.field.fee'), value: formatYen(s.fee) },
  ];
  if (s.sequence > 1) rows.push({ label: t('fees.field.previouslyCharged'), value: formatYen(s.previouslyCharged) });
  rows.push(
    { label: t('fees.field.settlement'), value: settlementLabel(t, s) },
    { label: t('fees.field.paymentMethod'), value: t(`fees.paymentMethod.${s.feePaymentMethod}`) },
    { label: t('fees.field.billingParty'), value: s.feeBillingParty },
    {
      label: t('fees.field.paper'),
      value: (
        <PaperCopyCell
          id={s.id}
          statementNumber={s.statementNumber}
          paperWanted={s.paperWanted}
          mailedAt={s.mailedAt}
          canMark={me?.me?.role === 'BRANCH_STAFF'}
        />
      ),
    },
  );

  return (
    <>
      <PageHeading>{t('fees.detail.title')}</PageHeading>
      {back}
      {s.exampleRates && (
        <Alert color="yellow" variant="light" mb="md" title={t('fees.exampleTitle')}>
          {EXAMPLE_RATES_NOTICE}
        </Alert>
      )}
      <Title order={2} id={headingId} mb="sm">
        {t('fees.detail.tableHeading')}
      </Title>
      <DetailTable rows={rows} labelledBy={headingId} />
      <Text size="sm" mt="sm">
        {FEE_RULE_TEXT}
      </Text>
      <Group mt="md">
        <Button component="a" href={s.pdfUrl} download variant="default">
          {t('fees.detail.pdf')}
        </Button>
      </Group>
    </>
  );
}
