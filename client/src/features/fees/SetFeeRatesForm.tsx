import { useMutation } from '@apollo/client/react';
import { feeRateTableProblem, formatEraDate, parseYen, todayInJapan, type FeeBand } from '@esurety/schema';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { GuaranteeKind } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';

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
  rate: string;
}

/** Reads the rows as typed (100,000,000 or １００００００００; parseYen), each problem keyed by its field; the last row has no upper bound. */
function readBands(rows: BandRow[]): { bands: FeeBand[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const bands = rows.map((row, i): FeeBand => {
    const last = i === rows.length - 1;
    const upTo = row.upTo.trim() ? parseYen(row.upTo) : null;
    const rate = Number(row.rate.normalize('NFKC').replace(/[,\s]/g, ''));
    if (!last && (!upTo || !upTo.ok)) errors[`bands.${i}.upTo`] = 'upTo';
    if (last && upTo) errors[`bands.${i}.upTo`] = 'lastOpen';
    if (!row.rate.trim() || !Number.isInteger(rate)) errors[`bands.${i}.ratePerMillion`] = 'rate';
    return { upTo: upTo?.ok ? upTo.value : null, ratePerMillion: rate };
  });
  return { bands, errors };
}

/** 保証料率表の設定 (admin): one product's bands and minimum fee, from a date on (today or later). */
export function SetFeeRatesForm({ onSet }: { onSet: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [setRates, { loading }] = useMutation(SetFeeRatesMutation);
  const [kind, setKind] = useState<GuaranteeKind>('ADVANCE_PAYMENT');
  const [effectiveFrom, setEffectiveFrom] = useState(todayInJapan());
  const [rows, setRows] = useState<BandRow[]>([
    { upTo: '100,000,000', rate: '' },
    { upTo: '', rate: '' },
  ]);
  const [minimumFee, setMinimumFee] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const message = (key: string) =>
    ({
      upTo: t('fees.rates.form.upToError'),
      lastOpen: t('fees.rates.form.lastOpenError'),
      rate: t('fees.rates.form.rateError'),
    })[key] ?? key;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(null);
    const read = readBands(rows);
    const minimum = Number(minimumFee.normalize('NFKC').replace(/[,\s円]/g, ''));
    const local: Record<string, string> = Object.fromEntries(Object.entries(read.errors).map(([k, v]) => [k, message(v)]));
    if (!minimumFee.trim() || !Number.isInteger(minimum) || minimum < 0) local.minimumFee = t('fees.rates.form.minimumFeeError');
    if (!effectiveFrom) local.effectiveFrom = t('fees.rates.form.effectiveFromError');
    if (!Object.keys(local).length) {
      // The same rule the server applies (schema/src/fees.ts), with its message.
      const problem = feeRateTableProblem({ bands: read.bands, minimumFee: minimum });
      if (problem) local[problem.field] = problem.message;
    }
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const result = await setRates({
        variables: {
          input: {
            kind,
            effectiveFrom,
            minimumFee: minimum,
            bands: read.bands.map((b) => ({ upTo: b.upTo, ratePerMillion: b.ratePerMillion })),
          },
        },
      });
      if (!result.data) return;
      setDone(t('fees.rates.form.done', { kind: t(`fees.kind.${kind}`), date: formatEraDate(effectiveFrom) }));
      onSet();
    } catch (e) {
      const byField = fieldErrors(e);
      if (Object.keys(byField).length) setErrors(byField);
      else setError(e);
    }
  }

  const update = (i: number, patch: Partial<BandRow>) =>
    setRows((current) => current.map((row, j) => (i === j ? { ...row, ...patch } : row)));

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
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NativeSelect
            label={<RequiredLabel>{t('fees.field.product')}</RequiredLabel>}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as GuaranteeKind)}
            data={KINDS.map((k) => ({ value: k, label: t(`fees.kind.${k}`) }))}
          />
          <TextInput
            type="date"
            label={<RequiredLabel>{t('fees.rates.effectiveFrom')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('fees.rates.form.effectiveFromHelp')}
            value={effectiveFrom}
            error={errors.effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          />
          <TextInput
            label={<RequiredLabel>{t('fees.rates.minimumFee')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('fees.rates.form.minimumFeeHelp')}
            inputMode="numeric"
            value={minimumFee}
            error={errors.minimumFee}
            onChange={(e) => setMinimumFee(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Stack gap="xs" mt="md">
          <Text fw={700} size="sm">
            {t('fees.rates.form.bands')}
          </Text>
          {errors.bands && (
            <Text c="red" size="sm" role="alert">
              {errors.bands}
            </Text>
          )}
          {rows.map((row, i) => {
            const last = i === rows.length - 1;
            return (
              <Group key={i} align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t('fees.rates.form.upTo', { n: i + 1 })}
                  description={last ? t('fees.rates.form.upToLast') : t('fees.rates.form.upToHelp')}
                  inputMode="numeric"
                  value={row.upTo}
                  disabled={last}
                  error={errors[`bands.${i}.upTo`]}
                  onChange={(e) => update(i, { upTo: e.currentTarget.value })}
                  w={240}
                />
                <TextInput
                  label={t('fees.rates.form.rate', { n: i + 1 })}
                  description={t('fees.rates.form.rateHelp')}
                  inputMode="numeric"
                  value={row.rate}
                  error={errors[`bands.${i}.ratePerMillion`]}
                  onChange={(e) => update(i, { rate: e.currentTarget.value })}
                  w={240}
                />
              </Group>
            );
          })}
          <Group gap="sm">
            <Button
              variant="default"
              size="xs"
              onClick={() => setRows((current) => [...current.slice(0, -1), { upTo: '', rate: '' }, current[current.length - 1]])}
              disabled={rows.length >= 20}
            >
              {t('fees.rates.form.addBand')}
            </Button>
            <Button
              variant="default"
              size="xs"
              onClick={() => setRows((current) => [...current.slice(0, -2), current[current.length - 1]])}
              disabled={rows.length <= 1}
            >
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
    </Paper>
  );
}
