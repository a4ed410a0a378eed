import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { formatEraDate, isIsoDate, parseYen, todayInJapan, validateBidBond, type BidBondFields } from '@esurety/schema';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorSummary } from '../applications/form/ErrorSummary';
import { fieldRow } from '../applications/form/field-row';
import { YenInput } from '../applications/form/YenInput';
import { ApplyBidBondMutation, BidBondFormOptionsQueryDocument } from './documents';

interface FormValues {
  ordererId: string;
  workName: string;
  bidDate: string;
  expectedContractAmount: string;
  destinationBranchId: string;
}

const empty: FormValues = { ordererId: '', workName: '', bidDate: '', expectedContractAmount: '', destinationBranchId: '' };

/** The form as the shared rules (schema/src) and the API read it: amounts parsed, blanks as null. */
export function toBidBondFields(values: FormValues): BidBondFields {
  const amount = parseYen(values.expectedContractAmount);
  return {
    ordererId: values.ordererId || null,
    workName: values.workName.trim() || null,
    bidDate: values.bidDate || null,
    // Text that is no amount stays "given" (NaN) so that the rule names it rather than asking for it.
    expectedContractAmount: amount.ok ? amount.value : amount.reason === 'empty' ? null : Number.NaN,
    destinationBranchId: values.destinationBranchId || null,
  };
}

/**
 * /bid-bonds/new: 契約保証予約（入札ボンド）の申込. The contractor names the tendered work, its
 * orderer, the bid date and the expected contract amount, and the branch to send it to.
 */
export function ApplyBidBondPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useQuery(BidBondFormOptionsQueryDocument);
  const [apply, { loading, error }] = useMutation(ApplyBidBondMutation);
  const [values, setValues] = useState<FormValues>(empty);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const serverErrors = fieldErrors(error);
  const errorOf = (field: keyof FormValues) => clientErrors[field] ?? serverErrors[field];
  const set = (field: keyof FormValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors(({ [field]: _, ...rest }) => rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = toBidBondFields(values);
    const errors = validateBidBond(fields, { today: todayInJapan() });
    setClientErrors(Object.fromEntries(errors.map((e) => [e.field, e.message])));
    if (errors.length) {
      setAttempt((a) => a + 1);
      return;
    }
    try {
      // Every field is present once the rules pass.
      const input = {
        ordererId: fields.ordererId!,
        workName: fields.workName!,
        bidDate: fields.bidDate!,
        expectedContractAmount: fields.expectedContractAmount!,
        destinationBranchId: fields.destinationBranchId!,
      };
      await apply({ variables: { input } });
      await navigate('/guarantees?tab=bid-bonds');
    } catch {
      setAttempt((a) => a + 1);
    }
  }

  if (options.loading && !options.data) return <LoadingState />;
  if (options.error) return <ErrorAlert error={options.error} />;
  const orderers = options.data?.orderers.edges.map((e) => e.node) ?? [];
  const branches = options.data?.branches ?? [];
  const summary = [...new Set([...Object.values(clientErrors), ...Object.values(serverErrors)])];
  const fieldsWithErrors = new Set([...Object.keys(clientErrors), ...Object.keys(serverErrors)]);
  const otherError = error && ![...fieldsWithErrors].length;

  return (
    <>
      <PageHeading>{t('bidBonds.form.title')}</PageHeading>
      <Text mb="md">{t('bidBonds.form.lead')}</Text>
      <Anchor component={Link} to="/guarantees?tab=bid-bonds" mb="md" display="inline-block">
        {t('bidBonds.form.back')}
      </Anchor>
      <ErrorSummary messages={summary} attempt={attempt} />
      {otherError && <ErrorAlert error={error} title={t('bidBonds.form.failedTitle')} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md" mt="md">
          <NativeSelect
            {...fieldRow({ label: t('bidBonds.form.orderer'), required: true, error: errorOf('ordererId'), inputWidth: '20rem' })}
            value={values.ordererId}
            onChange={(e) => set('ordererId', e.currentTarget.value)}
            data={[{ value: '', label: t('bidBonds.form.ordererPlaceholder') }, ...orderers.map((o) => ({ value: o.id, label: o.name }))]}
          />
          <TextInput
            {...fieldRow({ label: t('bidBonds.form.workName'), required: true, error: errorOf('workName') })}
            value={values.workName}
            onChange={(e) => set('workName', e.currentTarget.value)}
          />
          <TextInput
            {...fieldRow({
              label: t('bidBonds.form.bidDate'),
              required: true,
              error: errorOf('bidDate'),
              inputWidth: '12rem',
              after: isIsoDate(values.bidDate) ? <Text data-testid="bid-date-era">{formatEraDate(values.bidDate)}</Text> : null,
            })}
            type="date"
            min={todayInJapan()}
            value={values.bidDate}
            onChange={(e) => set('bidDate', e.currentTarget.value)}
          />
          <YenInput
            {...fieldRow({
              label: t('bidBonds.form.expectedContractAmount'),
              required: true,
              error: errorOf('expectedContractAmount'),
              inputWidth: '14rem',
            })}
            value={values.expectedContractAmount}
            onChange={(v) => set('expectedContractAmount', v)}
          />
          <NativeSelect
            {...fieldRow({ label: t('bidBonds.form.branch'), required: true, error: errorOf('destinationBranchId'), inputWidth: '16rem' })}
            value={values.destinationBranchId}
            onChange={(e) => set('destinationBranchId', e.currentTarget.value)}
            data={[{ value: '', label: t('bidBonds.form.branchPlaceholder') }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
          />
          <Group>
            <Button type="submit" size="md" loading={loading}>
              {t('bidBonds.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
