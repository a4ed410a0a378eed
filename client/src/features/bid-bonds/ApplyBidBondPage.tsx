import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { parseYen, todayInJapan, validateBidBond, type BidBondFields } from '@esurety/schema';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EraDateInput } from '../../ui/EraDateInput';
import { showFieldErrors } from '../../ui/field-errors';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
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
  const [apply, { loading }] = useMutation(ApplyBidBondMutation);
  const form = useForm<FormValues>({
    initialValues: empty,
    // The shared rules (schema/src), each message at its field.
    validate: (values) =>
      Object.fromEntries(validateBidBond(toBidBondFields(values), { today: todayInJapan() }).map((e) => [e.field, e.message])),
  });
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const failed = () => setAttempt((a) => a + 1);
  const errorOf = (field: keyof FormValues) => form.errors[field] as string | undefined;
  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit(values: FormValues) {
    setError(null);
    const fields = toBidBondFields(values);
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
      guard.allowNextNavigation();
      await navigate('/guarantees?tab=bid-bonds');
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
      failed();
    }
  }

  if (options.loading && !options.data) return <LoadingState />;
  if (options.error) return <ErrorAlert error={options.error} />;
  const orderers = options.data?.orderers.edges.map((e) => e.node) ?? [];
  const branches = options.data?.branches ?? [];
  const summary = [...new Set(Object.values(form.errors).filter((message): message is string => typeof message === 'string'))];

  return (
    <>
      <PageHeading>{t('bidBonds.form.title')}</PageHeading>
      <Text mb="md">{t('bidBonds.form.lead')}</Text>
      <Anchor component={Link} to="/guarantees?tab=bid-bonds" mb="md" display="inline-block">
        {t('bidBonds.form.back')}
      </Anchor>
      <ErrorSummary messages={summary} attempt={attempt} />
      {error !== null && <ErrorAlert error={error} title={t('bidBonds.form.failedTitle')} />}
      <form onSubmit={form.onSubmit((values) => void submit(values), failed)} noValidate>
        <Stack gap="md" mt="md">
          <NativeSelect
            {...fieldRow({ label: t('bidBonds.form.orderer'), required: true, error: errorOf('ordererId'), inputWidth: '20rem' })}
            {...form.getInputProps('ordererId')}
            data={[{ value: '', label: t('bidBonds.form.ordererPlaceholder') }, ...orderers.map((o) => ({ value: o.id, label: o.name }))]}
          />
          <TextInput
            {...fieldRow({ label: t('bidBonds.form.workName'), required: true, error: errorOf('workName') })}
            {...form.getInputProps('workName')}
          />
          <EraDateInput
            {...fieldRow({ label: t('bidBonds.form.bidDate'), required: true, error: errorOf('bidDate'), inputWidth: '14rem' })}
            min={todayInJapan()}
            {...form.getInputProps('bidDate')}
          />
          <YenInput
            {...fieldRow({
              label: t('bidBonds.form.expectedContractAmount'),
              required: true,
              error: errorOf('expectedContractAmount'),
              inputWidth: '14rem',
            })}
            value={form.values.expectedContractAmount}
            onChange={(value) => form.setFieldValue('expectedContractAmount', value)}
          />
          <NativeSelect
            {...fieldRow({ label: t('bidBonds.form.branch'), required: true, error: errorOf('destinationBranchId'), inputWidth: '16rem' })}
            {...form.getInputProps('destinationBranchId')}
            data={[{ value: '', label: t('bidBonds.form.branchPlaceholder') }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
          />
          <Group>
            <Button type="submit" size="md" loading={loading}>
              {t('bidBonds.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </>
  );
}
