import { isValidCorporateNumber } from '@esurety/schema';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { filledInRules, focusFirstError } from '../../ui/form-rules';
import { PageHeading } from '../../ui/PageHeading';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { usePublicMutation } from '../../app/public-graphql';

export const RequestContractorRegistrationMutation = graphql(`
  mutation RequestContractorRegistration($input: RequestContractorRegistrationInput!) {
    requestContractorRegistration(input: $input) {
      contractorRegistration {
        id
        email
      }
    }
  }
`);

const FIELDS = ['name', 'address', 'corporateNumber', 'representative', 'contactName', 'email'] as const;
type FieldName = (typeof FIELDS)[number];

/** 法人番号 as typed: full-width digits, hyphens and spaces dropped (the server does the same). */
export function typedCorporateNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '');
}

/** 利用登録の申請: a construction company asks to use the service; an administrator decides. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [request, { loading }] = usePublicMutation(RequestContractorRegistrationMutation);
  const required = filledInRules(t, FIELDS, (field) => t(`register.${field}`));
  const form = useForm({
    initialValues: Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<FieldName, string>,
    validate: {
      ...required,
      corporateNumber: (value: string) =>
        required.corporateNumber(value) ??
        (isValidCorporateNumber(typedCorporateNumber(value)) ? null : t('register.invalidCorporateNumber')),
    },
  });
  const [error, setError] = useState<unknown>(null);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  // Once sent, nothing typed is unsaved.
  const guard = useUnsavedChangesGuard(doneFor === null && form.isDirty());

  async function submit(values: typeof form.values) {
    setError(null);
    try {
      const input = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])) as Record<FieldName, string>;
      const result = await request({ variables: { input } });
      setDoneFor(result.data?.requestContractorRegistration.contractorRegistration.email ?? input.email);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  const field = (name: FieldName, extra: Partial<React.ComponentProps<typeof TextInput>> = {}) => (
    <TextInput
      label={<RequiredLabel>{t(`register.${name}`)}</RequiredLabel>}
      withAsterisk={false}
      name={name}
      required
      {...form.getInputProps(name)}
      {...extra}
    />
  );

  return (
    <Paper withBorder p="lg" maw="40rem" mx="auto" mt="lg">
      <PageHeading>{t('register.title')}</PageHeading>
      {doneFor !== null ? (
        <Alert color="green" variant="light" role="status" title={t('register.doneTitle')}>
          {t('register.done', { email: doneFor })}
        </Alert>
      ) : (
        <>
          <Text mb="md">{t('register.lead')}</Text>
          <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
            <Stack gap="md">
              {error !== null && <ErrorAlert error={error} title={t('register.failedTitle')} />}
              {field('name', { autoComplete: 'organization' })}
              {field('address', { autoComplete: 'street-address' })}
              {field('corporateNumber', { description: t('register.corporateNumberHelp'), inputMode: 'numeric', maxLength: 20 })}
              {field('representative')}
              {field('contactName', { autoComplete: 'name' })}
              {field('email', { type: 'email', autoComplete: 'email', description: t('register.emailHelp') })}
              <Button type="submit" loading={loading} fullWidth>
                {t('register.submit')}
              </Button>
            </Stack>
          </form>
          {guard.dialog}
        </>
      )}
      <Anchor component={Link} to="/login" display="block" mt="md">
        {t('register.toLogin')}
      </Anchor>
    </Paper>
  );
}
