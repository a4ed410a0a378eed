import { forbiddenCharacterText } from '../../ui/forbidden-character';
import { formatEraDate, isIsoDate } from '@esurety/schema';
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequiredLabel } from '../../ui/RequiredLabel';
import {
  checkTerms,
  termsValues,
  type CurrentTerms,
  type GuaranteeTermsInput,
  type TermsError,
  type TermsField,
  type TermsValues,
} from './guarantee-terms';

interface GuaranteeTermsFormProps {
  current: CurrentTerms;
  /** 預託金融機関 too (訂正 of an advance payment guarantee) */
  withDepositBank: boolean;
  submitLabel: string;
  loading: boolean;
  /** the server's messages by field (`amount`, `deadline`, …; `input` for the form as a whole) */
  serverErrors: Record<string, string>;
  /** shown above the fields: a CONFLICT, a failure */
  notice?: ReactNode;
  onSubmit: (input: GuaranteeTermsInput) => void;
  onCancel: () => void;
}

/** The terms of a 変更 or 訂正, prefilled with the current ones; sends only what changed. */
export function GuaranteeTermsForm(props: GuaranteeTermsFormProps) {
  const { current, withDepositBank, submitLabel, loading, serverErrors, notice, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<TermsValues>(() => termsValues(current));
  const [clientErrors, setClientErrors] = useState<Partial<Record<TermsField, string>>>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  // A message stays at its field until the field is edited: then it no longer describes it.
  const [edited, setEdited] = useState<ReadonlySet<TermsField>>(new Set());

  const label = (field: TermsField) => t(`guarantee.terms.${field}`);
  const errorOf = (field: TermsField) => clientErrors[field] ?? (edited.has(field) ? undefined : serverErrors[field]);
  const set = (field: TermsField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors(({ [field]: _, ...rest }) => rest);
    setEdited((e) => new Set(e).add(field));
  };
  const eraHint = (value: string) => (isIsoDate(value) ? formatEraDate(value) : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkTerms(current, values, { withDepositBank });
    if (!check.ok) {
      const messages: Partial<Record<TermsField, string>> = {};
      for (const [field, error] of Object.entries(check.errors) as [TermsField, TermsError][]) {
        messages[field] =
          error === 'required'
            ? t('guarantee.terms.required', { label: label(field) })
            : error === 'forbiddenCharacter'
              ? (forbiddenCharacterText(t, label(field), values[field]) ?? undefined)
              : t(`guarantee.terms.${error}`);
      }
      setClientErrors(messages);
      setNothingChanged(false);
      return;
    }
    setClientErrors({});
    setEdited(new Set());
    setNothingChanged(!check.changed);
    if (check.changed) onSubmit(check.input);
  }

  const formError = nothingChanged ? t('guarantee.terms.nothingChanged') : serverErrors.input;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {notice}
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={<RequiredLabel>{label('amount')}</RequiredLabel>}
          withAsterisk={false}
          required
          inputMode="numeric"
          rightSection={t('guarantee.terms.yenSuffix')}
          rightSectionWidth="3rem"
          value={values.amount}
          onChange={set('amount')}
          error={errorOf('amount')}
          data-autofocus
        />
        <TextInput
          type="date"
          label={<RequiredLabel>{label('deadline')}</RequiredLabel>}
          withAsterisk={false}
          required
          value={values.deadline}
          onChange={set('deadline')}
          description={eraHint(values.deadline)}
          error={errorOf('deadline')}
        />
        <TextInput
          label={<RequiredLabel>{label('workName')}</RequiredLabel>}
          withAsterisk={false}
          required
          value={values.workName}
          onChange={set('workName')}
          error={errorOf('workName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label={<RequiredLabel>{label('workStartDate')}</RequiredLabel>}
            withAsterisk={false}
            required
            value={values.workStartDate}
            onChange={set('workStartDate')}
            description={eraHint(values.workStartDate)}
            error={errorOf('workStartDate')}
          />
          <TextInput
            type="date"
            label={<RequiredLabel>{label('workEndDate')}</RequiredLabel>}
            withAsterisk={false}
            required
            value={values.workEndDate}
            onChange={set('workEndDate')}
            description={eraHint(values.workEndDate)}
            error={errorOf('workEndDate')}
          />
        </SimpleGrid>
        {withDepositBank && (
          <TextInput
            label={<RequiredLabel>{label('depositBank')}</RequiredLabel>}
            withAsterisk={false}
            required
            value={values.depositBank}
            onChange={set('depositBank')}
            error={errorOf('depositBank')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {t('guarantee.actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
