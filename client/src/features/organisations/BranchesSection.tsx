import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { BranchEditModal, type BranchDetails } from './BranchEditModal';
import { BRANCH_FIELDS, BranchFields, useBranchForm, type BranchValues } from './BranchFields';

export const AdminBranchesQuery = graphql(`
  query AdminBranches {
    branches {
      id
      officeCode
      name
      address
      tel
      fax
      email
    }
  }
`);

export const CreateBranchMutation = graphql(`
  mutation CreateBranch($input: CreateBranchInput!) {
    createBranch(input: $input) {
      branch {
        id
        officeCode
      }
    }
  }
`);

const EMPTY: BranchValues = { officeCode: '', name: '', address: '', tel: '', fax: '', email: '' };

/** 支店: the guarantor's branches (店番, 名称, 所在地, TEL, FAX, メール), a change to one, and a new one. */
export function BranchesSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const formHeadingId = useId();
  const { data, error: loadError, refetch } = useQuery(AdminBranchesQuery);
  const [create, { loading }] = useMutation(CreateBranchMutation);
  const form = useBranchForm(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [editing, setEditing] = useState<BranchDetails | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit(values: BranchValues) {
    setError(null);
    setCreated(null);
    try {
      await create({ variables: { input: values } });
      setCreated(values.name);
      form.reset();
      await refetch();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm" mt="xl">
        {t('organisations.branches.heading')}
      </Title>
      {loadError && !data ? <ErrorAlert error={loadError} /> : null}
      {saved && (
        <Alert color="green" variant="light" role="status" mb="sm">
          {t('organisations.branches.saved', { name: saved })}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={860}>
        <Table withTableBorder verticalSpacing="sm" aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              {BRANCH_FIELDS.map((f) => (
                <Table.Th key={f} scope="col">
                  {t(`organisations.branches.${f}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('organisations.orderers.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.branches.map((b) => (
              <Table.Tr key={b.id}>
                {BRANCH_FIELDS.map((f) => (
                  <Table.Td key={f}>{b[f]}</Table.Td>
                ))}
                <Table.Td>
                  <Button
                    size="xs"
                    variant="outline"
                    aria-label={t('organisations.branches.editLabel', { name: b.name })}
                    onClick={() => {
                      setSaved(null);
                      setEditing(b);
                    }}
                  >
                    {t('organisations.branches.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <BranchEditModal
        branch={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          setSaved(name);
        }}
      />
      <Title order={3} id={formHeadingId} mt="lg" mb="xs">
        {t('organisations.branches.newHeading')}
      </Title>
      <Text mb="sm">{t('organisations.branches.newLead')}</Text>
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate aria-labelledby={formHeadingId}>
        <Stack gap="sm">
          {created && (
            <Alert color="green" variant="light" role="status">
              {t('organisations.branches.created', { name: created })}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} title={t('organisations.failedTitle')} />}
          <BranchFields form={form} officeCodeFixed={false} cols={3} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('organisations.branches.submit')}
            </Button>
          </Group>
        </Stack>
        {guard.dialog}
      </form>
    </section>
  );
}
