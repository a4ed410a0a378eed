import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';

export const GuarantorQuery = graphql(`
  query Guarantor {
    guarantor {
      id
      name
      address
      representativeTitle
      representativeName
    }
  }
`);

export const UpdateGuarantorMutation = graphql(`
  mutation UpdateGuarantor($input: UpdateGuarantorInput!) {
    updateGuarantor(input: $input) {
      guarantor {
        id
        name
        address
        representativeTitle
        representativeName
      }
    }
  }
`);

const FIELDS = ['name', 'address', 'representativeTitle', 'representativeName'] as const;
type Field = (typeof FIELDS)[number];

/** 保証事業会社: the name, address and representative printed on every certificate issued from now on. */
export function GuarantorSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error: loadError } = useQuery(GuarantorQuery);
  const [update, { loading }] = useMutation(UpdateGuarantorMutation);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', address: '', representativeTitle: '', representativeName: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const g = data?.guarantor;
    if (g)
      setValues({ name: g.name, address: g.address, representativeTitle: g.representativeTitle, representativeName: g.representativeName });
  }, [data?.guarantor]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const missing = FIELDS.filter((f) => !values[f].trim());
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((f) => [f, t('register.requiredField')])));
      return;
    }
    try {
      await update({ variables: { input: values } });
      setSaved(true);
    } catch (e) {
      const byField = fieldErrors(e);
      if (Object.keys(byField).length) setErrors(byField);
      else setError(e);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('organisations.guarantor.heading')}
      </Title>
      {loadError && !data ? <ErrorAlert error={loadError} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Alert color="blue" variant="light">
            {t('organisations.guarantor.note')}
          </Alert>
          {saved && (
            <Alert color="green" variant="light" role="status">
              {t('organisations.guarantor.saved')}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} title={t('organisations.failedTitle')} />}
          <Group grow align="flex-start">
            {FIELDS.slice(0, 2).map((f) => (
              <TextInput
                key={f}
                label={<RequiredLabel>{t(`organisations.guarantor.${f}`)}</RequiredLabel>}
                withAsterisk={false}
                required
                value={values[f]}
                error={errors[f] || undefined}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, [f]: value }));
                  setErrors((x) => ({ ...x, [f]: '' }));
                }}
              />
            ))}
          </Group>
          <Group grow align="flex-start">
            {FIELDS.slice(2).map((f) => (
              <TextInput
                key={f}
                label={<RequiredLabel>{t(`organisations.guarantor.${f}`)}</RequiredLabel>}
                withAsterisk={false}
                required
                value={values[f]}
                error={errors[f] || undefined}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, [f]: value }));
                  setErrors((x) => ({ ...x, [f]: '' }));
                }}
              />
            ))}
          </Group>
          <Button type="submit" loading={loading} w="fit-content">
            {t('organisations.guarantor.submit')}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
