import { useMutation } from '@apollo/client/react';
import { type FeeBand, feeRateTableProblem, formatEraDate, isIsoDate, parseYen, todayInJapan } from '@esurety/schema';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { GuaranteeKind } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EraDateInput } from '../../ui/EraDateInput';
import { showFieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';

export const SetFeeRatesMutation = graphql(`
  mutation SetFeeRates($input: SetFeeRatesInput!) {
    setFeeRates(input: $input) {
      feeRate {
        id
        kind
        effectiveFrom
      }
    }
  }
`);

const KINDS: GuaranteeKind[] = ['ADVANCE_PAYMENT', 'INTERMEDIATE_ADVANCE_PAYMENT', 'CONTRACT'];

interface BandRow {
  upTo: string;
  ratePerMillion: string;
}

/** Reads the rows as typed (100,000,000 or １００００００００; parseYen), each problem keyed by its field; the last row has no upper bound. */
function readBands(rows: BandRow[]): { bands: FeeBand[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const bands = rows.map((row, i): FeeBand => {
    const last = i === rows.length - 1;
    const upTo = row.upTo.trim() ? parseYen(row.upTo) : null;
    const rate = Number(row.ratePerMillion.normalize('NFKC').replace(/[,\s]/g, ''));
    if (!last && (!upTo || !upTo.ok)) errors[`bands.${i}.upTo`] = 'upTo';
    if (last && upTo) errors[`bands.${i}.upTo`] = 'lastOpen';
    if (!row.ratePerMillion.trim() || !Number.isInteger(rate)) errors[`bands.${i}.ratePerMillion`] = 'rate';
    return { upTo: upTo?.ok ? upTo.value : null, ratePerMillion: rate };
  });
  return { bands, errors };
}

/** The minimum fee as typed (5,000, ５０００円), or NaN when it is not a whole number of yen. */
const readMinimumFee = (typed: string) => (typed.trim() ? Number(typed.normalize('NFKC').replace(/[,\s円]/g, '')) : Number.NaN);

/** 保証料率表の設定 (admin): one product's bands and minimum fee, from a date on (today or later). */
export function SetFeeRatesForm({ onSet }: { onSet: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [setRates, { loading }] = useMutation(SetFeeRatesMutation);
  const form = useForm({
    initialValues: {
      kind: 'ADVANCE_PAYMENT' as GuaranteeKind,
      effectiveFrom: todayInJapan(),
      minimumFee: '',
      bands: [
        { upTo: '100,000,000', ratePerMillion: '' },
        { upTo: '', ratePerMillion: '' },
      ] as BandRow[],
    },
    validate: (values) => {
      const read = readBands(values.bands);
      const minimum = readMinimumFee(values.minimumFee);
      const errors: Record<string, string> = Object.fromEntries(Object.entries(read.errors).map(([k, v]) => [k, message(v)]));
      if (!Number.isInteger(minimum) || minimum < 0) errors.minimumFee = t('fees.rates.form.minimumFeeError');
      if (!values.effectiveFrom) errors.effectiveFrom = t('fees.rates.form.effectiveFromError');
      else if (!isIsoDate(values.effectiveFrom)) errors.effectiveFrom = t('form.dateInvalid');
      if (!Object.keys(errors).length) {
        // The same rule the server applies (schema/src/fees.ts), with its message.
        const problem = feeRateTableProblem({ bands: read.bands, minimumFee: minimum });
        if (problem) errors[problem.field] = problem.message;
      }
      return errors;
    },
  });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const guard = useUnsavedChangesGuard(form.isDirty());
  const rows = form.values.bands;

  function message(key: string) {
    return (
      {
        upTo: t('fees.rates.form.upToError'),
        lastOpen: t('fees.rates.form.lastOpenError'),
        rate: t('fees.rates.form.rateError'),
      }[key] ?? key
    );
  }

  async function submit({ kind, effectiveFrom, minimumFee, bands }: typeof form.values) {
    setError(null);
    setDone(null);
    try {
      const result = await setRates({
        variables: {
          input: {
            kind,
            effectiveFrom,
            minimumFee: readMinimumFee(minimumFee),
            bands: readBands(bands).bands.map((b) => ({ upTo: b.upTo, ratePerMillion: b.ratePerMillion })),
          },
        },
      });
      if (!result.data) return;
      // Set: the table as sent is no longer unsaved.
      form.resetDirty();
      setDone(t('fees.rates.form.done', { kind: t(`fees.kind.${kind}`), date: formatEraDate(effectiveFrom) }));
      onSet();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="xl">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('fees.rates.form.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('fees.rates.form.help')}
      </Text>
      {error !== null && <ErrorAlert error={error} title={t('fees.rates.form.failed')} />}
      {done && (
        <Alert color="green" variant="light" role="status" mb="md">
          {done}
        </Alert>
      )}
      <form
        onSubmit={form.onSubmit(
          (values) => void submit(values),
          () => setDone(null),
        )}
        noValidate
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NativeSelect
            label={<RequiredLabel>{t('fees.field.product')}</RequiredLabel>}
            {...form.getInputProps('kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`fees.kind.${k}`) }))}
          />
          <EraDateInput
            label={<RequiredLabel>{t('fees.rates.effectiveFrom')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('fees.rates.form.effectiveFromHelp')}
            min={todayInJapan()}
            {...form.getInputProps('effectiveFrom')}
          />
          <TextInput
            label={<RequiredLabel>{t('fees.rates.minimumFee')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('fees.rates.form.minimumFeeHelp')}
            inputMode="numeric"
            {...form.getInputProps('minimumFee')}
          />
        </SimpleGrid>
        <Stack gap="xs" mt="md">
          <Text fw={700} size="sm">
            {t('fees.rates.form.bands')}
          </Text>
          {form.errors.bands && (
            <Text c="red" size="sm" role="alert">
              {form.errors.bands}
            </Text>
          )}
          {rows.map((_, i) => {
            const last = i === rows.length - 1;
            return (
              <Group key={i} align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t('fees.rates.form.upTo', { n: i + 1 })}
                  description={last ? t('fees.rates.form.upToLast') : t('fees.rates.form.upToHelp')}
                  inputMode="numeric"
                  disabled={last}
                  {...form.getInputProps(`bands.${i}.upTo`)}
                  w={240}
                />
                <TextInput
                  label={t('fees.rates.form.rate', { n: i + 1 })}
                  description={t('fees.rates.form.rateHelp')}
                  inputMode="numeric"
                  {...form.getInputProps(`bands.${i}.ratePerMillion`)}
                  w={240}
                />
              </Group>
            );
          })}
          <Group gap="sm">
            <Button
              variant="default"
              size="xs"
              onClick={() => form.insertListItem('bands', { upTo: '', ratePerMillion: '' }, rows.length - 1)}
              disabled={rows.length >= 20}
            >
              {t('fees.rates.form.addBand')}
            </Button>
            <Button variant="default" size="xs" onClick={() => form.removeListItem('bands', rows.length - 2)} disabled={rows.length <= 1}>
              {t('fees.rates.form.removeBand')}
            </Button>
          </Group>
        </Stack>
        <Group mt="md">
          <Button type="submit" loading={loading}>
            {t('fees.rates.form.submit')}
          </Button>
        </Group>
      </form>
      {guard.dialog}
    </Paper>
  );
}
