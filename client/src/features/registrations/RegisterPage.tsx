import { isValidCorporateNumber } from '@esurety/schema';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { PageHeading } from '../../ui/PageHeading';
import { RequiredLabel } from '../../ui/RequiredLabel';
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
  const [values, setValues] = useState<Record<FieldName, string>>({
    name: '',
    address: '',
    corporateNumber: '',
    representative: '',
    contactName: '',
    email: '',
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [doneFor, setDoneFor] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const next: Partial<Record<FieldName, string>> = {};
    for (const field of FIELDS) if (!values[field].trim()) next[field] = t('register.requiredField');
    if (!next.corporateNumber && !isValidCorporateNumber(typedCorporateNumber(values.corporateNumber))) {
      next.corporateNumber = t('register.invalidCorporateNumber');
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      const input = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])) as Record<FieldName, string>;
      const result = await request({ variables: { input } });
      setDoneFor(result.data?.requestContractorRegistration.contractorRegistration.email ?? input.email);
    } catch (e) {
      const byField = fieldErrors(e);
      if (Object.keys(byField).length) setErrors(byField);
      else setError(e);
    }
  }

  const field = (name: FieldName, extra: Partial<React.ComponentProps<typeof TextInput>> = {}) => (
    <TextInput
      label={<RequiredLabel>{t(`register.${name}`)}</RequiredLabel>}
      withAsterisk={false}
      name={name}
      required
      value={values[name]}
      error={errors[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [name]: value }));
        setErrors((current) => ({ ...current, [name]: undefined }));
      }}
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
          <form onSubmit={(e) => void submit(e)} noValidate>
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
        </>
      )}
      <Anchor component={Link} to="/login" display="block" mt="md">
        {t('register.toLogin')}
      </Anchor>
    </Paper>
  );
}
