import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EraDateInput } from '../../ui/EraDateInput';
import { showFieldErrors } from '../../ui/field-errors';
import { forbiddenCharacterText } from '../../ui/forbidden-character';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { checkTerms, termsValues, type CurrentTerms, type GuaranteeTermsInput, type TermsError, type TermsField } from './guarantee-terms';

interface GuaranteeTermsFormProps {
  current: CurrentTerms;
  /** 預託金融機関 too (訂正 of an advance payment guarantee) */
  withDepositBank: boolean;
  submitLabel: string;
  loading: boolean;
  /** shown above the fields: a CONFLICT, a failure */
  notice?: ReactNode;
  /** sends what changed; rejects with the API's error (those about a field are shown at it) */
  onSubmit: (input: GuaranteeTermsInput) => Promise<void>;
  /** an error that belongs to no field of the form (a CONFLICT, a refusal) */
  onFailure: (error: unknown) => void;
  onCancel: () => void;
}

/** The terms of a 変更 or 訂正, prefilled with the current ones; sends only what changed. */
export function GuaranteeTermsForm(props: GuaranteeTermsFormProps) {
  const { current, withDepositBank, submitLabel, loading, notice, onSubmit, onFailure, onCancel } = props;
  const { t } = useTranslation();
  const [nothingChanged, setNothingChanged] = useState(false);
  const label = (field: TermsField) => t(`guarantee.terms.${field}`);
  // A message stays at its field until the field is edited: then it no longer describes it.
  const form = useForm({
    initialValues: termsValues(current),
    validate: (values) => {
      const check = checkTerms(current, values, { withDepositBank });
      if (check.ok) return {};
      const message = (field: TermsField, error: TermsError) =>
        error === 'required'
          ? t('guarantee.terms.required', { label: label(field) })
          : error === 'forbiddenCharacter'
            ? forbiddenCharacterText(t, label(field), values[field])
            : error === 'dateInvalid'
              ? t('form.dateInvalid')
              : t(`guarantee.terms.${error}`);
      return Object.fromEntries(Object.entries(check.errors).map(([field, error]) => [field, message(field as TermsField, error)]));
    },
  });
  // Leaving the page (Back, a menu) while the dialog holds typed terms asks first.
  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit(values: typeof form.values) {
    const check = checkTerms(current, values, { withDepositBank });
    if (!check.ok) return;
    setNothingChanged(!check.changed);
    if (!check.changed) return;
    try {
      await onSubmit(check.input);
    } catch (e) {
      if (!showFieldErrors(form, e)) onFailure(e);
    }
  }

  return (
    <form
      onSubmit={form.onSubmit(
        (values) => void submit(values),
        () => setNothingChanged(false),
      )}
      noValidate
    >
      <Stack gap="md">
        {notice}
        {nothingChanged && (
          <Alert color="red" role="alert">
            {t('guarantee.terms.nothingChanged')}
          </Alert>
        )}
        <TextInput
          label={<RequiredLabel>{label('amount')}</RequiredLabel>}
          withAsterisk={false}
          required
          inputMode="numeric"
          rightSection={t('guarantee.terms.yenSuffix')}
          rightSectionWidth="3rem"
          {...form.getInputProps('amount')}
          data-autofocus
        />
        <EraDateInput
          label={<RequiredLabel>{label('deadline')}</RequiredLabel>}
          withAsterisk={false}
          required
          {...form.getInputProps('deadline')}
        />
        <TextInput
          label={<RequiredLabel>{label('workName')}</RequiredLabel>}
          withAsterisk={false}
          required
          {...form.getInputProps('workName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <EraDateInput
            label={<RequiredLabel>{label('workStartDate')}</RequiredLabel>}
            withAsterisk={false}
            required
            {...form.getInputProps('workStartDate')}
          />
          <EraDateInput
            label={<RequiredLabel>{label('workEndDate')}</RequiredLabel>}
            withAsterisk={false}
            required
            {...form.getInputProps('workEndDate')}
          />
        </SimpleGrid>
        {withDepositBank && (
          <TextInput
            label={<RequiredLabel>{label('depositBank')}</RequiredLabel>}
            withAsterisk={false}
            required
            {...form.getInputProps('depositBank')}
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
      {guard.dialog}
    </form>
  );
}
