import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { BranchEditModal, type BranchDetails } from './BranchEditModal';

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

const FIELDS = ['officeCode', 'name', 'address', 'tel', 'fax', 'email'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { officeCode: '', name: '', address: '', tel: '', fax: '', email: '' };

/** 支店: the guarantor's branches (店番, 名称, 所在地, TEL, FAX, メール), a change to one, and a new one. */
export function BranchesSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const formHeadingId = useId();
  const { data, error: loadError, refetch } = useQuery(AdminBranchesQuery);
  const [create, { loading }] = useMutation(CreateBranchMutation);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [editing, setEditing] = useState<BranchDetails | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setCreated(null);
    const missing = FIELDS.filter((f) => !values[f].trim());
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((f) => [f, t('register.requiredField')])));
      return;
    }
    try {
      await create({ variables: { input: values } });
      setCreated(values.name);
      setValues(EMPTY);
      await refetch();
    } catch (e) {
      const byField = fieldErrors(e);
      if (Object.keys(byField).length) setErrors(byField);
      else setError(e);
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
              {FIELDS.map((f) => (
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
                {FIELDS.map((f) => (
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
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={formHeadingId}>
        <Stack gap="sm">
          {created && (
            <Alert color="green" variant="light" role="status">
              {t('organisations.branches.created', { name: created })}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} title={t('organisations.failedTitle')} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {FIELDS.map((f) => (
              <TextInput
                key={f}
                label={<RequiredLabel>{t(`organisations.branches.${f}`)}</RequiredLabel>}
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
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={loading}>
              {t('organisations.branches.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
