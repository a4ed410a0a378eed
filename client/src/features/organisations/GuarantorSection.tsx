import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { RequiredTextFields, useRequiredTextForm } from './RequiredTextFields';

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
  const form = useRequiredTextForm('guarantor', FIELDS, { name: '', address: '', representativeTitle: '', representativeName: '' });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const { initialize } = form;
  useEffect(() => {
    const g = data?.guarantor;
    if (g)
      initialize({
        name: g.name,
        address: g.address,
        representativeTitle: g.representativeTitle,
        representativeName: g.representativeName,
      });
  }, [data?.guarantor, initialize]);

  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit(values: Record<Field, string>) {
    setError(null);
    setSaved(false);
    try {
      await update({ variables: { input: values } });
      // Saved: what is shown is no longer unsaved.
      form.resetDirty(values);
      setSaved(true);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('organisations.guarantor.heading')}
      </Title>
      {loadError && !data ? <ErrorAlert error={loadError} /> : null}
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
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
            <RequiredTextFields form={form} section="guarantor" fields={FIELDS.slice(0, 2)} />
          </Group>
          <Group grow align="flex-start">
            <RequiredTextFields form={form} section="guarantor" fields={FIELDS.slice(2)} />
          </Group>
          <Button type="submit" loading={loading} w="fit-content">
            {t('organisations.guarantor.submit')}
          </Button>
        </Stack>
        {guard.dialog}
      </form>
    </section>
  );
}
